// Server-side plugins the browser tests talk to (commands and real HTTP endpoints).
// Each lives in its own file; add yours to this list.
import { faqPlugin } from './faq-plugin.mjs';
import { timezonePlugin } from './timezone-plugin.mjs';
import { consultEndpointPlugin } from './consult-endpoint.mjs';
import { autofillPlugin } from './autofill-plugin.mjs';
import { galleryPlugin } from './gallery-plugin.mjs';
import { commonjsPlugin } from './commonjs-plugin.mjs';
import { jsonModulePlugin } from './json-module-plugin.mjs';

export const testPlugins = [
  faqPlugin(),
  timezonePlugin(),
  consultEndpointPlugin(),
  autofillPlugin(),
  galleryPlugin(),
  commonjsPlugin(),
  jsonModulePlugin(),
];
