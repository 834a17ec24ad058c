#!/usr/bin/env -S npx tsx
/**
 * Memory: creates and removes 10,000 study cards, five times over, in Debian's Chromium with the
 * built CDN bundle, and prints the JS heap, DOM nodes and event listeners after each round (after
 * a forced garbage collection). The heap must come back flat: the script exits 1 when the last
 * round keeps more than 1 MB over the first (a leak of even 100 bytes per card would show as 1 MB).
 *
 * Usage: npm run memory   (builds dist/cdn first when it is missing)
 */
import { buildIfMissing, launch, serve } from './lib/browser.js';

const ROOT = process.cwd();
const CARDS = Number(process.env.MEMORY_CARDS ?? 10_000);
const ROUNDS = Number(process.env.MEMORY_ROUNDS ?? 5);
const ALLOWED_GROWTH = 1024 * 1024;

buildIfMissing('dist/cdn/ms-evidence-elements.js', 'npm run build:cdn');

const page = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<script type="module" src="/dist/cdn/ms-evidence-elements.js"></script></head>
<body><medical-disclaimer kind="not-approved"></medical-disclaimer><main id="main"></main></body></html>`;
const { url, server } = await serve(ROOT, { '/memory.html': page });
const browser = await launch(['--js-flags=--expose-gc']);
try {
  const tab = await browser.newPage();
  const cdp = await tab.createCDPSession();
  await cdp.send('Performance.enable');
  await tab.goto(`${url}/memory.html`);
  await tab.waitForFunction(() => customElements.get('ms-study-card'));
  const studies = await (await fetch(`${url}/data/studies.json`)).json();

  const measure = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
    return { heap: get('JSHeapUsedSize'), nodes: get('Nodes'), listeners: get('JSEventListeners') };
  };

  // One round: 10,000 cards (by property, by id from the bundled data, compact and full), rendered,
  // then removed. Defined once in the page, so repeated rounds compile nothing new.
  await tab.evaluate((records: unknown[]) => {
    (window as unknown as { round: (count: number) => Promise<void> }).round = async (count) => {
      const main = document.getElementById('main')!;
      const batch = 1000;
      for (let start = 0; start < count; start += batch) {
        const cards: (HTMLElement & { study?: unknown; updateComplete: Promise<unknown> })[] = [];
        for (let i = start; i < start + batch; i++) {
          const card = document.createElement('ms-study-card') as HTMLElement & { study?: unknown; updateComplete: Promise<unknown> };
          if (i % 2) card.study = records[i % records.length];
          else card.setAttribute('study-id', (records[i % records.length] as { id: string }).id);
          if (i % 3 === 0) card.setAttribute('compact', '');
          cards.push(card);
        }
        main.append(...cards);
        await Promise.all(cards.map((c) => c.updateComplete));
        if (cards.some((c) => !c.shadowRoot?.querySelector('[part~="title"]'))) throw new Error('a card did not render');
        main.replaceChildren();
      }
    };
  }, studies.studies);
  const round = () =>
    tab.evaluate((count: number) => (window as unknown as { round: (count: number) => Promise<void> }).round(count), CARDS);

  const before = await measure();
  const rows: { round: string; heapMB: string; nodes: number; listeners: number }[] = [];
  const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(2);
  rows.push({ round: 'page loaded', heapMB: mb(before.heap), nodes: before.nodes, listeners: before.listeners });
  const after: { heap: number; nodes: number; listeners: number }[] = [];
  for (let r = 1; r <= ROUNDS; r++) {
    const t0 = performance.now();
    await round();
    const m = await measure();
    after.push(m);
    rows.push({
      round: `after ${r * CARDS} cards (${Math.round(performance.now() - t0)} ms)`,
      heapMB: mb(m.heap),
      nodes: m.nodes,
      listeners: m.listeners,
    });
  }
  console.log(`Memory: ${ROUNDS} rounds of creating and removing ${CARDS.toLocaleString('en')} <ms-study-card>s (JS heap after GC)\n`);
  console.table(rows);
  const growth = after.at(-1)!.heap - after[0]!.heap;
  const perCard = growth / ((ROUNDS - 1) * CARDS);
  console.log(
    `\nHeap change from round 1 to round ${ROUNDS}: ${(growth / 1024).toFixed(0)} KB (${perCard.toFixed(1)} bytes per card created since).`,
  );
  console.log(`DOM nodes after the last round: ${after.at(-1)!.nodes} (after round 1: ${after[0]!.nodes}; Lit's template cache).`);
  // Lit keeps one <template> per template it has rendered: nodes rise once, then must stay put.
  if (growth > ALLOWED_GROWTH || after.at(-1)!.nodes > after[0]!.nodes + 10) {
    console.error('Memory is not flat: something keeps cards alive.');
    process.exitCode = 1;
  } else console.log('Flat: removed cards are collected.');
} finally {
  await browser.close();
  server.close();
}
