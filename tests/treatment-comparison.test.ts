import { expect, fixture, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/treatment-comparison.js';
import '../src/ms-evidence-provider.js';
import type { TreatmentComparison } from '../src/treatment-comparison.js';
import type { Treatment } from '../src/model/schema.js';
import treatmentsFile from '../data/treatments.json';
import { exampleTreatment, variant } from './fixtures/records.js';
import { captureWarnings, part, root, seen } from './helpers.js';

const all = treatmentsFile.treatments as unknown as Treatment[];
const byId = (id: string) => structuredClone(all.find((t) => t.id === id)!);
const colHeaders = (el: TreatmentComparison) =>
  [...root(el).querySelectorAll('thead th[scope="col"]')].map((th) => th.querySelector('button')!.textContent!.trim());
const rowHeaders = (el: TreatmentComparison) => [...root(el).querySelectorAll('tbody th[scope="row"]')].map((th) => th.textContent!.trim());

const warnings = captureWarnings();

const SEED_CATEGORIES = [
  'Disease-modifying therapies (DMTs)',
  'Corticosteroids for relapses',
  'Symptom management',
  'Physical and occupational therapy',
  'Lifestyle and supportive care',
  'Umbilical-cord mesenchymal stem cell (MSC) therapy',
];

describe('<treatment-comparison> table', () => {
  let el: TreatmentComparison;
  beforeEach(async () => {
    el = await fixture(html`<div style="width:1400px"><treatment-comparison></treatment-comparison></div>`).then(
      (d) => d.firstElementChild as TreatmentComparison,
    );
    await el.updateComplete;
  });

  it('is a real table with a caption, a column per option and a row per criterion', () => {
    const table = root(el).querySelector('table')!;
    expect(table.checkVisibility()).to.be.true;
    expect(table.querySelector('caption')!.textContent!.trim()).to.equal('MS treatment options compared');
    expect(colHeaders(el)).to.deep.equal(SEED_CATEGORIES);
    expect(rowHeaders(el)).to.deep.equal([
      'What is it for?',
      'Is it approved for MS?',
      'How strong is the evidence?',
      'How is it given?',
      'How often?',
      'What are the risks?',
    ]);
    for (const row of table.querySelectorAll('tbody tr')) expect(row.querySelectorAll('td').length).to.equal(6);
    // Sources wait in one closed disclosure, so a keyboard does not cross every link.
    const sources = root(el).querySelector<HTMLDetailsElement>('details[part="sources"]')!;
    expect(sources.open).to.be.false;
    expect(sources.querySelectorAll('a').length).to.be.greaterThan(5);
  });

  it('marks the unapproved option in its column header', () => {
    const headers = [...root(el).querySelectorAll('thead th')].map((th) => seen(th));
    expect(headers[5]).to.contain('Unapproved');
    expect(headers.slice(0, 5).some((h) => h.includes('Unapproved'))).to.be.false;
  });

  it('gives each option its regulatory label', () => {
    const cells = [...root(el).querySelectorAll('tr.row-regulatory td')].map((td) => seen(td.querySelector('[part="regulatory"]')));
    expect(cells).to.deep.equal([
      'FDA-approved for relapsing forms of MS and for primary progressive MS',
      'FDA-approved to treat MS relapses',
      'FDA-approved for spasticity (including in MS) and to improve walking in MS',
      'Not a medicine: drug approval does not apply',
      'Not a medicine: drug approval does not apply',
      '⚠ Unapproved — not FDA-approved for MS; offered outside clinical trials',
    ]);
  });

  it('shows every figure with its comparator, its trial and a source link', () => {
    const findings = [...root(el).querySelectorAll('table .finding')];
    expect(findings.length).to.be.greaterThan(3);
    for (const f of findings) {
      expect(seen(f), seen(f)).to.match(/compared with (placebo|interferon beta-1a)/);
      expect(f.closest('.key-study')!.querySelector('strong')!.textContent).to.not.be.empty;
      const link = f.querySelector('a')!;
      expect(link.href).to.match(/^https:\/\//);
      expect(link.getAttribute('aria-label')).to.match(/^Source for .+: .+/);
    }
    expect(seen(root(el).querySelector('table .finding'))).to.equal(
      'Relapse rate at one year (primary endpoint): 68% lower relapse rate (relative reduction): 0.26 vs 0.81 relapses per person per year compared with placebo, 1 year. Source',
    );
  });

  it('says the figures are not comparable and the options not ranked', () => {
    expect(seen(root(el).querySelector('[part="note"]'))).to.contain(
      'They cannot be compared across options, and the options are not ranked',
    );
  });

  it('shows "Not reported" for an empty cell', () => {
    const lifestyleFrequency = root(el).querySelectorAll('tr.row-frequency td')[4]!;
    expect(seen(lifestyleFrequency)).to.equal('Not reported');
  });

  it('is accessible', async () => {
    await expect(el).to.be.accessible();
  });
});

describe('<treatment-comparison> choices', () => {
  it('keeps the order the page gives, never sorting by efficacy', async () => {
    const el = await fixture<TreatmentComparison>(
      html`<treatment-comparison treatment-ids="glatiramer-acetate ocrelizumab natalizumab"></treatment-comparison>`,
    );
    expect(colHeaders(el)).to.deep.equal(['Glatiramer acetate (Copaxone)', 'Ocrelizumab (Ocrevus)', 'Natalizumab (Tysabri)']);
    const reversed = await fixture<TreatmentComparison>(
      html`<treatment-comparison treatment-ids="natalizumab, ocrelizumab, glatiramer-acetate"></treatment-comparison>`,
    );
    expect(colHeaders(reversed)).to.deep.equal(['Natalizumab (Tysabri)', 'Ocrelizumab (Ocrevus)', 'Glatiramer acetate (Copaxone)']);
  });

  it('shows the criteria asked for, in order, with sources last', async () => {
    const el = await fixture<TreatmentComparison>(
      html`<treatment-comparison
        treatment-ids="natalizumab dimethyl-fumarate"
        criteria="monitoring, benefits, aim"
      ></treatment-comparison>`,
    );
    // Benefits on screen bring the risks row with them.
    expect(rowHeaders(el)).to.deep.equal(['What checks are needed?', 'What are the benefits?', 'What are the risks?', 'What is it for?']);
    expect(seen(root(el).querySelector('[part="sources"] summary'))).to.equal('Where this is from: sources for 2 options');
    expect(seen(root(el).querySelectorAll('tr.row-monitoring td')[1])).to.contain('Blood count including lymphocytes');
  });

  it('always adds the regulatory row when an option is investigational', async () => {
    const el = await fixture<TreatmentComparison>(
      html`<treatment-comparison treatment-ids="natalizumab umbilical-cord-msc-therapy" criteria="aim, risks"></treatment-comparison>`,
    );
    expect(rowHeaders(el)).to.deep.equal(['What is it for?', 'Is it approved for MS?', 'What are the risks?']);
  });

  it('compares the options of a category', async () => {
    const el = await fixture<TreatmentComparison>(html`<treatment-comparison category="disease-modifying-therapy"></treatment-comparison>`);
    expect(colHeaders(el)).to.deep.equal([
      'Natalizumab (Tysabri)',
      'Ocrelizumab (Ocrevus)',
      'Glatiramer acetate (Copaxone)',
      'Interferon beta-1a, intramuscular (Avonex)',
      'Dimethyl fumarate (Tecfidera)',
    ]);
    expect(root(el).querySelector('caption')!.textContent!.trim()).to.equal('Disease-modifying therapy: options compared');
  });

  it("compares the options of a category from a provider's dataset", async () => {
    const mine = [byId('ocrelizumab'), byId('natalizumab'), byId('umbilical-cord-msc-therapy')];
    const provider = await fixture(
      html`<ms-evidence-provider .data=${{ treatments: mine }}
        ><treatment-comparison category="disease-modifying-therapy"></treatment-comparison
      ></ms-evidence-provider>`,
    );
    const el = provider.querySelector('treatment-comparison')!;
    await el.updateComplete;
    expect(colHeaders(el)).to.deep.equal(['Ocrelizumab (Ocrevus)', 'Natalizumab (Tysabri)']);
  });

  it('lists boxed warnings first among the risks', async () => {
    const el = await fixture<TreatmentComparison>(html`<treatment-comparison treatment-ids="natalizumab"></treatment-comparison>`);
    const risks = [...root(el).querySelectorAll('tr.row-risks td li')].map((li) => seen(li));
    expect(risks[0]).to.match(/^Boxed warning: Increases the risk of progressive multifocal leukoencephalopathy/);
  });

  it('reports an unknown criterion on the page and in a warning', async () => {
    const el = await fixture<TreatmentComparison>(
      html`<treatment-comparison treatment-ids="natalizumab" criteria="aim, price"></treatment-comparison>`,
    );
    expect(seen(root(el).querySelector('[part="problems"]'))).to.contain(
      '“price” is not a criterion this comparison knows; it was left out.',
    );
    expect(warnings[0]).to.match(/^<treatment-comparison> ms-invalid-data: criteria attribute, price: is not a criterion/);
    await expect(el).to.be.accessible();
  });
});

describe('<treatment-comparison> narrow layout', () => {
  it('stacks into option cards with every criterion labelled at 320 px', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:320px"><treatment-comparison></treatment-comparison></div>`);
    const el = wrapper.firstElementChild as TreatmentComparison;
    await el.updateComplete;
    expect(root(el).querySelector('table')!.checkVisibility()).to.be.false;
    const cards = [...root(el).querySelectorAll('[part="card"]')];
    expect(cards.map((c) => c.querySelector('button')!.textContent!.trim())).to.deep.equal(SEED_CATEGORIES);
    expect(cards.every((c) => c.tagName === 'DIV')).to.be.true;
    for (const card of cards) {
      expect(card.checkVisibility()).to.be.true;
      expect([...card.querySelectorAll('dt')].map((d) => d.textContent!.trim())).to.deep.equal(rowHeaders(el));
      expect(card.getBoundingClientRect().width).to.be.at.most(320);
    }
    expect(cards[0]!.querySelector('h3')).to.exist;
    expect(el.scrollWidth).to.be.at.most(320);
    await expect(el).to.be.accessible();
  });

  it('keeps every figure with its comparator, trial and source in the stacked cards', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width:320px"><treatment-comparison treatment-ids="natalizumab ocrelizumab"></treatment-comparison></div>`,
    );
    const el = wrapper.firstElementChild as TreatmentComparison;
    await el.updateComplete;
    const findings = [...root(el).querySelectorAll('[part="card"] .finding')].filter((f) => (f as HTMLElement).checkVisibility());
    expect(findings.length).to.be.greaterThan(1);
    for (const f of findings) {
      expect(seen(f), seen(f)).to.match(/compared with (placebo|interferon beta-1a)/);
      expect(f.closest('.key-study')!.querySelector('strong')!.textContent).to.not.be.empty;
      expect(f.querySelector('a')!.href).to.match(/^https:\/\//);
    }
  });
});

