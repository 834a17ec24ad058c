// Vue compiles the library's tags as custom elements, not as unknown Vue components.
import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
import { resolve } from 'node:path';

const TAGS = ['ms-study-card', 'treatment-comparison', 'medical-disclaimer', 'ms-review-info', 'ms-evidence-provider'];

export default defineConfig({
  base: './',
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => TAGS.includes(tag) } } })],
  build: { outDir: resolve(import.meta.dirname, '../../dist/consumers/vue'), emptyOutDir: true, target: 'es2022' },
});
