// Every fact in the JSON-LD an element emits is visible on the page (or is a link the page shows).
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { Study } from '../src/model/schema.js';
import studiesFile from '../data/studies.json';
import page from '../data/page.json';
import { jsonLdScript, studyJsonLd } from '../src/model/structured-data.js';
import { minimalStudy, randomisedTrial, variant } from './fixtures/records.js';

const seed = studiesFile.studies as unknown as Study[];
const jamali = () => structuredClone(seed.find((s) => s.id === 'jamali-2024')!);
const NOT_FACTS = new Set(['@context', '@type', 'propertyID', 'trialDesign']);

/** Every fact (string leaf) of a JSON-LD document, with its key. */
function facts(node: unknown, key = ''): [string, string][] {
  if (typeof node === 'string') return NOT_FACTS.has(key) ? [] : [[key, node]];
  if (Array.isArray(node)) return node.flatMap((n) => facts(n, key));
  if (node && typeof node === 'object') return Object.entries(node).flatMap(([k, v]) => facts(v, k));
  return [];
}

function jsonLdOf(el: Element): Record<string, unknown> {
  const scripts = el.querySelectorAll(':scope > script[type="application/ld+json"]');
  expect(scripts, 'one JSON-LD script').to.have.length(1);
  return JSON.parse(scripts[0]!.textContent!);
}