describe('<treatment-comparison> selecting and highlighting', () => {
  it('a reader’s press selects an option (pressed, ms-treatment-select) without moving the page’s highlight', async () => {
    const el = await fixture<TreatmentComparison>(
      html`<div style="width:1000px">
        <treatment-comparison
          treatment-ids="natalizumab ocrelizumab"
          highlight="natalizumab"
          highlight-label="Offered at this clinic"
        ></treatment-comparison>
      </div>`,
    ).then((d) => d.firstElementChild as TreatmentComparison);
    await el.updateComplete;
    const [first, second] = root(el).querySelectorAll<HTMLButtonElement>('thead th button');
    expect(first!.getAttribute('aria-pressed')).to.equal('false');
    expect(second!.getAttribute('aria-pressed')).to.equal('false');
    second!.focus();
    let event = oneEvent(el, 'ms-treatment-select');
    await sendKeys({ press: 'Enter' });
    expect((await event).detail).to.deep.equal({ id: 'ocrelizumab', selected: true });
    await el.updateComplete;
    expect(el.getAttribute('selected')).to.equal('ocrelizumab');
    expect(second!.getAttribute('aria-pressed')).to.equal('true');
    expect(first!.getAttribute('aria-pressed')).to.equal('false');
    // The page's emphasis and its words stay on the option the page chose.
    expect(el.getAttribute('highlight')).to.equal('natalizumab');
    expect(seen(first!.closest('th'))).to.contain('Offered at this clinic');
    expect(seen(second!.closest('th'))).not.to.contain('Offered at this clinic');
    expect(root(el).querySelector('thead th.highlighted button')).to.equal(first);
    expect(root(el).querySelectorAll('td.highlighted').length).to.equal(rowHeaders(el).length);
    await expect(el).to.be.accessible();
    // Pressing it again clears the reader's choice, and says so.
    event = oneEvent(el, 'ms-treatment-select');
    await sendKeys({ press: 'Enter' });
    expect((await event).detail).to.deep.equal({ id: 'ocrelizumab', selected: false });
    await el.updateComplete;
    expect(el.hasAttribute('selected')).to.be.false;
    expect(second!.getAttribute('aria-pressed')).to.equal('false');
    expect(el.getAttribute('highlight')).to.equal('natalizumab');
  });

  it('highlights from the attribute, labelled in words (not by colour alone), the button not pressed', async () => {
    const el = await fixture<TreatmentComparison>(
      html`<treatment-comparison treatment-ids="natalizumab ocrelizumab" highlight="natalizumab"></treatment-comparison>`,
    );
    const button = root(el).querySelector<HTMLButtonElement>('thead th.highlighted button')!;
    expect(button.textContent!.trim()).to.equal('Natalizumab (Tysabri)');
    expect(seen(button.closest('th'))).to.contain('Highlighted');
    expect(button.getAttribute('aria-pressed')).to.equal('false');
  });

  it('a page may set the reader’s selection, e.g. to restore it', async () => {
    const el = await fixture<TreatmentComparison>(
      html`<treatment-comparison treatment-ids="natalizumab ocrelizumab" selected="ocrelizumab"></treatment-comparison>`,
    );
    const pressed = [...root(el).querySelectorAll('thead th button')].map((b) => b.getAttribute('aria-pressed'));
    expect(pressed).to.deep.equal(['false', 'true']);
  });
});

