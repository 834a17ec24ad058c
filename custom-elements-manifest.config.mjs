// Custom Elements Manifest: generated from the element classes' JSDoc, never hand-edited.
export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/components/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
