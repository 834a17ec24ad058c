/**
 * Builds the consumer apps in examples/ against the packed tarball, as their users would: packs
 * the library once, then for each example installs its own pinned dependencies (its own
 * package.json and lockfile, never the library's), adds the tarball, and runs its build.
 *
 * - examples/typescript: `tsc --strict` (skipLibCheck off) under moduleResolution bundler and
 *   node16, and raw tags in React 19 and Preact JSX;
 * - examples/vue, examples/svelte: Vite apps built into dist/consumers/<name>/;
 * - examples/eleventy: an Eleventy 3 site rendered with @lit-labs/eleventy-plugin-lit into
 *   dist/consumers/eleventy/;
 * - examples/one-card: one `<ms-study-card>` in a Vite app, whose bytes it prints (min+gzip): the
 *   entry the page loads first, and everything loaded until the card shows its study (the
 *   README's "in an app" row). Figures only, never a budget: CI enforces sizes in size:check.
 *
 * The e2e suite (tests/e2e/consumers.test.ts) then opens the built apps. Run `npm run build`
 * first (`npm run test:e2e` does both). `npm run consumers -- vue svelte` builds only those.
 * Installs prefer npm's cache, so a second run downloads nothing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_FLAGS, DEFAULT_CHROME_PATH } from './chromium-check.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const ALL = ['typescript', 'vue', 'svelte', 'eleventy', 'one-card'];
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const examples = wanted.length ? wanted : ALL;

if (!existsSync(join(ROOT, 'dist/index.js'))) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

const started = Date.now();
const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
const run = (cwd: string, command: string, args: string[]) => execFileSync(command, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'] });
const NPM_QUIET = ['--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'];

const packDir = mkdtempSync(join(tmpdir(), 'ms-evidence-pack-'));
try {
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', packDir], { cwd: ROOT, encoding: 'utf8' })) as {
    filename: string;
    size: number;
  }[];
  const tarball = join(packDir, packed[0]!.filename);
  console.log(`packed ${packed[0]!.filename} (${(packed[0]!.size / 1024).toFixed(0)} KB) in ${seconds(started)}`);

  for (const name of examples) {
    const dir = join(ROOT, 'examples', name);
    if (!existsSync(join(dir, 'package.json'))) throw new Error(`examples/${name} has no package.json`);
    const t = Date.now();
    run(dir, 'npm', ['ci', ...NPM_QUIET]);
    // The tarball is added without touching the example's package.json or lockfile.
    run(dir, 'npm', ['install', '--no-save', ...NPM_QUIET, tarball]);
    run(dir, 'npm', ['run', '--silent', 'build']);
    console.log(`examples/${name}: installed and built in ${seconds(t)}`);
    if (name === 'one-card') await measureOneCard(join(ROOT, 'dist/consumers/one-card'));
  }
} finally {
  rmSync(packDir, { recursive: true, force: true });
}
console.log(`consumer apps done in ${seconds(started)}`);

/** Serves the built one-card app, opens it in Chromium and prints the JavaScript it loads. */
async function measureOneCard(dir: string): Promise<void> {
  const gzip = (path: string) => gzipSync(readFileSync(join(dir, path)), { level: 9 }).length;
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname.replace(/\/$/, '/index.html');
    try {
      const body = readFileSync(join(dir, path));
      res.writeHead(200, { 'content-type': extname(path) === '.js' ? 'text/javascript' : 'text/html' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH || DEFAULT_CHROME_PATH,
    headless: true,
    args: CHROMIUM_FLAGS,
  });
  try {
    const page = await browser.newPage();
    const loaded: string[] = [];
    page.on('response', (r) => {
      const path = new URL(r.url()).pathname;
      if (path.endsWith('.js')) loaded.push(path.slice(1));
    });
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction(() => document.querySelector('ms-study-card')?.shadowRoot?.querySelector('[part~="base"]:not(.skeleton)'));
    const html = readFileSync(join(dir, 'index.html'), 'utf8');
    const entry = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
    const sum = (files: string[]) => files.reduce((n, f) => n + gzip(f), 0);
    console.log(
      `one-card Vite app (min+gzip): entry ${kb(sum(entry))} (${entry.length} file${entry.length > 1 ? 's' : ''}); ` +
        `at runtime, until the card shows its study, ${kb(sum(loaded))} in ${loaded.length} files`,
    );
  } finally {
    await browser.close();
    server.close();
  }
}