describe('<treatment-comparison> in its box of known height', () => {
  const box = async (style = '') => {
    const wrap = await fixture(
      html`<div style="width:1000px; font-size:16px">
        <treatment-comparison treatment-ids="natalizumab ocrelizumab" style=${style}></treatment-comparison>
      </div>`,
    );
    const el = wrap.firstElementChild as TreatmentComparison;
    await el.updateComplete;
    await waitUntil(() => !part(el, 'expand')!.hidden, 'the rows hidden below the box were not announced');
    return el;
  };

  it('is 32em tall whatever its data, with the rows below the box one button away', async () => {
    const el = await box();
    expect(el.getBoundingClientRect().height).to.equal(32 * 16);
    const expand = part(el, 'expand') as HTMLButtonElement;
    expect(expand.textContent!.trim()).to.equal('Show the whole comparison');
    expect(expand.getAttribute('aria-expanded')).to.equal('false');
    const scroller = part(el, 'scroller')!;
    expect(scroller.scrollHeight).to.be.greaterThan(scroller.clientHeight);
    await expect(el).to.be.accessible();
    expand.click();
    await el.updateComplete;
    expect(el.open).to.be.true;
    expect(expand.getAttribute('aria-expanded')).to.equal('true');
    expect(expand.textContent!.trim()).to.equal('Show less of the comparison');
    expect(el.getBoundingClientRect().height).to.be.greaterThan(32 * 16);
    expect(scroller.scrollHeight).to.equal(scroller.clientHeight);
    await expect(el).to.be.accessible();
  });

  it('grows under the box when a reader opens the sources, the table still in its box', async () => {
    const el = await box();
    const table = part(el, 'scroller')!.getBoundingClientRect().height;
    const sources = part(el, 'sources') as HTMLDetailsElement;
    sources.open = true;
    await new Promise((r) => requestAnimationFrame(r));
    expect(sources.getBoundingClientRect().bottom).to.be.at.most(el.getBoundingClientRect().bottom);
    expect(el.getBoundingClientRect().height).to.be.greaterThan(32 * 16);
    expect(part(el, 'scroller')!.getBoundingClientRect().height).to.be.at.least(table);
  });

  it('keeps the option headers in view while the rows scroll', async () => {
    const el = await box();
    const scroller = part(el, 'scroller')!;
    const header = root(el).querySelector('thead th')!;
    scroller.scrollTop = 300;
    await new Promise((r) => requestAnimationFrame(r));
    expect(header.getBoundingClientRect().top).to.be.closeTo(scroller.getBoundingClientRect().top, 1);
  });

  it('takes the page’s height when set (--treatment-comparison-block-size), and prints whole', async () => {
    const el = await box('--treatment-comparison-block-size: 40em');
    expect(el.getBoundingClientRect().height).to.equal(40 * 16);
    await emulateMedia({ media: 'print' });
    try {
      expect(el.getBoundingClientRect().height).to.be.greaterThan(40 * 16);
      expect(part(el, 'expand')!.checkVisibility()).to.be.false;
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});

describe('<treatment-comparison> data routes', () => {
  const visible = async (el: TreatmentComparison) => {
    await el.updateComplete;
    return seen(root(el).querySelector('table'));
  };
  const ids = 'natalizumab umbilical-cord-msc-therapy';

  it('gives the same table by property, provider, bundled data, src and inline JSON', async () => {
    const byProperty = await fixture<TreatmentComparison>(
      html`<treatment-comparison .treatments=${[byId('natalizumab'), byId('umbilical-cord-msc-therapy')]}></treatment-comparison>`,
    );
    const expected = await visible(byProperty);
    expect(expected).to.contain('Natalizumab (Tysabri)');
    expect(expected).to.contain('Unapproved');

    const provider = await fixture(
      html`<ms-evidence-provider .data=${{ treatments: all }}
        ><treatment-comparison treatment-ids=${ids}></treatment-comparison
      ></ms-evidence-provider>`,
    );
    expect(await visible(provider.querySelector('treatment-comparison')!)).to.equal(expected);

    const bundled = await fixture<TreatmentComparison>(html`<treatment-comparison treatment-ids=${ids}></treatment-comparison>`);
    expect(await visible(bundled)).to.equal(expected);

    const bySrc = await fixture<TreatmentComparison>(
      html`<treatment-comparison src="/data/treatments.json" treatment-ids=${ids}></treatment-comparison>`,
    );
    expect(await visible(bySrc)).to.equal(expected);

    const holder = document.createElement('div');
    holder.innerHTML = `<treatment-comparison><script type="application/json">${JSON.stringify([byId('natalizumab'), byId('umbilical-cord-msc-therapy')])}</script></treatment-comparison>`;
    const inline = await fixture<TreatmentComparison>(holder.firstElementChild as HTMLElement);
    expect(await visible(inline)).to.equal(expected);
  });
});

describe('<treatment-comparison> states', () => {
  it('loading: a skeleton that reserves space', async () => {
    const el = fixtureSync<TreatmentComparison>(html`<treatment-comparison src="/test-api/slow/x?ms=1000"></treatment-comparison>`);
    await new Promise((r) => setTimeout(r, 100));
    expect(root(el).querySelector('[role="status"]')!.textContent).to.equal('Loading treatment options…');
    expect(el.getBoundingClientRect().height).to.be.greaterThan(200);
    await expect(el).to.be.accessible();
    await el.updateComplete;
  });

  it('not found: names the missing ids', async () => {
    const el = await fixture<TreatmentComparison>(html`<treatment-comparison treatment-ids="no-such-option"></treatment-comparison>`);
    expect(seen(root(el).querySelector('[part~="base"]'))).to.equal(
      'Treatment options not found There is no treatment option “no-such-option” in the data.',
    );
    await expect(el).to.be.accessible();
  });

  it('one missing id among found ones: the table, and a note naming it', async () => {
    const el = await fixture<TreatmentComparison>(
      html`<treatment-comparison treatment-ids="natalizumab no-such-option"></treatment-comparison>`,
    );
    expect(colHeaders(el)).to.deep.equal(['Natalizumab (Tysabri)']);
    expect(seen(root(el).querySelector('[part="problems"]'))).to.contain('“no-such-option” is not in the data.');
  });

  it('invalid: names the bad fields, and shows the valid options with a note', async () => {
    const bad = variant(exampleTreatment(), (t) => {
      t.id = 'broken';
      t.evidence.keyStudies[0].comparator = '';
    });
    const el = await fixture<TreatmentComparison>(
      html`<treatment-comparison .treatments=${[byId('natalizumab'), bad]}></treatment-comparison>`,
    );
    expect(colHeaders(el)).to.deep.equal(['Natalizumab (Tysabri)']);
    expect(seen(root(el).querySelector('[part="problems"]'))).to.contain(
      '“broken” has data problems: evidence.keyStudies.0.comparator must not be empty',
    );
    expect(warnings.some((w) => w.includes('treatment "broken", evidence.keyStudies.0.comparator'))).to.be.true;
    await expect(el).to.be.accessible();

    const onlyBad = await fixture<TreatmentComparison>(html`<treatment-comparison .treatments=${[bad]}></treatment-comparison>`);
    root(onlyBad).querySelector('details')!.open = true;
    expect(seen(root(onlyBad).querySelector('[part~="base"]'))).to.match(
      /^These treatment options cannot be shown .* evidence\.keyStudies\.0\.comparator: must not be empty/,
    );
    await expect(onlyBad).to.be.accessible();
  });

  it('network error: a message and Retry', async () => {
    const el = await fixture<TreatmentComparison>(html`<treatment-comparison src="/test-api/status/500"></treatment-comparison>`);
    expect(seen(root(el).querySelector('[part~="base"]'))).to.equal(
      'The treatment options could not be loaded The server had a problem (HTTP 500). Retry',
    );
    await expect(el).to.be.accessible();
  });

  it('empty: a dataset without treatments says so', async () => {
    const provider = await fixture(
      html`<ms-evidence-provider .data=${{ studies: [] }}><treatment-comparison></treatment-comparison></ms-evidence-provider>`,
    );
    const el = provider.querySelector('treatment-comparison')!;
    await el.updateComplete;
    expect(seen(root(el).querySelector('[part~="base"]'))).to.contain('No treatment options to compare');
    await expect(el).to.be.accessible();
  });
});

describe('<treatment-comparison> print', () => {
  it('prints the table even when narrow', async () => {
    const { emulateMedia } = await import('@web/test-runner-commands');
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width:320px"><treatment-comparison treatment-ids="natalizumab"></treatment-comparison></div>`,
    );
    const el = wrapper.firstElementChild as TreatmentComparison;
    await el.updateComplete;
    await emulateMedia({ media: 'print' });
    try {
      expect(root(el).querySelector('table')!.checkVisibility()).to.be.true;
      expect(root(el).querySelector('[part="cards"]')!.checkVisibility()).to.be.false;
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});

describe('<treatment-comparison>: regressions found in review', () => {
  it('an approved medicine without a status for the jurisdiction is not called investigational', async () => {
    const el = await fixture<TreatmentComparison>(
      html`<treatment-comparison jurisdiction="GB" treatment-ids="natalizumab"></treatment-comparison>`,
    );
    const header = seen(el.shadowRoot!.querySelector('thead th'));
    expect(header).to.contain('Approval status not reported');
    expect(header).not.to.contain('Investigational');
    expect(seen(el.shadowRoot!.querySelector('[part="regulatory"]'))).to.equal('⚠ Approval status for MS not reported');
  });

  it('pressing the highlighted option selects it for the reader and leaves the page’s highlight alone', async () => {
    const el = await fixture<TreatmentComparison>(
      html`<treatment-comparison treatment-ids="natalizumab ocrelizumab" highlight="natalizumab"></treatment-comparison>`,
    );
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('thead th button')!;
    button.click();
    await el.updateComplete;
    expect(el.getAttribute('highlight')).to.equal('natalizumab');
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    button.click();
    await el.updateComplete;
    expect(el.getAttribute('highlight')).to.equal('natalizumab');
    expect(button.getAttribute('aria-pressed')).to.equal('false');
  });
});
