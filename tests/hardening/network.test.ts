// Broken networks: timeouts, aborts, error answers and slow answers reach their designed states
// with Retry; one request per provider for all its consumers; no request at all for inline data.
import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import '../../src/index.js';
import type { MsStudyCard } from '../../src/ms-study-card.js';
import type { TreatmentComparison } from '../../src/treatment-comparison.js';
import type { MsEvidenceProvider } from '../../src/ms-evidence-provider.js';
import type { MsReviewInfo } from '../../src/ms-review-info.js';
import { clearJsonCache, setFetchTimeout } from '../../src/components/shared/fetch-json.js';
import treatmentsFile from '../../data/treatments.json';
import studiesFile from '../../data/studies.json';

type Updating = Element & { updateComplete: Promise<unknown> };
const seen = (el: Element) =>
  ((el.shadowRoot!.querySelector('[part~="base"]') as HTMLElement | null)?.innerText ?? '').replace(/\s+/g, ' ').trim();
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Every fetch() the library makes during a test: URL and signal. */
let requests: { url: string; signal: AbortSignal | undefined }[] = [];
const realFetch = window.fetch;
const originalWarn = console.warn;
beforeEach(() => {
  requests = [];
  clearJsonCache();
  console.warn = () => undefined;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    requests.push({ url: String(input), signal: init?.signal ?? undefined });
    return realFetch(input, init);
  };
});
afterEach(() => {
  window.fetch = realFetch;
  console.warn = originalWarn;
  setFetchTimeout(15000);
});

