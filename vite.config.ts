/**
 * Vite: `npm start` serves the demo (examples/demo) on 127.0.0.1; `npm run build` builds the
 * library into dist/ with Lit and valibot left to the user's bundler; `npm run build:demo` builds
 * the demo page as a static site (for Lighthouse and layout-shift measurements); `--mode cdn`
 * builds the single script a CMS page includes, with Lit inside (dist/cdn/).
 */
import { defineConfig, type Plugin } from 'vite';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { resolve } from 'node:path';
import { ELEMENTS, type ElementEntry } from './src/elements.js';

/** The demo page's plain content, written into its HTML (no script needed to read it). */
const demoContent = (): Plugin => ({
  name: 'ms-demo-content',
  transformIndexHtml: async (page) => (await import('./examples/demo/content-html.js')).fillPlainContent(page),
});

const demo = {
  root: resolve(import.meta.dirname, 'examples/demo'),
  plugins: [demoContent()],
  publicDir: false as const,
  server: { host: '127.0.0.1', port: 5173, strictPort: false, fs: { allow: [import.meta.dirname] } },
  preview: { host: '127.0.0.1', port: 4173 },
  build: { outDir: resolve(import.meta.dirname, 'dist/demo'), emptyOutDir: true, target: 'es2022' },
};

/** The demo built as a static site, as readers would get it: production mode, works from any path. */
const demoBuild = () => ({
  ...demo,
  base: './',
  plugins: [demoContent(), minifyTemplates(), production()],
  resolve: slimLocalize,
  build: { ...demo.build, rolldownOptions: { output: { minify: true } } },
});

/**
 * Minifies the HTML and CSS inside Lit's html`` and css`` templates, which the JS minifier leaves
 * as written. Abort on error: a template it cannot parse should be fixed, not shipped unminified.
 */
export const minifyTemplates = (): Plugin => ({
  ...(minifyHTML({
    failOnError: true,
    // Collapse whitespace to one space, never to none: " <span>Not verified</span>" after a value
    // must keep its space, or the words run together.
    options: { minifyOptions: { conservativeCollapse: true } },
  }) as unknown as Plugin),
  enforce: 'pre',
});

/**
 * Production builds: swaps dev-mode.ts for dev-mode.prod.ts, so every `if (DEV_MODE)` block and
 * its warning text is dropped from the bundle.
 */
export { slimLocalize };

export const production = (): Plugin => ({
  name: 'ms-production-mode',
  enforce: 'pre',
  async resolveId(source, importer, options) {
    if (!source.endsWith('/dev-mode.js')) return null;
    const resolved = await this.resolve(source.replace(/dev-mode\.js$/, 'dev-mode.prod.js'), importer, { ...options, skipSelf: true });
    return resolved?.id ?? null;
  },
});

/** Every build: '@lit/localize' resolves to the slim module re-exporting only msg and str. */
const slimLocalize = {
  alias: [{ find: /^@lit\/localize$/, replacement: resolve(import.meta.dirname, 'src/components/shared/localize-slim.ts') }],
};

/** For CMS pages: everything, Lit included, in one script; validation and data load on demand. */
const cdn = {
  plugins: [minifyTemplates(), production()],
  resolve: slimLocalize,
  build: {
    target: 'es2022',
    outDir: 'dist/cdn',
    emptyOutDir: true,
    lib: { entry: resolve(import.meta.dirname, 'src/index.ts'), formats: ['es' as const], fileName: () => 'ms-evidence-elements.js' },
    rolldownOptions: {
      // Lets code shared with the lazy chunks live in the entry file (which is loaded first
      // anyway) instead of in extra small chunks: one request and better compression.
      preserveEntrySignatures: 'allow-extension' as const,
      output: {
        minify: true,
        chunkFileNames: 'chunks/[name]-[hash].js',
        // Tree-shaking hints and per-module licence comments are dropped; the banner names the licences.
        comments: false,
      },
    },
  },
};

/** The client script of the server-rendered demo (examples/ssr): hydration support, then every element. */
const hydrate = {
  ...cdn,
  build: {
    ...cdn.build,
    outDir: 'dist/ssr',
    emptyOutDir: false,
    lib: { entry: resolve(import.meta.dirname, 'src/hydrate.ts'), formats: ['es' as const], fileName: () => 'hydrate.js' },
  },
};

const src = (file: string) => resolve(import.meta.dirname, 'src', file);

/** The npm package's entry points (see "exports" in package.json), three per registered element. */
export const npmEntries = (elements: readonly ElementEntry[] = ELEMENTS): Record<string, string> => ({
  index: src('index.ts'),
  ...Object.fromEntries(
    elements.flatMap((e) => [
      [e.tag, src(`${e.tag}.ts`)],
      // The classes alone, without registering a tag (for scoped registries or custom names).
      [`class/${e.tag}`, src(`components/${e.tag}/${e.tag}.ts`)],
      [`react/${e.tag}`, src(`react/${e.tag}.ts`)],
    ]),
  ),
  'structured-data': src('structured-data.ts'),
  react: src('react.ts'),
  hydrate: src('hydrate.ts'),
  server: src('server.ts'),
});

/** The npm build: Lit, valibot and React left to the user's bundler; `dev` keeps warnings. */
const npm = (dev: boolean) => ({
  plugins: dev ? [minifyTemplates()] : [minifyTemplates(), production()],
  resolve: slimLocalize,
  build: {
    target: 'es2022',
    outDir: dev ? 'dist/dev' : 'dist',
    emptyOutDir: false,
    lib: { entry: npmEntries(), formats: ['es' as const] },
    rolldownOptions: {
      external: [/^lit(\/|$)/, /^@lit\//, /^@lit-labs\//, /^valibot$/, /^react(-dom)?(\/|$)/, /^node:/],
      output: { minify: !dev, chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});

/** The CMS loader: registers only the elements present on the page, each loaded on demand. */
const loader = {
  ...cdn,
  build: {
    ...cdn.build,
    outDir: 'dist/cdn',
    emptyOutDir: false,
    lib: { entry: src('cdn/loader.ts'), formats: ['es' as const], fileName: () => 'loader.js' },
  },
};

export default defineConfig(({ command, mode }) => {
  if (command === 'serve') return demo;
  if (mode === 'demo') return demoBuild();
  if (mode === 'cdn') return cdn;
  if (mode === 'loader') return loader;
  if (mode === 'hydrate') return hydrate;
  return npm(mode === 'npm-dev');
});
