/**
 * What a reader downloads for the README's CMS snippet: the placeholder stylesheet, `loader.js`
 * and one study card by id, served from dist/cdn/ with gzip as a real host would. Counts every
 * response after the HTML (bytes on the wire, all chunks and data) and the longest chain of
 * sequential module requests ("hops": a module found only once the module before it has arrived).
 */
import type { Browser, HTTPRequest } from 'puppeteer-core';
import { serve } from '../lib/browser.js';

/** The README's snippet, as a CMS page would carry it. */
export const SNIPPET = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>One card</title><link rel="icon" href="data:," />
<link rel="stylesheet" href="/dist/cdn/ms-evidence-elements.css" />
<script type="module" src="/dist/cdn/loader.js"></script>
</head><body>
<ms-study-card study-id="riordan-2018">
  <a href="https://doi.org/10.1186/s12967-018-1433-7">Clinical feasibility of umbilical cord tissue-derived MSCs in MS</a>
</ms-study-card>
</body></html>`;

export interface Wire {
  /** Responses after the HTML: path, bytes on the wire (gzip), and hop (1 = requested by the HTML). */
  files: { path: string; bytes: number; hop: number }[];
  bytes: number;
  /** Sequential module hops after the HTML. */
  hops: number;
}

/** Loads `html` from the repository's server in Chromium and measures what it downloads. */
export async function measureWire(browser: Browser, html: string = SNIPPET): Promise<Wire> {
  const { url, server } = await serve(process.cwd(), { '/wire.html': html }, { production: true });
  const tab = await browser.newPage();
  const cdp = await tab.createCDPSession();
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const sizes = new Map<string, number>();
  // The response bodies as sent (gzip), without HTTP headers, which depend on the host.
  cdp.on('Network.dataReceived', (e) => sizes.set(e.requestId, (sizes.get(e.requestId) ?? 0) + e.encodedDataLength));
  const requests: HTTPRequest[] = [];
  let preloaded: string[] = [];
  tab.on('requestfinished', (r) => requests.push(r));
  try {
    await tab.goto(`${url}/wire.html`, { waitUntil: 'load' });
    await tab.waitForFunction(
      () => [...document.querySelectorAll('ms-study-card')].every((el) => el.shadowRoot?.querySelector('[part~="base"]:not(.skeleton)')),
      { timeout: 20000 },
    );
    await new Promise((r) => setTimeout(r, 500));
    preloaded = await tab.evaluate(() => [...document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((l) => l.href));
  } finally {
    await tab.close();
    server.close();
  }
  const page = `${url}/wire.html`;
  // A file the HTML names is hop 1; a file a module imports statically, one more than that module;
  // a file a script preloads (modulepreload) or imports dynamically, one more than the latest hop
  // before it, unless it was preloaded by the loader (hop 1), which makes it hop 2.
  const hopOf = new Map<string, number>([[page, 0]]);
  const loaderHop = () => Math.max(...requests.filter((r) => r.url().endsWith('/loader.js')).map((r) => hopOf.get(r.url()) ?? 1));
  for (const r of requests) {
    const i = r.initiator();
    const from = i?.url && i.url !== 'about:client' ? hopOf.get(i.url) : undefined;
    if (i?.type === 'parser' && i.url === page) hopOf.set(r.url(), 1);
    else if (preloaded.includes(r.url())) hopOf.set(r.url(), loaderHop() + 1);
    else if (from !== undefined) hopOf.set(r.url(), from + 1);
    else hopOf.set(r.url(), Math.max(...hopOf.values()) + 1);
  }
  const files = requests
    .filter((r) => r.url() !== page)
    .map((r) => ({
      path: r.url().replace(url, ''),
      bytes: sizes.get((r as unknown as { id: string }).id) ?? 0,
      hop: hopOf.get(r.url()) ?? NaN,
    }));
  return {
    files,
    bytes: files.reduce((n, f) => n + f.bytes, 0),
    hops: Math.max(...files.filter((f) => /\.js$/.test(f.path)).map((f) => f.hop)),
  };
}

/** Prints the measurement, file by file. */
export function printWire(w: Wire, budget: { bytes: number; hops: number }): void {
  const KB = (n: number) => `${(n / 1024).toFixed(2)} KB`;
  console.log(`\nThe README's CMS snippet (loader.js, one card by id), bytes on the wire (gzip) after the HTML:`);
  for (const f of w.files) console.log(`  hop ${f.hop}  ${KB(f.bytes).padStart(9)}  ${f.path}`);
  console.log(
    `  total ${KB(w.bytes)} in ${w.files.length} requests (budget ≤ ${KB(budget.bytes)}), ${w.hops} sequential module hops (budget ≤ ${budget.hops})`,
  );
}
