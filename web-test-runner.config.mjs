// Unit and element tests in Debian's Chromium (never a downloaded browser).
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_FLAGS, DEFAULT_CHROME_PATH } from './scripts/chromium-check.mjs';

/**
 * Serves a .json file as an ES module when source code imports it (as Vite does); a fetch() of the
 * same file still gets plain JSON. Imports are marked with a query so the two never share a cache.
 */
const jsonModules = {
  name: 'json-modules',
  resolveImport({ source }) {
    if (source.endsWith('.json')) return `${source}?json-module`;
  },
  resolveMimeType(context) {
    if (context.path.endsWith('.json') && context.URL.searchParams.has('json-module')) return 'js';
  },
  transform(context) {
    if (context.path.endsWith('.json') && context.URL.searchParams.has('json-module')) {
      return { body: `export default ${context.body};` };
    }
  },
};

/**
 * @rgrove/parse-xml (the importer's XML reader, src/import/pubmed.ts) ships CommonJS only; Vite
 * converts it for the composer, the test server does not. Its single-file browser bundle is
 * served instead, wrapped as an ES module with the same named exports.
 */
const PARSE_XML_EXPORTS = [
  'XmlCdata',
  'XmlComment',
  'XmlDeclaration',
  'XmlDocument',
  'XmlDocumentType',
  'XmlElement',
  'XmlError',
  'XmlNode',
  'XmlProcessingInstruction',
  'XmlText',
  'parseXml',
];
const parseXmlModule = {
  name: 'parse-xml-module',
  transform(context) {
    if (!context.path.endsWith('/@rgrove/parse-xml/dist/index.js')) return undefined;
    const bundle = readFileSync('node_modules/@rgrove/parse-xml/dist/browser.js', 'utf8');
    return {
      body: `const module = { exports: {} };\n(function (module, exports) {\n${bundle}\n})(module, module.exports);\nexport const { ${PARSE_XML_EXPORTS.join(', ')} } = module.exports;\n`,
    };
  },
};

/**
 * Test endpoints for the `src` routes: one study out of data/studies.json, HTTP errors, a wrong
 * content type, broken JSON, a slow answer, and a "flaky" URL that fails once then works.
 */
const flaky = new Set();
const fetchCounts = new Map();
async function testApi(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  if (!url.pathname.startsWith('/test-api/')) return next();
  const [, , route, arg] = url.pathname.split('/');
  fetchCounts.set(url.pathname + url.search, (fetchCounts.get(url.pathname + url.search) ?? 0) + 1);
  const studies = JSON.parse(readFileSync('data/studies.json', 'utf8')).studies;
  const json = (body, status = 200) => {
    ctx.status = status;
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(body);
  };
  switch (route) {
    case 'study':
      return json(studies.find((s) => s.id === arg) ?? {}, studies.some((s) => s.id === arg) ? 200 : 404);
    case 'status':
      ctx.status = Number(arg);
      ctx.type = 'text/plain';
      ctx.body = 'error';
      return;
    case 'html':
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><p>Not JSON</p>';
      return;
    case 'bad-json':
      ctx.type = 'application/json';
      ctx.body = '{"studies": [';
      return;
    case 'slow':
      await new Promise((r) => setTimeout(r, Number(url.searchParams.get('ms') ?? 2000)));
      return json(studies.find((s) => s.id === arg) ?? {});
    case 'flaky':
      if (!flaky.has(arg)) {
        flaky.add(arg);
        ctx.status = 503;
        ctx.body = 'try again';
        return;
      }
      if (url.searchParams.has('dataset')) return json({ studies });
      return json(studies.find((s) => s.id === url.searchParams.get('study')) ?? {});
    case 'echo':
      // The JSON given in ?d= (base64url), served back: lets tests send any data through src.
      ctx.type = url.searchParams.get('type') ?? 'application/json';
      ctx.body = Buffer.from(url.searchParams.get('d') ?? '', 'base64url').toString('utf8');
      return;
    case 'dataset':
      // The bundled studies and treatments in one document, as a provider would fetch it.
      return json({ studies, treatments: JSON.parse(readFileSync('data/treatments.json', 'utf8')).treatments });
    case 'count':
      return json({ count: fetchCounts.get(url.searchParams.get('path')) ?? 0 });
    default:
      return next();
  }
}

/**
 * `executeServerCommand('forced-colors', { active })`: Windows high-contrast mode, emulated through
 * the DevTools protocol (web-test-runner's emulateMedia has no forced-colors). Chromium then really
 * forces the colours, not only the media query.
 */
const cdpSessions = new WeakMap();
const forcedColors = {
  name: 'forced-colors',
  async executeCommand({ command, payload, session }) {
    if (command !== 'forced-colors') return undefined;
    // The emulation lasts as long as its DevTools session: keep one per page.
    const page = session.browser.getPage(session.id);
    if (!cdpSessions.has(page)) cdpSessions.set(page, await page.createCDPSession());
    await cdpSessions.get(page).send('Emulation.setEmulatedMedia', {
      features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
    });
    return true;
  },
};

/**
 * `executeServerCommand('validate-data', { files, strict })`: runs the real `npm run validate-data`
 * script (with `--strict` when asked) on the given files ({ name: content }; none for the
 * repository's data/) and returns its exit code and output, so a test can check the command itself.
 */
const validateData = {
  name: 'validate-data',
  async executeCommand({ command, payload }) {
    if (command !== 'validate-data') return undefined;
    const dir = mkdtempSync(join(tmpdir(), 'validate-data-'));
    const files = Object.entries(payload?.files ?? {}).map(([name, content]) => {
      const path = join(dir, basename(name));
      writeFileSync(path, content);
      return path;
    });
    try {
      return await new Promise((resolve) =>
        execFile(
          'node_modules/.bin/tsx',
          ['scripts/validate-data.ts', ...(payload?.strict ? ['--strict'] : []), ...files],
          (error, stdout, stderr) =>
            resolve({
              code: error ? (error.code ?? 1) : 0,
              stdout: stdout.replaceAll(dir + '/', ''),
              stderr: stderr.replaceAll(dir + '/', ''),
            }),
        ),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

/**
 * `executeServerCommand('ssr-render')`: the server rendering of every case in
 * tests/fixtures/ssr-cases.ts (rendered once per run by the real @lit-labs/ssr, in Node), for the
 * hydration test.
 */
let ssrRendered;
const ssrRender = {
  name: 'ssr-render',
  async executeCommand({ command }) {
    if (command !== 'ssr-render') return undefined;
    ssrRendered ??= new Promise((resolve, reject) =>
      execFile('node_modules/.bin/tsx', ['tests/fixtures/ssr-render.ts'], { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
        error ? reject(new Error(stderr || error.message)) : resolve(JSON.parse(stdout)),
      ),
    );
    return ssrRendered;
  },
};

export default {
  middleware: [testApi],
  files: ['tests/**/*.test.ts', '!tests/e2e/**', '!tests/node/**'],
  nodeResolve: true,
  plugins: [
    jsonModules,
    parseXmlModule,
    forcedColors,
    validateData,
    ssrRender,
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH || DEFAULT_CHROME_PATH,
        headless: true,
        args: CHROMIUM_FLAGS,
      },
    }),
  ],
  testFramework: { config: { timeout: 10000 } },
  // The fuzz files (tests/hardening) run 10,000 inputs each: allow them more than the default 2 minutes.
  testsFinishTimeout: 300_000,
  // Lit's dev-mode notice is expected in tests; everything else the browser logs is shown.
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
};
