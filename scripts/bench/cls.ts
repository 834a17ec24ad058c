/**
 * Layout shift of the demo page, client-only (dist/demo: elements render in the browser) and
 * server-rendered (dist/ssr: declarative shadow DOM, then hydration), with every script held back
 * a second so the page paints without it first. Desktop (1,280 × 800) and phone (390 × 844).
 * CLS is the largest session window of layout shifts (gaps under 1 s, windows up to 5 s), as
 * browsers report it, observed until every element shows its content and a second more.
 */
import type { Browser } from 'puppeteer-core';
import { serve } from '../lib/browser.js';

const SCRIPT_DELAY_MS = 1000;
const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 800, deviceScaleFactor: 1, isMobile: false, hasTouch: false },
  { name: 'phone', width: 390, height: 844, deviceScaleFactor: 3, isMobile: true, hasTouch: true },
];

/** Collects layout shifts from the first paint on (runs before any page script). */
const OBSERVER = `
window.__shifts = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts.push({ t: e.startTime, v: e.value, nodes: (e.sources || []).map((s) => s.node && (s.node.id || s.node.localName || s.node.nodeName)).join(' ') });
}).observe({ type: 'layout-shift', buffered: true });
`;

/** The largest session window, as CLS is defined. */
function cls(shifts: { t: number; v: number }[]): number {
  let best = 0;
  let current = 0;
  let start = -Infinity;
  let last = -Infinity;
  for (const s of shifts) {
    if (s.t - last > 1000 || s.t - start > 5000) {
      current = 0;
      start = s.t;
    }
    current += s.v;
    last = s.t;
    best = Math.max(best, current);
  }
  return best;
}

async function measure(browser: Browser, url: string, viewport: (typeof VIEWPORTS)[number]) {
  const tab = await browser.newPage();
  await tab.setViewport(viewport);
  await tab.evaluateOnNewDocument(OBSERVER);
  await tab.goto(url, { waitUntil: 'load' });
  await tab.waitForFunction(
    () =>
      [...document.querySelectorAll('ms-study-card, treatment-comparison, medical-disclaimer, ms-review-info')].every(
        (el) => customElements.get(el.localName) && el.shadowRoot?.querySelector('[part~="base"]:not(.skeleton)'),
      ),
    { timeout: 20000 },
  );
  await new Promise((r) => setTimeout(r, 1000));
  const shifts = (await tab.evaluate('window.__shifts')) as { t: number; v: number; nodes: string }[];
  await tab.close();
  return { value: cls(shifts), shifts };
}

export async function clsBench(browser: Browser): Promise<void> {
  // Scripts (not styles, not HTML) arrive late: the page shows what it has without them first.
  const { url, server } = await serve(process.cwd(), {}, { delay: (path) => (path.endsWith('.js') ? SCRIPT_DELAY_MS : 0) });
  try {
    const rows = [];
    const worst: string[] = [];
    for (const [page, path] of [
      ['client-only (dist/demo)', '/dist/demo/index.html'],
      ['server-rendered (dist/ssr)', '/dist/ssr/index.html'],
    ] as const) {
      const row: Record<string, string> = { page };
      for (const viewport of VIEWPORTS) {
        const { value, shifts } = await measure(browser, url + path, viewport);
        row[`CLS ${viewport.name}`] = value.toFixed(3);
        if (value > 0) worst.push(`${page}, ${viewport.name}: ${shifts.map((s) => `${s.v.toFixed(3)} (${s.nodes})`).join(', ')}`);
      }
      row.goal = '0.000';
      rows.push(row);
    }
    console.log(`\nLayout shift: the demo page with its scripts held back ${SCRIPT_DELAY_MS} ms\n`);
    console.table(rows);
    if (worst.length) console.log(`Shifts: ${worst.join('\n        ')}`);
  } finally {
    server.close();
  }
}
