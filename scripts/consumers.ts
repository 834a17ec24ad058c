/**
 * Builds the consumer apps in examples/ against the packed tarball, as their users would: packs
 * the library once, then for each example installs its own pinned dependencies (its own
 * package.json and lockfile, never the library's), adds the tarball, and runs its build.
 *
 * - examples/typescript: `tsc --strict` (skipLibCheck off) under moduleResolution bundler and
 *   node16, and raw tags in React 19 and Preact JSX;
 * - examples/vue, examples/svelte: Vite apps built into dist/consumers/<name>/;
 * - examples/eleventy: an Eleventy 3 site rendered with @lit-labs/eleventy-plugin-lit into
 *   dist/consumers/eleventy/.
 *
 * The e2e suite (tests/e2e/consumers.test.ts) then opens the built apps. Run `npm run build`
 * first (`npm run test:e2e` does both). `npm run consumers -- vue svelte` builds only those.
 * Installs prefer npm's cache, so a second run downloads nothing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const ALL = ['typescript', 'vue', 'svelte', 'eleventy'];
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
  }
} finally {
  rmSync(packDir, { recursive: true, force: true });
}
console.log(`consumer apps done in ${seconds(started)}`);
