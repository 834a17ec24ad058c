/**
 * Builds the WordPress plugin into dist/wordpress/ms-evidence-elements/ and zips it as
 * dist/wordpress/ms-evidence-elements.zip (part of `npm run build`, after the CDN build and the
 * manifest). Besides the plugin's own files (integrations/wordpress/ms-evidence-elements/):
 *
 * - assets/cdn/: the CDN build (loader, whole library, chunks, placeholder styles);
 * - data/summary.json: the bundled data's no-JavaScript texts, from the library's model;
 * - data/elements.json: each element's documented attributes (custom-elements.json), for kses;
 * - admin/validator.js: the settings page's validator, built from the library's model.
 *
 * The zip is written by python3's zipfile (on every machine of this project's kind), entries
 * sorted and dated 1980-01-01, so the same sources give the same bytes.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { summarize } from '../integrations/wordpress/src/summaries.js';
import { languages } from '../integrations/wordpress/src/languages.js';

const root = resolve(import.meta.dirname, '..');
const source = join(root, 'integrations/wordpress/ms-evidence-elements');
const outDir = join(root, 'dist/wordpress');
const plugin = join(outDir, 'ms-evidence-elements');

for (const needed of ['dist/cdn/loader.js', 'dist/cdn/ms-evidence-elements.css', 'custom-elements.json']) {
  if (!existsSync(join(root, needed)))
    throw new Error(`${needed} is missing: run \`npm run build\` (it builds the CDN files and the manifest first).`);
}

rmSync(outDir, { recursive: true, force: true });
cpSync(source, plugin, { recursive: true });
cpSync(join(root, 'dist/cdn'), join(plugin, 'assets/cdn'), { recursive: true });
cpSync(join(root, 'LICENSE'), join(plugin, 'LICENSE'));
mkdirSync(join(plugin, 'data'), { recursive: true });

// @lit/localize announces a language change on `window`; Node has none, an EventTarget does.
(globalThis as { window?: EventTarget }).window ??= new EventTarget();
// The bundled data as the library ships it (data/*.json), validated again inside summarize().
const read = (name: string): object => JSON.parse(readFileSync(join(root, 'data', name), 'utf8')) as object;
const bundledDataset = { ...read('studies.json'), ...read('treatments.json'), ...read('page.json') };
const summary = await summarize(bundledDataset, languages);
if (summary.issues.length) throw new Error(`The bundled data has problems:\n${summary.issues.join('\n')}`);
writeFileSync(join(plugin, 'data/summary.json'), JSON.stringify(summary));

interface Manifest {
  modules: { declarations?: { tagName?: string; attributes?: { name: string }[] }[] }[];
}
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8')) as Manifest;
const elements: Record<string, string[]> = {};
for (const m of manifest.modules)
  for (const d of m.declarations ?? []) if (d.tagName) elements[d.tagName] = (d.attributes ?? []).map((a) => a.name).sort();
writeFileSync(join(plugin, 'data/elements.json'), `${JSON.stringify(elements, null, 2)}\n`);

await build({
  configFile: false,
  logLevel: 'warn',
  build: {
    target: 'es2022',
    outDir: join(plugin, 'admin'),
    emptyOutDir: false,
    lib: { entry: join(root, 'integrations/wordpress/src/settings-validator.ts'), formats: ['es'], fileName: () => 'validator.js' },
    rolldownOptions: { output: { minify: true, chunkFileNames: 'chunks/[name]-[hash].js' } },
  },
});

const zip = join(outDir, 'ms-evidence-elements.zip');
execFileSync(
  'python3',
  [
    '-c',
    `
import os, sys, zipfile
base, target = sys.argv[1], sys.argv[2]
parent = os.path.dirname(base)
files = sorted(os.path.join(d, f) for d, _, fs in os.walk(base) for f in fs)
with zipfile.ZipFile(target, 'w', zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    for path in files:
        info = zipfile.ZipInfo(os.path.relpath(path, parent), (1980, 1, 1, 0, 0, 0))
        info.external_attr = 0o644 << 16
        info.compress_type = zipfile.ZIP_DEFLATED
        with open(path, 'rb') as f:
            z.writestr(info, f.read())
print(len(files), 'files')
`,
    plugin,
    zip,
  ],
  { stdio: 'inherit' },
);
console.log(`WordPress plugin: ${zip}`);
