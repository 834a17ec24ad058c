#!/usr/bin/env node
/**
 * Prints how many gzip bytes each module contributes to the CDN bundle (each module minified and
 * gzipped on its own, so the sum is larger than the bundle: use it to rank, not to add up).
 * Usage: node scripts/size-breakdown.mjs [entry]   (default src/index.ts)
 */
import { build } from 'vite';
import { gzipSync } from 'node:zlib';
import { transform } from 'esbuild';

const entry = process.argv[2] ?? 'src/index.ts';
/** @type {any} */
const out = await build({
  configFile: false,
  logLevel: 'silent',
  build: { write: false, target: 'es2022', lib: { entry, formats: ['es'] }, rolldownOptions: { output: { minify: false } } },
});
const chunks = (Array.isArray(out) ? out : [out]).flatMap((o) => o.output).filter((c) => c.type === 'chunk');
for (const c of chunks) {
  const parts = c.code.split(/^\/\/ (?=\S)/m).slice(1);
  const rows = [];
  for (const p of parts) {
    const name = p.split('\n')[0];
    const min = (await transform(p.slice(name.length), { minify: true, loader: 'js' }).catch(() => ({ code: p }))).code;
    rows.push([gzipSync(min).length, name]);
  }
  rows.sort((a, b) => b[0] - a[0]);
  const total = gzipSync((await transform(c.code, { minify: true, format: 'esm' })).code).length;
  console.log(`\n${c.fileName}: ${total} B gzip`);
  for (const [size, name] of rows) console.log(`${String(size).padStart(7)}  ${name}`);
}
