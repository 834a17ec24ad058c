#!/usr/bin/env -S npx tsx
/**
 * `npm run bench`: the figures the README quotes, measured here, side by side with the physical
 * floor. Sections (all by default, or some with --only=size,render,ssr,cls,lighthouse):
 *
 *   size        bundle sizes, min+gzip and brotli (scripts/size.ts; CI enforces its budgets)
 *   render      cards, updates, comparison and data routes against static HTML (bench/render.ts)
 *   ssr         server rendering against a template string (bench/ssr.ts)
 *   cls         layout shift of the demo, client-only and server-rendered (bench/cls.ts)
 *   lighthouse  performance and accessibility scores of the built demo (bench/lighthouse.ts)
 *
 * Builds what is missing first (dist/, dist/demo). Prints figures; CI enforces sizes, never
 * timings, which depend on the machine.
 */
import { execSync } from 'node:child_process';
import { buildIfMissing, launch } from './lib/browser.js';
import { renderBench } from './bench/render.js';
import { ssrBench } from './bench/ssr.js';
import { clsBench } from './bench/cls.js';
import { lighthouseBench } from './bench/lighthouse.js';

const SECTIONS = ['size', 'render', 'ssr', 'cls', 'lighthouse'] as const;
const only = process.argv
  .find((a) => a.startsWith('--only='))
  ?.slice(7)
  .split(',');
const run = (s: (typeof SECTIONS)[number]) => !only || only.includes(s);
const unknown = only?.filter((s) => !(SECTIONS as readonly string[]).includes(s));
if (unknown?.length) throw new Error(`unknown section ${unknown.join(', ')}; use ${SECTIONS.join(', ')}`);

if (run('render') || run('ssr') || run('cls')) buildIfMissing('dist/ssr/index.html', 'npm run build');
if (run('cls') || run('lighthouse')) buildIfMissing('dist/demo/index.html', 'npm run build:demo');

console.log(`ms-evidence-elements benchmark, ${new Date().toISOString().slice(0, 10)}, Node ${process.version}\n`);
if (run('size')) execSync('npx tsx scripts/size.ts', { stdio: 'inherit' });
if (run('render')) await renderBench();
if (run('ssr')) await ssrBench();
if (run('cls')) {
  const browser = await launch();
  try {
    await clsBench(browser);
  } finally {
    await browser.close();
  }
}
if (run('lighthouse')) await lighthouseBench();