function expectAllVisible(el: Element, data: unknown): void {
  const shadow = el.shadowRoot!;
  shadow.querySelectorAll('details').forEach((d) => (d.open = true));
  // Everything, as print shows it: a card's closed details too.
  shadow.querySelectorAll('[hidden]').forEach((h) => h.removeAttribute('hidden'));
  const visible = [...shadow.querySelectorAll<HTMLElement>('[part~="base"]')]
    .map((b) => b.innerText)
    .join(' ')
    .replace(/\s+/g, ' ');
  const hrefs = [...shadow.querySelectorAll('a')].map((a) => a.href);
  const datetimes = [...shadow.querySelectorAll('time')].map((t) => t.getAttribute('datetime'));
  const list = facts(data);
  expect(list.length).to.be.greaterThan(2);
  for (const [key, value] of list) {
    if (/^https:\/\//.test(value)) expect(hrefs, `${key}: ${value}`).to.include(value);
    else if (key === 'lastReviewed') expect(datetimes, `${key}: ${value}`).to.include(value);
    else expect(visible, `${key}: ${value}`).to.contain(value);
  }
}

describe('structured data', () => {
  for (const study of [...seed, randomisedTrial()]) {
    it(`study card: MedicalScholarlyArticle for ${study.id}, every fact visible`, async () => {
      const el = await fixture(html`<ms-study-card structured-data .study=${structuredClone(study)}></ms-study-card>`);
      const data = jsonLdOf(el);
      expect(data['@type']).to.equal('MedicalScholarlyArticle');
      expect((data.about as { '@type': string })['@type']).to.equal(
        study.design.type === 'interventional' ? 'MedicalTrial' : 'MedicalObservationalStudy',
      );
      expectAllVisible(el, data);
    });
  }

  it('study card: identifiers included', async () => {
    const el = await fixture(html`<ms-study-card structured-data study-id="lu-2020"></ms-study-card>`);
    const data = jsonLdOf(el);
    expect(data.identifier).to.deep.equal([
      { '@type': 'PropertyValue', propertyID: 'PMID', value: '33013641' },
      { '@type': 'PropertyValue', propertyID: 'DOI', value: '10.3389/fneur.2020.00967' },
      { '@type': 'PropertyValue', propertyID: 'PMCID', value: 'PMC7506071' },
    ]);
    expect((data.about as { healthCondition: { name: string }[] }).healthCondition.map((c) => c.name)).to.deep.equal([
      'relapsing-remitting MS',
      'neuromyelitis optica',
    ]);
  });

  it('randomised trial: trial design and phase', async () => {
    const el = await fixture(html`<ms-study-card structured-data .study=${randomisedTrial()}></ms-study-card>`);
    expect(jsonLdOf(el).about).to.include({ phase: 'Phase 3' });
    expect((jsonLdOf(el).about as { trialDesign: string[] }).trialDesign).to.deep.equal([
      'https://schema.org/RandomizedTrial',
      'https://schema.org/PlaceboControlledTrial',
      'https://schema.org/DoubleBlindedTrial',
    ]);
    // Each trialDesign value stands for something the card says in words.
    const design = (el.shadowRoot!.querySelector('[part~="design"]') as HTMLElement).innerText;
    for (const words of ['Phase 3', 'Randomised', 'Placebo control', 'Double blind']) expect(design).to.contain(words);
  });

  it('comparison: Drug and MedicalTherapy with legal status, only for the criteria shown', async () => {
    const el = await fixture(
      html`<div style="width:1200px">
        <treatment-comparison structured-data treatment-ids="natalizumab umbilical-cord-msc-therapy"></treatment-comparison>
      </div>`,
    ).then((d) => d.firstElementChild!);
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const data = jsonLdOf(el);
    const graph = data['@graph'] as Record<string, unknown>[];
    expect(graph.map((g) => [g['@type'], g.name, g.legalStatus])).to.deep.equal([
      [
        'Drug',
        'Natalizumab (Tysabri)',
        'FDA-approved for relapsing forms of MS (since 2004; withdrawn 2005, back in 2006 under a restricted programme)',
      ],
      [
        'MedicalTherapy',
        'Umbilical-cord mesenchymal stem cell (MSC) therapy',
        'Unapproved — not FDA-approved for MS; offered outside clinical trials',
      ],
    ]);
    expectAllVisible(el, data);
    const narrow = await fixture(
      html`<treatment-comparison structured-data treatment-ids="natalizumab" criteria="aim"></treatment-comparison>`,
    );
    expect(jsonLdOf(narrow)['@graph']).to.deep.equal([
      {
        '@type': 'Drug',
        name: 'Natalizumab (Tysabri)',
        description: 'Reduce relapses and slow the build-up of disability in relapsing forms of MS',
      },
    ]);
  });

  it('review line: MedicalWebPage with lastReviewed and reviewedBy', async () => {
    const provider = await fixture(
      html`<ms-evidence-provider .data=${{ page: page.page }}><ms-review-info structured-data></ms-review-info></ms-evidence-provider>`,
    );
    const el = provider.querySelector('ms-review-info')!;
    await el.updateComplete;
    const data = jsonLdOf(el);
    expect(data).to.deep.equal({
      '@context': 'https://schema.org',
      '@type': 'MedicalWebPage',
      lastReviewed: '2025-10',
      reviewedBy: { '@type': 'Person', name: 'Dr. Gerald Mastaw', jobTitle: 'MD, Board-Certified Physician' },
    });
    expectAllVisible(el, data);
  });

  it('is opt-in, and removed when switched off or when the data becomes invalid', async () => {
    const el = await fixture<HTMLElement & { structuredData: boolean; study: unknown; updateComplete: Promise<unknown> }>(
      html`<ms-study-card .study=${minimalStudy()}></ms-study-card>`,
    );
    expect(el.querySelector('script')).to.be.null;
    el.structuredData = true;
    await el.updateComplete;
    expect(el.querySelectorAll('script[type="application/ld+json"]')).to.have.length(1);
    el.study = variant(minimalStudy(), (s) => (s.design.phase = 'x'));
    await el.updateComplete;
    expect(el.querySelector('script')).to.be.null;
  });

  it('the server-side function escapes markup inside the script', () => {
    const study = variant(minimalStudy(), (s) => (s.citation.title = '</script><script>alert(1)</script>')) as Study;
    const text = jsonLdScript(studyJsonLd(study));
    expect(text.match(/<\/script>/g)).to.have.length(1);
    expect(text).to.contain('\\u003c/script>');
  });
});

describe('structured data: only verified facts', () => {
  it('structured data leaves out an unverified journal and PubMed id', () => {
    const data = studyJsonLd(jamali());
    expect(data.identifier).to.be.undefined;
    expect(data.isPartOf).to.be.undefined;
    expect(data.sameAs).to.be.undefined;
  });
});
