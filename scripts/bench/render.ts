/**
 * Render speed against the physical floor, in Debian's Chromium, one browser session, medians of
 * RUNS runs (after a warm-up run), with the built CDN bundle (production build, what pages load):
 *
 * - 1,000 full and 1,000 compact <ms-study-card>s with the seed studies, against inserting the
 *   very same rendered markup as static HTML with declarative shadow DOM (the floor: parsing,
 *   style and layout, no script). Each time runs from insertion to a forced layout.
 * - updating one property on 1,000 cards (a new study; opening 1,000 compact cards);
 * - a <treatment-comparison> of 12 options × 10 criteria, against its own floor;
 * - the data routes, 1,000 full cards each: property, inline JSON child, provider by id, `src`
 *   (one shared request), bundled data by id.
 *
 * Part of `npm run bench`; RUNS=15 for more runs (default 7).
 */
import { readFileSync } from 'node:fs';
import { launch, median, serve } from '../lib/browser.js';

const RUNS = Number(process.env.RUNS ?? 7);
const N = 1000;

const studies = JSON.parse(readFileSync('data/studies.json', 'utf8')).studies as { id: string }[];
const treatments = JSON.parse(readFileSync('data/treatments.json', 'utf8')).treatments as { id: string }[];

const page = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<style>body{margin:0;font-family:system-ui,sans-serif}#stage{width:50rem}</style>
<script type="module" src="/dist/cdn/ms-evidence-elements.js"></script></head>
<body><medical-disclaimer kind="not-approved"></medical-disclaimer><div id="stage"></div>
<script type="module" src="/bench-page.js"></script></body></html>`;

/** In the page: each measurement, timed from insertion to a forced layout. */
const pageScript = `
const stage = document.getElementById('stage');
const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
const settle = (els) => Promise.all(els.map((e) => e.updateComplete));
// Garbage from the previous run is collected before each run, so it does not land in the next one.
const clear = async () => { stage.replaceChildren(); await frame(); window.gc?.(); await frame(); };
const stripMarkers = (html) => html.replace(/<!--\\?lit\\$[0-9]+\\$-->|<!---->/g, '');

