// JSON data modules of src/ (src/core/clinic-words.json), imported by the code as Vite imports
// them: `import words from './clinic-words.json'`. Served to the browser as an ES module whose
// default export is the data. Only files under /src/ are changed, so tests that fetch JSON
// (/custom-elements.json, fixtures under /test/) still get JSON.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

export function jsonModulePlugin() {
  return {
    name: 'blush-json-module',
    async serve(context) {
      if (!context.path.startsWith('/src/') || !context.path.endsWith('.json')) return undefined;
      const data = JSON.parse(await readFile(resolve(root, `.${context.path}`), 'utf8'));
      return { body: `export default ${JSON.stringify(data)};\n`, type: 'js' };
    },
  };
}
