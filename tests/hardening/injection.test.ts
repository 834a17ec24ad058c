// Injection: hostile strings in every string and identifier field, through every data route:
// zero executions, zero injected elements, links only https built from identifiers.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { Study, Treatment } from '../../src/model/schema.js';
import studiesFile from '../../data/studies.json';
import treatmentsFile from '../../data/treatments.json';
import { clearJsonCache } from '../../src/components/shared/fetch-json.js';
import { PAYLOADS, stringPaths, withString } from './corpus.js';
import { validatePage, validateReview, validateStudy, validateTreatment } from '../../src/model/validate.js';
import pageFile from '../../data/page.json';

const riordan = (studiesFile.studies as unknown as Study[]).find((s) => s.id === 'riordan-2018')!;
const lu = (studiesFile.studies as unknown as Study[]).find((s) => s.id === 'lu-2020')!;
const msc = (treatmentsFile.treatments as unknown as Treatment[]).find((t) => t.id === 'umbilical-cord-msc-therapy')!;
const natalizumab = (treatmentsFile.treatments as unknown as Treatment[]).find((t) => t.id === 'natalizumab')!;
const ALLOWED_HOSTS =
  /^https:\/\/(pubmed\.ncbi\.nlm\.nih\.gov|doi\.org|pmc\.ncbi\.nlm\.nih\.gov|clinicaltrials\.gov|www\.isrctn\.com|dailymed\.nlm\.nih\.gov|[a-z0-9.-]+\.[a-z]{2,})\//;
const FORBIDDEN = 'script, img, svg, iframe, object, embed, style, template, math, frame, link, meta, form, input';

declare global {
  interface Window {
    __pwned?: number;
  }
}

/** Checks a rendered element tree for anything the data could have injected. */
function assertInert(el: Element, context: string): void {
  const root = el.shadowRoot!;
  expect(root.querySelector('[part~="base"]'), `${context}: rendered`).to.exist;
  expect(root.querySelectorAll(FORBIDDEN).length, `${context}: injected elements`).to.equal(0);
  for (const node of root.querySelectorAll('*')) {
    for (const attr of node.attributes) expect(attr.name.startsWith('on'), `${context}: ${attr.name} attribute`).to.be.false;
  }
  for (const a of root.querySelectorAll('a')) {
    expect(a.getAttribute('href'), `${context}: link`).to.match(ALLOWED_HOSTS);
    expect(a.protocol, `${context}: link protocol`).to.equal('https:');
  }
  // The element's light DOM: only what the page put there, plus at most one JSON-LD script.
  for (const child of el.querySelectorAll('script'))
    expect(child.type, `${context}: light DOM script`).to.be.oneOf(['application/json', 'application/ld+json']);
  expect(window.__pwned, `${context}: executed`).to.be.undefined;
}

const echo = (data: unknown) =>
  `/test-api/echo?d=${btoa(unescape(encodeURIComponent(JSON.stringify(data))))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '')}`;

async function render(route: string, tag: 'ms-study-card' | 'treatment-comparison', data: unknown): Promise<Element> {
  clearJsonCache();
  const prop = tag === 'ms-study-card' ? 'study' : 'treatments';
  const value = tag === 'ms-study-card' ? data : [data];
  let el: Element;
  if (route === 'property') {
    el = document.createElement(tag);
    (el as unknown as Record<string, unknown>)[prop] = value;
    el.setAttribute('structured-data', '');
    el = await fixture(el);
  } else if (route === 'inline') {
    const holder = document.createElement('div');
    holder.innerHTML = `<${tag} structured-data></${tag}>`;
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(value);
    holder.firstElementChild!.append(script);
    el = await fixture(holder.firstElementChild as HTMLElement);
  } else if (route === 'src') {
    el = await fixture(`<${tag} structured-data src="${echo(value)}"></${tag}>`);
  } else {
    const provider = await fixture(
      html`<ms-evidence-provider .data=${tag === 'ms-study-card' ? { studies: [data] } : { treatments: [data] }}></ms-evidence-provider>`,
    );
    provider.innerHTML =
      tag === 'ms-study-card'
        ? `<ms-study-card structured-data study-id="${(data as Study).id}"></ms-study-card>`
        : `<treatment-comparison structured-data treatment-ids="${(data as Treatment).id}"></treatment-comparison>`;
    el = provider.firstElementChild!;
  }
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  await new Promise((r) => setTimeout(r, 0));
  return el;
}

const ROUTES = ['property', 'inline', 'src', 'provider'];

