#!/usr/bin/env -S npx tsx
/**
 * Screenshots of the page composer for the README's "For marketing teams" section:
 * `npm run screenshots:composer` (after `npm run build`; needs dist/composer/). Serves
 * dist/composer/ on 127.0.0.1, opens a composed page in Debian's Chromium by its link (the state
 * lives in the URL), and saves PNGs under docs/images/.
 */
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import puppeteer, { type ElementHandle, type Page } from 'puppeteer-core';
import { CHROMIUM_FLAGS, DEFAULT_CHROME_PATH } from './chromium-check.mjs';
import { encodeState, initialState, newBlock, type Block } from '../composer/src/state.js';

const ROOT = 'dist/composer';
if (!existsSync(join(ROOT, 'index.html'))) {
  console.error('dist/composer/ is missing: run `npm run build` (or `npm run build:composer`) first.');
  process.exit(1);
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
const server = createServer(async (req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  const file = join(ROOT, path.endsWith('/') ? `${path}index.html` : path);
  try {
    const body = await readFile(file);
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const { port } = server.address() as { port: number };

// The page a clinic's marketing lead might compose: three compact cards, a comparison with a
// labelled highlight, the notices, the review line, in the clinic's green.
const state = initialState();
state.brand.color = '#2e8540';
const block = <K extends Block['kind']>(kind: K, patch: Partial<Extract<Block, { kind: K }>>) => ({ ...newBlock(kind), ...patch }) as Block;
state.blocks = [
  block('review', { reviewer: 'Dr A Example', credentials: 'MD, Neurologist', lastReviewed: '2026-11-02' }),
  block('study', { id: 'jamali-2024', compact: true }),
  block('study', { id: 'lu-2020', compact: true }),
  block('study', { id: 'riordan-2018', compact: true }),
  block('comparison', {
    ids: ['disease-modifying-therapies', 'corticosteroids', 'umbilical-cord-msc-therapy'],
    highlight: 'umbilical-cord-msc-therapy',
    highlightLabel: 'Offered at our clinic',
  }),
  block('disclaimer', { kinds: ['educational', 'not-approved', 'consult'], therapy: 'Umbilical-cord stem cell therapy' }),
];

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || DEFAULT_CHROME_PATH,
  headless: true,
  args: CHROMIUM_FLAGS,
});
const shot = async (el: ElementHandle | Page, name: string) => {
  await el.screenshot({ path: `docs/images/${name}` });
  console.log(`docs/images/${name}`);
};
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1440, height: 1100 });
  await page.goto(`http://127.0.0.1:${port}/${encodeState(state)}`, { waitUntil: 'networkidle0' });
  await new Promise((r) => setTimeout(r, 1500));
  await shot(page, 'composer-overview.png');

  const section = async (id: string) => (await page.$(`pierce/section[aria-labelledby="${id}"]`))!;
  await shot(await section('brand-heading'), 'composer-brand.png');
  // The preview in dark, at phone width.
  await page.click('pierce/input[name="theme"]:not(:checked)');
  await page.click('pierce/input[name="width"]:not(:checked)');
  await new Promise((r) => setTimeout(r, 1000));
  await shot(await section('preview-heading'), 'composer-preview-phone-dark.png');
  await page.click('pierce/input[name="platform"][value="wordpress"]');
  await new Promise((r) => setTimeout(r, 300));
  await shot(await section('copy-heading'), 'composer-copy-wordpress.png');

  // The study form stopping a cure claim, in validate-data's words.
  const type = async (id: string, text: string) => {
    await page.click(`pierce/#${id}`);
    await page.keyboard.type(text);
  };
  await type('field-id', 'our-clinic-2026');
  await type('field-conclusion', 'Stem cells cure MS.');
  await page.keyboard.press('Tab');
  await new Promise((r) => setTimeout(r, 300));
  await page.setViewport({ width: 1100, height: 800 });
  await page.evaluate(() => document.querySelector('ms-composer')!.shadowRoot!.querySelector('#own-heading')!.scrollIntoView());
  await new Promise((r) => setTimeout(r, 300));
  await shot(page, 'composer-study-form.png');
} finally {
  await browser.close();
  server.close();
}
