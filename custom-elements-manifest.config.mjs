// The one configuration of the custom-elements manifest analyzer: `npm run analyze`, the build and
// the README's API section all run `cem analyze`, which reads this file. The manifest feeds
// Storybook's controls and docs, the framework types and editors' HTML completion.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  litelement: true,
  outdir: '.',
};