describe('injection corpus', function () {
  this.timeout(300000);
  const originalWarn = console.warn;
  before(() => (console.warn = () => undefined));
  after(() => (console.warn = originalWarn));

  /**
   * The payload in every free-text field at once (every string the schema accepts any text for),
   * so each payload reaches every rendered field in one render per route.
   */
  function everywhere<T>(
    record: T,
    payload: string,
    validate: (r: unknown) => { ok: boolean },
  ): { record: T; text: string[]; constrained: string[] } {
    let copy = record;
    const text: string[] = [];
    const constrained: string[] = [];
    for (const path of stringPaths(record).filter((p) => p !== 'id')) {
      const candidate = withString(copy, path, `${payload} ${path}`);
      if (validate(candidate).ok) {
        copy = candidate;
        text.push(path);
      } else constrained.push(path);
    }
    return { record: copy, text, constrained };
  }

  for (const [name, tag, base, validate] of [
    ['riordan-2018', 'ms-study-card', riordan, validateStudy],
    ['lu-2020', 'ms-study-card', lu, validateStudy],
    ['umbilical-cord-msc-therapy', 'treatment-comparison', msc, validateTreatment],
    ['natalizumab', 'treatment-comparison', natalizumab, validateTreatment],
  ] as const) {
    it(`${name}: every payload in every free-text field, by every route`, async () => {
      for (const payload of PAYLOADS) {
        const { record, text } = everywhere<unknown>(base, payload, validate);
        expect(text.length, 'free-text fields').to.be.greaterThan(15);
        for (const route of ROUTES) {
          const el = await render(route, tag, record);
          assertInert(el, `${route} ${payload}`);
          // The payload is on the page as text: the title or name reads it back literally.
          const heading = el.shadowRoot!.querySelector(tag === 'ms-study-card' ? '[part~="title"]' : 'th[scope="col"]');
          expect(heading?.textContent, `${route} ${payload}: shown as text`).to.contain(payload.trim());
        }
      }
    });

    it(`${name}: a payload in a constrained field (id, date, identifier, choice) is refused and shown as text`, async () => {
      const el = document.createElement(tag) as HTMLElement & { study?: unknown; treatments?: unknown; updateComplete: Promise<unknown> };
      await fixture(el);
      const { constrained } = everywhere<unknown>(base, PAYLOADS[0]!, validate);
      const identifiers = ['citation.doi', 'citation.pmid', 'citation.pmcid', 'citation.registrations.0.id', 'sources.0.url'];
      expect(constrained, 'identifier fields are constrained').to.include.members(stringPaths(base).filter((p) => identifiers.includes(p)));
      for (const payload of PAYLOADS) {
        for (const path of constrained) {
          const record = withString(base, path, payload);
          if (tag === 'ms-study-card') el.study = record;
          else el.treatments = [record];
          await el.updateComplete;
          assertInert(el, `${path} ${payload}`);
          expect(el.shadowRoot!.textContent, `${path} ${payload}`).to.contain('cannot be shown');
        }
      }
    });
  }

  it('page content: the review and the notices take hostile text as text, by every route', async () => {
    const page = pageFile.page as unknown;
    const review = (pageFile.page as { review: unknown }).review;
    for (const payload of PAYLOADS) {
      const { record: hostileReview, text: reviewFields } = everywhere<unknown>(review, payload, validateReview);
      expect(reviewFields, 'review fields').to.include.members(['reviewer.name', 'reviewer.credentials', 'note']);
      const { record: hostilePage, text: pageFields } = everywhere<unknown>(page, payload, validatePage);
      expect(pageFields.filter((f) => f.startsWith('notices.')).length, 'notice fields').to.be.greaterThan(2);
      const dataset = { page: hostilePage };

      const byProperty = await fixture(html`<ms-review-info structured-data .review=${hostileReview}></ms-review-info>`);
      const holder = document.createElement('div');
      holder.innerHTML = '<ms-review-info structured-data><script type="application/json"></script></ms-review-info>';
      holder.querySelector('script')!.textContent = JSON.stringify(hostileReview);
      const inline = await fixture(holder.firstElementChild as HTMLElement);
      clearJsonCache();
      const bySrc = await fixture(`<ms-review-info structured-data src="${echo(dataset)}"></ms-review-info>`);
      const provider = await fixture(html`<ms-evidence-provider .data=${dataset}></ms-evidence-provider>`);
      provider.innerHTML =
        '<ms-review-info structured-data></ms-review-info><medical-disclaimer kind="educational not-approved consult" therapy="X"></medical-disclaimer>';
      const [fromProvider, disclaimer] = [...provider.children];
      for (const [route, el] of [
        ['property', byProperty],
        ['inline', inline],
        ['src', bySrc],
        ['provider', fromProvider!],
        ['disclaimer from provider', disclaimer!],
      ] as const) {
        await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        await new Promise((r) => setTimeout(r, 0));
        assertInert(el, `${route} ${payload}`);
        expect(el.shadowRoot!.textContent, `${route} ${payload}: shown as text`).to.contain(payload.trim());
      }
    }
  });

  it('ids, attributes and the review line take hostile text as text', async () => {
    for (const payload of PAYLOADS) {
      const card = await fixture(html`<ms-study-card study-id=${payload}></ms-study-card>`);
      await (card as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      assertInert(card, `study-id ${payload}`);
      const review = await fixture(
        html`<ms-review-info reviewer=${payload} credentials=${payload} last-reviewed="2026-01-01">${payload}</ms-review-info>`,
      );
      await (review as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      assertInert(review, `review ${payload}`);
      const disclaimer = await fixture(
        html`<medical-disclaimer kind=${`not-approved ${payload}`} therapy=${payload}></medical-disclaimer>`,
      );
      await (disclaimer as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      assertInert(disclaimer, `disclaimer ${payload}`);
      const comparison = await fixture(
        html`<treatment-comparison treatment-ids=${payload} criteria=${payload} caption=${payload}></treatment-comparison>`,
      );
      await (comparison as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      assertInert(comparison, `comparison attributes ${payload}`);
    }
  });
});