/** The element's rendered shadow markup and styles as static HTML with declarative shadow DOM. */
function asStatic(el) {
  const css = el.shadowRoot.adoptedStyleSheets.map((s) => [...s.cssRules].map((r) => r.cssText).join('')).join('');
  const attrs = [...el.attributes].map((a) => a.name + '="' + a.value.replace(/"/g, '&quot;') + '"').join(' ');
  return '<div ' + attrs + '><template shadowrootmode="open"><style>' + css + '</style>' + stripMarkers(el.shadowRoot.innerHTML) + '</template>' + el.innerHTML + '</div>';
}

window.bench = {
  data: null,
  async cards(n, { compact = false, route = 'property' } = {}) {
    await clear();
    const { studies } = this.data;
    const t0 = performance.now();
    let cards;
    if (route === 'inline') {
      stage.innerHTML = Array.from({ length: n }, (_, i) =>
        '<ms-study-card' + (compact ? ' compact' : '') + '><script type="application/json">' + JSON.stringify(studies[i % studies.length]) + '<\\/script></ms-study-card>').join('');
      cards = [...stage.children];
    } else if (route === 'provider') {
      const provider = document.createElement('ms-evidence-provider');
      provider.data = { studies };
      provider.innerHTML = Array.from({ length: n }, (_, i) => '<ms-study-card study-id="' + studies[i % studies.length].id + '"></ms-study-card>').join('');
      stage.append(provider);
      cards = [...provider.children];
    } else if (route === 'src' || route === 'bundled') {
      stage.innerHTML = Array.from({ length: n }, (_, i) =>
        '<ms-study-card ' + (route === 'src' ? 'src="/data/studies.json?' + this.run + '" ' : '') + 'study-id="' + studies[i % studies.length].id + '"></ms-study-card>').join('');
      cards = [...stage.children];
    } else {
      const fragment = document.createDocumentFragment();
      cards = Array.from({ length: n }, (_, i) => {
        const card = document.createElement('ms-study-card');
        if (compact) card.setAttribute('compact', '');
        card.study = studies[i % studies.length];
        fragment.append(card);
        return card;
      });
      stage.append(fragment);
    }
    await settle(cards);
    void stage.offsetHeight;
    const ms = performance.now() - t0;
    if (!cards.every((c) => c.shadowRoot.querySelector('[part~="title"]'))) throw new Error('a card did not render (' + route + ')');
    this.run++;
    return ms;
  },
  run: 0,
  /** Floor markup for n cards: the rendered cards of each study, as static HTML. */
  async floorHtml(n, compact) {
    await this.cards(this.data.studies.length, { compact });
    const each = [...stage.children].map(asStatic);
    return Array.from({ length: n }, (_, i) => each[i % each.length]).join('');
  },
  async insert(html) {
    await clear();
    const t0 = performance.now();
    stage.setHTMLUnsafe(html);
    void stage.offsetHeight;
    const ms = performance.now() - t0;
    if (!stage.firstElementChild.shadowRoot) throw new Error('declarative shadow DOM was not attached');
    return ms;
  },
  async update(n, what) {
    await this.cards(n, { compact: what === 'open' });
    const cards = [...stage.children];
    const { studies } = this.data;
    await frame();
    const t0 = performance.now();
    cards.forEach((c, i) => (what === 'open' ? (c.open = true) : (c.study = studies[(i + 1) % studies.length])));
    await settle(cards);
    void stage.offsetHeight;
    return performance.now() - t0;
  },
  async comparison() {
    await clear();
    const t0 = performance.now();
    const el = document.createElement('treatment-comparison');
    el.treatments = this.data.treatments.slice(0, 12);
    el.criteria = this.data.criteria;
    stage.append(el);
    await el.updateComplete;
    void stage.offsetHeight;
    const ms = performance.now() - t0;
    if (el.shadowRoot.querySelectorAll('thead th[scope="col"]').length !== 12) throw new Error('comparison did not render 12 options');
    return ms;
  },
  async comparisonFloor() {
    await this.comparison();
    return asStatic(stage.firstElementChild);
  },
};
window.benchReady = true;
`;

/** Runs the render measurements and prints their tables. */
export async function renderBench(): Promise<void> {
  const { url, server } = await serve(process.cwd(), { '/bench.html': page });
  const browser = await launch(['--js-flags=--expose-gc']);
  try {
    const tab = await browser.newPage();
    await tab.setViewport({ width: 1280, height: 800 });
    // The page script is served as a file, like any page's own script.
    await tab.setRequestInterception(true);
    tab.on('request', (req) =>
      req.url().endsWith('/bench-page.js')
        ? void req.respond({ status: 200, contentType: 'text/javascript', body: pageScript })
        : void req.continue(),
    );
    await tab.goto(`${url}/bench.html`);
    await tab.waitForFunction(() => (window as unknown as { benchReady?: boolean }).benchReady && customElements.get('ms-study-card'));
    const criteria = ['aim', 'regulatory', 'evidence', 'route', 'frequency', 'benefits', 'risks', 'monitoring', 'limitations', 'sources'];
    await tab.evaluate((data) => ((window as unknown as { bench: { data: unknown } }).bench.data = data), {
      studies,
      treatments,
      criteria,
    } as never);

    type Call = [string, ...unknown[]];
    const call = (name: string, ...args: unknown[]) =>
      tab.evaluate(
        (n: string, a: unknown[]) =>
          (window as unknown as { bench: Record<string, (...x: unknown[]) => Promise<unknown>> }).bench[n]!(...a),
        name,
        args,
      );
    /** Median of RUNS runs of a measurement, after a warm-up run; runs of paired measurements alternate. */
    async function medians(calls: Call[]): Promise<number[]> {
      const times: number[][] = calls.map(() => []);
      for (let run = -1; run < RUNS; run++) {
        for (const [i, [name, ...args]] of calls.entries()) {
          const ms = (await call(name, ...args)) as number;
          if (run >= 0) times[i]!.push(ms);
        }
      }
      return times.map(median);
    }

    const fullFloor = (await call('floorHtml', N, false)) as string;
    const compactFloor = (await call('floorHtml', N, true)) as string;
    const comparisonFloor = (await call('comparisonFloor')) as string;

    const [full, fullStatic, compact, compactStatic] = await medians([
      ['cards', N, { compact: false }],
      ['insert', fullFloor],
      ['cards', N, { compact: true }],
      ['insert', compactFloor],
    ]);
    const [newStudy, open] = await medians([
      ['update', N, 'study'],
      ['update', N, 'open'],
    ]);
    const [comparison, comparisonStatic] = await medians([['comparison'], ['insert', comparisonFloor]]);
    const ROUTE_LABELS = {
      property: 'property',
      inline: 'inline JSON child',
      provider: 'provider by id',
      src: 'src (one shared request)',
      bundled: 'bundled data by id',
    };
    const routes = Object.keys(ROUTE_LABELS) as (keyof typeof ROUTE_LABELS)[];
    const routeTimes = await medians(routes.map((route) => ['cards', N, { route }] as Call));

    const f = (ms: number) => `${ms.toFixed(0)} ms`;
    const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
    console.log(`Render benchmark: Chromium, built CDN bundle, medians of ${RUNS} runs after a warm-up run, 1,280 × 800\n`);
    console.table([
      {
        measurement: `${N} full study cards`,
        library: f(full!),
        'static DSD floor': f(fullStatic!),
        ratio: ratio(full!, fullStatic!),
        goal: '≤ 1.25×',
      },
      {
        measurement: `${N} compact study cards`,
        library: f(compact!),
        'static DSD floor': f(compactStatic!),
        ratio: ratio(compact!, compactStatic!),
        goal: '',
      },
      {
        measurement: 'comparison, 12 options × 10 criteria',
        library: f(comparison!),
        'static DSD floor': f(comparisonStatic!),
        ratio: ratio(comparison!, comparisonStatic!),
        goal: '',
      },
    ]);
    console.table([
      { update: `a new .study on ${N} full cards`, time: f(newStudy!), 'per card': `${((newStudy! / N) * 1000).toFixed(0)} µs` },
      { update: `open on ${N} compact cards`, time: f(open!), 'per card': `${((open! / N) * 1000).toFixed(0)} µs` },
    ]);
    console.table(
      routes.map((route, i) => ({
        [`data route (${N} full cards)`]: ROUTE_LABELS[route],
        time: f(routeTimes[i]!),
        'vs property': ratio(routeTimes[i]!, routeTimes[0]!),
      })),
    );
  } finally {
    await browser.close();
    server.close();
  }
}
