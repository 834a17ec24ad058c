/**
 * Vite: `npm start` serves the demo (examples/demo) on 127.0.0.1 and the page composer at /composer/; `npm run build` builds the
 * library into dist/ with Lit and valibot left to the user's bundler; `npm run build:demo` builds
 * the demo page as a static site (for Lighthouse and layout-shift measurements); `--mode composer`
 * builds the composer into dist/composer/; `--mode cdn`
 * builds the single script a CMS page includes, with Lit inside (dist/cdn/).
 */
import { defineConfig, type Plugin, type Rollup } from 'vite';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { readFileSync } from 'node:fs';
import { transform as transformCss } from 'lightningcss';
import { resolve } from 'node:path';
import { readFile } from 'node:fs/promises';
import { ELEMENTS, type ElementEntry } from './src/elements.js';

/** The demo page's plain content, written into its HTML (no script needed to read it). */
const demoContent = (): Plugin => ({
  name: 'ms-demo-content',
  transformIndexHtml: async (page) => (await import('./examples/demo/content-html.js')).fillPlainContent(page),
});

/**
 * `npm start` also serves the page composer (composer/) at /composer/, beside the demo at /: its
 * page is transformed like any Vite page, and its modules are served from composer/.
 */
const composerDev = (): Plugin => ({
  name: 'ms-composer-dev',
  configureServer(server) {
    const dir = resolve(import.meta.dirname, 'composer');
    server.middlewares.use(async (req, res, next) => {
      const url = req.url ?? '';
      const path = url.split(/[?#]/)[0]!;
      if (path !== '/composer' && !path.startsWith('/composer/')) return next();
      if (path === '/composer') {
        res.writeHead(301, { Location: '/composer/' }).end();
        return;
      }
      if (path === '/composer/' || path === '/composer/index.html') {
        const page = await server.transformIndexHtml(
          '/composer/index.html',
          await readFile(resolve(dir, 'index.html'), 'utf8'),
          req.originalUrl,
        );
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(page);
        return;
      }
      req.url = `/@fs${dir}${url.slice('/composer'.length)}`;
      next();
    });
  },
});

/** The composer as static files a clinic can host anywhere (dist/composer/). */
const composerBuild = () => ({
  root: resolve(import.meta.dirname, 'composer'),
  base: './',
  publicDir: false as const,
  plugins: [
    minifyTemplates(),
    production(),
    {
      // package.json's sideEffects lists the library's files; the composer's modules register
      // elements too, so they must not be dropped as unused imports.
      name: 'ms-composer-side-effects',
      transform: (code: string, id: string) => (id.includes('/composer/src/') ? { code, map: null, moduleSideEffects: true } : null),
    },
  ],
  resolve: slimLocalize,
  build: {
    outDir: resolve(import.meta.dirname, 'dist/composer'),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1000,
    rolldownOptions: { output: { minify: true } },
  },
});

const demo = {
  root: resolve(import.meta.dirname, 'examples/demo'),
  plugins: [demoContent(), composerDev()],
  publicDir: false as const,
  server: { host: '127.0.0.1', port: 5173, strictPort: false, fs: { allow: [import.meta.dirname] } },
  preview: { host: '127.0.0.1', port: 4173 },
  build: { outDir: resolve(import.meta.dirname, 'dist/demo'), emptyOutDir: true, target: 'es2022' },
};

/** The demo built as a static site, as readers would get it: production mode, works from any path. */
const demoBuild = () => ({
  ...demo,
  base: './',
  plugins: [demoContent(), minifyTemplates(), production(), bundledByRecord()],
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

/**
 * Builds: the bundled dataset by record. src/bundled/dataset.ts (which imports data/*.json whole,
 * as tests and dev use it) is replaced by a module that loads each study as a chunk of its own,
 * the treatments and the page as one each: a page showing one card downloads one record.
 */
export const bundledByRecord = (): Plugin => {
  // Chunks are named after the module: dataset-study-lu-2020, dataset-treatments, dataset-page.
  const PREFIX = 'ms-bundled/dataset-';
  const read = (file: string) => JSON.parse(readFileSync(resolve(import.meta.dirname, 'data', file), 'utf8')) as Record<string, unknown>;
  return {
    name: 'ms-bundled-by-record',
    enforce: 'pre',
    resolveId: (source) => (source.startsWith(PREFIX) ? `\0${source}` : null),
    load(id) {
      if (id.startsWith(`\0${PREFIX}`)) {
        const [kind, key] = id.slice(PREFIX.length + 1).split(/-(.*)/);
        const studies = read('studies.json').studies as { id: string }[];
        const value =
          kind === 'study'
            ? studies.find((s) => s.id === key)
            : kind === 'treatments'
              ? read('treatments.json').treatments
              : read('page.json').page;
        return `export default ${JSON.stringify(value)};`;
      }
      if (!id.endsWith('/src/bundled/dataset.ts')) return null;
      const ids = (read('studies.json').studies as { id: string }[]).map((s) => s.id);
      const load = (what: string) => `import(${JSON.stringify(PREFIX + what)}).then((m) => m.default)`;
      const trusted = JSON.stringify(resolve(import.meta.dirname, 'src/bundled/trusted.ts'));
      return `import { trusted } from ${trusted};
const STUDIES = {${ids.map((i) => `${JSON.stringify(i)}: () => ${load(`study-${i}`)}`).join(',')}};
const all = () => Promise.all(Object.values(STUDIES).map((l) => l()));
export async function loadPart(part) {
  if (part.startsWith('study:')) { const l = STUDIES[part.slice(6)]; return trusted({ studies: l ? [await l()] : [] }); }
  if (part === 'treatments') return trusted({ studies: await all(), treatments: await ${load('treatments')} });
  if (part === 'page') return trusted({ page: await ${load('page')} });
  return trusted({ studies: await all(), treatments: await ${load('treatments')}, page: await ${load('page')} });
}`;
    },
  };
};

/** Every build: '@lit/localize' resolves to the slim module re-exporting only msg and str. */
const slimLocalize = {
  alias: [{ find: /^@lit\/localize$/, replacement: resolve(import.meta.dirname, 'src/components/shared/localize-slim.ts') }],
};

/**
 * The code every element needs first (Lit, the shared controllers and styles) in one chunk, and the
 * model code cards and comparisons share in another: a card by id is 8 requests in 2 hops, not 17.
 * What loads only on demand (problem states, fetching, JSON-LD, the localize runtime for other
 * languages, the provider's half of @lit/context) stays in chunks of its own.
 */
const CORE_CHUNK =
  /node_modules[\\/](lit|lit-html|lit-element|@lit[\\/](reactive-element|context|localize[\\/](init[\\/]install|internal[\\/](str-tag|default-msg))))[\\/]|src[\\/]components[\\/]shared[\\/](?!problems|fetch-json|structured-data|notice-template|localize-runtime|translate)|src[\\/](define|model[\\/](levels|result)|bundled[\\/](dataset|trusted))\.ts/;
const ON_DEMAND = /context-provider|value-notifier|unsafe-html|lit-html[\\/]directive\.js/;
/**
 * The element an entry, class or ready-state template module belongs to (`src/<tag>.ts`,
 * `src/components/<tag>/<tag>.ts`, `…/<tag>.view.ts`), or null.
 */
const elementOf = (id: string): string | null => {
  const m = /src[\\/](?:components[\\/]([a-z-]+)[\\/]\1(?:\.view)?|([a-z-]+))\.ts$/.exec(id);
  const tag = m?.[1] ?? m?.[2];
  return tag && ELEMENTS.some((e) => e.tag === tag) ? tag : null;
};
const MODEL_CORE_CHUNK = /src[\\/]model[\\/](certainty|format|labels|regulatory|identifiers|citation|agencies)\.ts/;

/**
 * The placeholder stylesheet a CMS page links (generated into src/cdn/ by `npm run elements`),
 * minified into dist/cdn/ with Vite's own CSS minifier: it is on the critical path, beside loader.js.
 */
const placeholderStylesheet = (): Plugin => ({
  name: 'ms-placeholder-stylesheet',
  generateBundle() {
    const filename = resolve(import.meta.dirname, 'src/cdn/ms-evidence-elements.css');
    const { code } = transformCss({ filename, code: readFileSync(filename), minify: true });
    this.emitFile({ type: 'asset', fileName: 'ms-evidence-elements.css', source: code });
  },
});

/** For CMS pages: everything, Lit included, in one script; validation and data load on demand. */
const cdn = {
  plugins: [minifyTemplates(), production(), bundledByRecord()],
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
  // Typed records from unknown JSON; and types for raw tags in React's and Preact's JSX.
  parse: src('parse.ts'),
  jsx: src('jsx.ts'),
  'jsx-preact': src('jsx-preact.ts'),
  react: src('react.ts'),
  hydrate: src('hydrate.ts'),
  server: src('server.ts'),
});

/** The npm build: Lit, valibot and React left to the user's bundler; `dev` keeps warnings. */
const npm = (dev: boolean) => ({
  plugins: dev ? [minifyTemplates(), bundledByRecord()] : [minifyTemplates(), production(), bundledByRecord()],
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

/**
 * The loader build: writes into loader.js (src/cdn/preload.ts) which chunks each element needs,
 * with the model it loads first, and the chunk of each bundled study, so the loader can fetch them
 * all at once with modulepreload.
 */
export const preloadManifest = (): Plugin => ({
  name: 'ms-preload-manifest',
  generateBundle(_, bundle) {
    const chunks = Object.values(bundle).filter((c): c is Rollup.OutputChunk => c.type === 'chunk');
    const byFacade = (test: (id: string) => boolean) => chunks.filter((c) => c.facadeModuleId && test(c.facadeModuleId));
    const closure = (chunk: Rollup.OutputChunk | undefined, seen = new Set<string>()): string[] => {
      if (!chunk || seen.has(chunk.fileName)) return [];
      seen.add(chunk.fileName);
      for (const f of chunk.imports)
        closure(
          chunks.find((c) => c.fileName === f),
          seen,
        );
      return [...seen];
    };
    // An element's first render needs its view model (src/model/<name>-view.ts, or the element's
    // own <tag>.view.ts, which adds its ready-state template), loaded lazily.
    const viewModels = byFacade((id) => /\/src\/(model\/[a-z-]+-view|components\/[a-z-]+\/[a-z-]+\.view)\.ts$/.test(id));
    const dataset = byFacade((id) => id.endsWith('/src/bundled/dataset.ts'))[0];
    const tags: Record<string, string[]> = {};
    for (const e of ELEMENTS) {
      // The chunk holding the element's entry (its own, or the element's group chunk).
      const entry = chunks.find((c) => c.moduleIds.some((id) => id.endsWith(`/src/${e.tag}.ts`)));
      const files = closure(entry);
      const used = viewModels.filter((v) => files.some((f) => chunks.find((c) => c.fileName === f)?.dynamicImports.includes(v.fileName)));
      tags[e.tag] = [...new Set([...files, ...used.flatMap((v) => closure(v))])];
    }
    const studies = Object.fromEntries(
      byFacade((id) => id.startsWith('\0ms-bundled/dataset-study-')).map((c) => [
        c.facadeModuleId!.slice('\0ms-bundled/dataset-study-'.length),
        closure(c),
      ]),
    );
    const manifest = JSON.stringify(JSON.stringify({ tags, dataset: closure(dataset), studies }));
    const loader = chunks.find((c) => c.isEntry && c.fileName === 'loader.js')!;
    // The minifier may write the marker in any quotes.
    const marker = /["'`]__MS_PRELOAD__["'`]/;
    if (!marker.test(loader.code)) this.error('loader.js has no __MS_PRELOAD__ marker to fill');
    loader.code = loader.code.replace(marker, manifest);
  },
});

/** The CMS loader: registers only the elements present on the page, each loaded on demand. */
const loader = {
  ...cdn,
  plugins: [...cdn.plugins, preloadManifest()],
  build: {
    ...cdn.build,
    outDir: 'dist/cdn',
    emptyOutDir: false,
    lib: { entry: src('cdn/loader.ts'), formats: ['es' as const], fileName: () => 'loader.js' },
    rolldownOptions: {
      ...cdn.build.rolldownOptions,
      output: {
        ...cdn.build.rolldownOptions.output,
        codeSplitting: {
          groups: [
            { name: 'core', test: (id: string) => CORE_CHUNK.test(id) && !ON_DEMAND.test(id), priority: 2 },
            { name: 'model-core', test: MODEL_CORE_CHUNK, priority: 1 },
            // The loader loads an element's chunk only when the page uses it: its entry, class and
            // ready-state template (<tag>.view.ts, lazy in the one-file bundle) are one chunk.
            { name: elementOf, test: (id: string) => elementOf(id) !== null, priority: 1 },
          ],
        },
      },
    },
  },
};

export default defineConfig(({ command, mode }) => {
  if (command === 'serve') return demo;
  if (mode === 'demo') return demoBuild();
  if (mode === 'composer') return composerBuild();
  if (mode === 'cdn') return { ...cdn, plugins: [...cdn.plugins, placeholderStylesheet()] };
  if (mode === 'loader') return loader;
  if (mode === 'hydrate') return hydrate;
  return npm(mode === 'npm-dev');
});
