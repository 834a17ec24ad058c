import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { resolve } from 'node:path';

export default defineConfig({
  base: './',
  plugins: [svelte()],
  build: { outDir: resolve(import.meta.dirname, '../../dist/consumers/svelte'), emptyOutDir: true, target: 'es2022' },
});
