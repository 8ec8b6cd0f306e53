// The embed builder page (a showcase, not part of the package). Built by `npm run build` into
// dist/builder/, served by `npm start` at /builder/.
import './ui/builder-app.js';
