// Builds the React example against the library's built package (dist/), not its sources.
import { defineConfig } from 'vite';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  resolve: { alias: [{ find: /^ms-evidence-elements\/react$/, replacement: resolve(root, 'dist/react.js') }] },
  build: { outDir: resolve(root, 'dist/examples/react'), emptyOutDir: true, target: 'es2022' },
});
