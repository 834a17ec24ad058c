import { defineConfig } from 'vite';
import { resolve } from 'node:path';

export default defineConfig({
  base: './',
  build: { outDir: resolve(import.meta.dirname, '../../dist/consumers/one-card'), emptyOutDir: true, target: 'es2022' },
});