describe('network: timeouts and aborts', () => {
  it('a response slower than the timeout gives a timeout message and Retry, and Retry can succeed', async () => {
    setFetchTimeout(200);
    const el = await fixture<MsStudyCard>(html`<ms-study-card src="/test-api/slow/lu-2020?ms=1000"></ms-study-card>`);
    expect(seen(el)).to.equal('The study could not be loaded The server did not answer within 0 seconds. Retry');
    expect(requests[0]!.signal!.aborted, 'the slow request is aborted').to.be.true;
    setFetchTimeout(5000);
    (el.shadowRoot!.querySelector('[part~="retry"]') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(seen(el)).to.contain('10-Year Follow-Up');
    expect(requests).to.have.length(2);
  });

  it('removing an element aborts its request', async () => {
    const el = fixtureSync<MsStudyCard>(html`<ms-study-card src="/test-api/slow/lu-2020?ms=2000"></ms-study-card>`);
    await wait(50);
    expect(requests).to.have.length(1);
    el.remove();
    expect(requests[0]!.signal!.aborted).to.be.true;
  });

  it('changing src aborts the old request, and the late answer never replaces the new one', async () => {
    const el = fixtureSync<MsStudyCard>(html`<ms-study-card src="/test-api/slow/riordan-2018?ms=600"></ms-study-card>`);
    await wait(50);
    el.src = '/test-api/study/lu-2020';
    await el.updateComplete;
    expect(requests[0]!.signal!.aborted, 'old request aborted').to.be.true;
    await wait(800);
    await el.updateComplete;
    expect(seen(el)).to.contain('10-Year Follow-Up');
  });

  it('a request shared by two cards survives one of them leaving', async () => {
    const a = fixtureSync<MsStudyCard>(html`<ms-study-card src="/test-api/slow/lu-2020?ms=300"></ms-study-card>`);
    const b = fixtureSync<MsStudyCard>(html`<ms-study-card src="/test-api/slow/lu-2020?ms=300"></ms-study-card>`);
    await wait(50);
    a.remove();
    expect(requests[0]!.signal!.aborted).to.be.false;
    await b.updateComplete;
    expect(seen(b)).to.contain('10-Year Follow-Up');
    expect(requests).to.have.length(1);
  });
});

describe('network: every failure reaches its designed state, for every element that fetches', () => {
  const failures: [string, string][] = [
    ['/test-api/status/404', 'The data file was not found (HTTP 404).'],
    ['/test-api/status/500', 'The server had a problem (HTTP 500).'],
    ['/test-api/status/403', 'The server refused the request (HTTP 403).'],
    ['/test-api/html', 'The server did not send JSON data.'],
    ['/test-api/bad-json', 'The data file is not valid JSON.'],
  ];
  for (const [url, message] of failures) {
    it(`${url}: comparison, review line and provider consumers say so, with Retry`, async () => {
      const comparison = await fixture<TreatmentComparison>(html`<treatment-comparison src=${url}></treatment-comparison>`);
      expect(seen(comparison)).to.equal(`The treatment options could not be loaded ${message} Retry`);
      const review = await fixture<MsReviewInfo>(html`<ms-review-info src=${url}></ms-review-info>`);
      expect(seen(review)).to.equal(`Review information could not be loaded ${message} Retry`);
      const provider = await fixture<MsEvidenceProvider>(
        html`<ms-evidence-provider src=${url}><ms-study-card study-id="lu-2020"></ms-study-card></ms-evidence-provider>`,
      );
      const card = provider.querySelector<MsStudyCard>('ms-study-card')!;
      await card.updateComplete;
      expect(seen(card)).to.equal(`The study could not be loaded ${message} Retry`);
      await expect(card).to.be.accessible();
    });
  }

  it('Retry on one consumer of a failed provider loads once for all of them', async () => {
    const url = `/test-api/flaky/${crypto.randomUUID()}?dataset`;
    const provider = await fixture<MsEvidenceProvider>(html`
      <ms-evidence-provider src=${url}>
        <ms-study-card study-id="lu-2020"></ms-study-card>
        <ms-study-card study-id="riordan-2018"></ms-study-card>
      </ms-evidence-provider>
    `);
    const [a, b] = [...provider.querySelectorAll<MsStudyCard>('ms-study-card')];
    await Promise.all([a!.updateComplete, b!.updateComplete]);
    expect(seen(a!)).to.contain('(HTTP 503)');
    expect(seen(b!)).to.contain('(HTTP 503)');
    (a!.shadowRoot!.querySelector('[part~="retry"]') as HTMLButtonElement).click();
    await provider.updateComplete;
    await Promise.all([a!.updateComplete, b!.updateComplete]);
    expect(seen(a!)).to.contain('10-Year Follow-Up');
    expect(seen(b!)).to.contain('Clinical feasibility of umbilical cord');
    expect(requests.filter((r) => r.url.includes(url.split('?')[0]!))).to.have.length(2);
  });
});

describe('network: requests are shared, and none is made for inline data', () => {
  it('one request per provider, whatever the number of consumers', async () => {
    const url = `/test-api/dataset?n=${crypto.randomUUID()}`;
    const provider = await fixture<MsEvidenceProvider>(html`
      <ms-evidence-provider src=${url}>
        <ms-study-card study-id="lu-2020"></ms-study-card>
        <ms-study-card study-id="riordan-2018" compact></ms-study-card>
        <ms-study-card study-id="jamali-2024"></ms-study-card>
        <treatment-comparison treatment-ids="natalizumab ocrelizumab"></treatment-comparison>
        <treatment-comparison category="cell-therapy"></treatment-comparison>
      </ms-evidence-provider>
    `);
    const consumers = [...provider.children] as Updating[];
    await Promise.all(consumers.map((c) => c.updateComplete));
    for (const c of consumers) expect(c.shadowRoot!.querySelector('[part~="problem"]'), c.outerHTML).to.not.exist;
    expect(requests.map((r) => r.url)).to.deep.equal([new URL(url, location.href).href]);
  });

  it('no request at all when every element and the provider have inline or property data', async () => {
    const study = JSON.stringify(studiesFile.studies[0]);
    const dataset = JSON.stringify({ studies: studiesFile.studies, treatments: treatmentsFile.treatments });
    const holder = await fixture<HTMLDivElement>(`<div>
      <ms-study-card><script type="application/json">${study}</script></ms-study-card>
      <ms-evidence-provider>
        <script type="application/json">${dataset}</script>
        <ms-study-card study-id="lu-2020"></ms-study-card>
        <treatment-comparison treatment-ids="natalizumab"></treatment-comparison>
      </ms-evidence-provider>
      <ms-review-info reviewer="Dr A Example" last-reviewed="2026-01-05"></ms-review-info>
    </div>`);
    const card = document.createElement('ms-study-card') as MsStudyCard;
    card.study = studiesFile.studies[1] as never;
    holder.append(card);
    const all = [...holder.querySelectorAll('ms-study-card, treatment-comparison, ms-review-info, ms-evidence-provider')] as Updating[];
    await Promise.all(all.map((el) => el.updateComplete));
    for (const el of all.filter((e) => e.localName !== 'ms-evidence-provider'))
      expect(el.shadowRoot!.querySelector('[part~="problem"]'), el.localName).to.not.exist;
    expect(requests).to.deep.equal([]);
  });
});
