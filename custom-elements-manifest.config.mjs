// The one configuration of the custom-elements manifest analyzer: `npm run analyze`, the build and
// the README's API section all run `cem analyze`, which reads this file. The manifest feeds
// Storybook's controls and docs, the framework types, editors' HTML completion and the WordPress
// plugin's blocks, shortcodes and allowed tags (scripts/wordpress-api.mjs).

/**
 * Two JSDoc tags on an attribute's property, kept in the manifest as `attribute.blush`:
 * - `@url`: its value is a web address, protocol-checked wherever it is written out;
 * - `@owner`: only the site's owner sets it (where patients' details go, what the visitor's browser
 *   fetches or calls): WordPress keeps it from users without `unfiltered_html`.
 */
function attributeFlags() {
  const flags = new Map(); // "Class.field" → { url?, owner? }
  return {
    name: 'blush-attribute-flags',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      for (const member of node.members) {
        if (!ts.isPropertyDeclaration(member) || !member.name || !member.jsDoc) continue;
        const found = {};
        for (const doc of member.jsDoc)
          for (const tag of doc.tags ?? []) if (['url', 'owner'].includes(tag.tagName.text)) found[tag.tagName.text] = true;
        if (Object.keys(found).length) flags.set(`${node.name.text}.${member.name.getText()}`, found);
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules ?? [])
        for (const declaration of module.declarations ?? [])
          for (const attribute of declaration.attributes ?? []) {
            const found = flags.get(`${declaration.name}.${attribute.fieldName}`);
            if (found) attribute.blush = found;
          }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  litelement: true,
  outdir: '.',
  plugins: [attributeFlags()],
};
