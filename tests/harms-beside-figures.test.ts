// Done-when test of issue #11: every approved option and category in data/, through every data
// route and every `criteria` combination. Wherever a trial figure or a benefit is visible, the
// risks are visible beside it, boxed warnings word for word.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/treatment-comparison.js';
import '../src/ms-evidence-provider.js';
import type { TreatmentComparison } from '../src/treatment-comparison.js';
import type { Treatment } from '../src/model/schema.js';
import { CRITERIA } from '../src/model/treatment-view.js';
import { regulatoryFor } from '../src/model/regulatory.js';
import treatmentsFile from '../data/treatments.json';
import { clearJsonCache } from '../src/components/shared/fetch-json.js';

const all = treatmentsFile.treatments as unknown as Treatment[];
const approved = all.filter((t) => regulatoryFor(t.regulatory).status === 'approved');
const ids = approved.map((t) => t.id).join(' ');
const seen = (node: Element | null | undefined) => ((node as HTMLElement | null)?.innerText ?? '').replace(/\s+/g, ' ').trim();
/** Text without layout: for the thousand re-renders, where visibility does not change between them. */
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** What a reader must see beside a figure: each boxed warning, with its medicine in a category. */
const boxed = (t: Treatment) => (t.warnings ?? []).filter((w) => w.boxed).map((w) => (w.medicine ? `${w.medicine}: ${w.text}` : w.text));
const choosable = CRITERIA.filter((c) => c !== 'sources');
const combinations = Array.from({ length: 2 ** choosable.length - 1 }, (_, m) => choosable.filter((_, i) => (m + 1) & (1 << i)));

/**
 * Checks the table (wide layout) or the cards (narrow layout), whichever the reader sees. `read`
 * is innerText (what is visible) by default.
 */
function expectHarmsBesideBenefits(
  el: TreatmentComparison,
  label: string,
  read = seen,
  wide = seen(el.shadowRoot!.querySelector('table')) !== '',
): number {
  const root = el.shadowRoot!;
  let checked = 0;
  approved.forEach((t, i) => {
    const cell = (criterion: string) =>
      wide
        ? root.querySelectorAll(`tr.row-${criterion} td`)[i]
        : root.querySelector(`[part~="card"][data-option="${t.id}"] .row-${criterion} dd`);
    const evidence = cell('evidence');
    const figure = Boolean(evidence?.querySelector('.finding') && read(evidence) !== '');
    const benefits = cell('benefits');
    const benefit = Boolean(benefits && (t.benefits ?? []).length && read(benefits) !== '');
    if (!figure && !benefit) return;
    checked++;
    const risks = cell('risks');
    expect(risks, `${label}: ${t.id} shows a figure or benefit without a risks row`).to.exist;
    const shown = read(risks);
    expect(shown, `${label}: ${t.id}`).not.to.equal('Not reported');
    for (const warning of boxed(t)) expect(shown, `${label}: ${t.id}`).to.contain(`Boxed warning: ${warning}`);
  });
  return checked;
}

const wrap = (width: number, inner: ReturnType<typeof html>) => html`<div style=${`width:${width}px`}>${inner}</div>`;
/** Waits until the element has resolved its data and rendered its rows (the model loads lazily). */
async function ready(el: TreatmentComparison): Promise<TreatmentComparison> {
  for (let i = 0; i < 200 && !el.shadowRoot?.querySelector('tbody tr'); i++) await new Promise((r) => setTimeout(r, 25));
  await el.updateComplete;
  return el;
}
const comparison = (host: Element) =>
  (host.matches('treatment-comparison') ? host : host.querySelector('treatment-comparison')!) as TreatmentComparison;

describe('harms beside every figure: all approved records, every route, every criteria combination', function () {
  this.timeout(120_000);
  beforeEach(() => clearJsonCache());

  it('has approved records with figures and boxed warnings to check', () => {
    expect(approved.length).to.be.greaterThan(5);
    expect(approved.filter((t) => boxed(t).length).map((t) => t.id)).to.include.members([
      'natalizumab',
      'glatiramer-acetate',
      'disease-modifying-therapies',
    ]);
  });

  // Every combination in the layout the test window gets; the other layout, and every route, are
  // checked below with a few combinations. The view-model test checks every combination per record.
  for (const width of [1400]) {
    it(`holds in all ${combinations.length} criteria combinations`, async () => {
      const host = await fixture(wrap(width, html`<treatment-comparison .treatments=${approved}></treatment-comparison>`));
      const el = await ready(comparison(host));
      expect(seen(el.shadowRoot!.querySelector('table')), 'the wide layout is visible at this width').not.to.equal('');
      // The layout (table or cards) depends on the space; it does not change between combinations.
      const wide = seen(el.shadowRoot!.querySelector('table')) !== '';
      let checked = 0;
      for (const combo of combinations) {
        el.setAttribute('criteria', combo.join(','));
        await el.updateComplete;
        checked += expectHarmsBesideBenefits(el, combo.join(','), text, wide);
      }
      // Every combination with evidence or benefits showed at least one figure to check.
      expect(checked).to.be.greaterThan(combinations.length / 2);
    });
  }

  const some = [[], ['evidence'], ['benefits'], ['aim', 'evidence', 'benefits'], ['evidence', 'route', 'sources'], choosable];
  const routes: [string, () => Promise<Element>][] = [
    ['property', () => fixture(wrap(1400, html`<treatment-comparison .treatments=${approved}></treatment-comparison>`))],
    ['property, narrow cards', () => fixture(wrap(360, html`<treatment-comparison .treatments=${approved}></treatment-comparison>`))],
    [
      'provider',
      () =>
        fixture(
          wrap(
            1400,
            html`<ms-evidence-provider .data=${{ treatments: all }}
              ><treatment-comparison treatment-ids=${ids}></treatment-comparison
            ></ms-evidence-provider>`,
          ),
        ),
    ],
    ['bundled data', () => fixture(wrap(1400, html`<treatment-comparison treatment-ids=${ids}></treatment-comparison>`))],
    [
      'src',
      () => fixture(wrap(1400, html`<treatment-comparison src="/data/treatments.json" treatment-ids=${ids}></treatment-comparison>`)),
    ],
    [
      'inline JSON',
      () => {
        const holder = document.createElement('div');
        holder.style.width = '1400px';
        holder.innerHTML = `<treatment-comparison><script type="application/json">${JSON.stringify(approved)}</script></treatment-comparison>`;
        return fixture(holder);
      },
    ],
  ];
  for (const [route, render] of routes) {
    it(`holds through the ${route} route`, async () => {
      const el = await ready(comparison(await render()));
      for (const combo of some) {
        if (combo.length) el.setAttribute('criteria', combo.join(','));
        else el.removeAttribute('criteria');
        await el.updateComplete;
        await new Promise((r) => requestAnimationFrame(r));
        expect(el.shadowRoot!.querySelectorAll('thead th[scope="col"]').length, route).to.equal(approved.length);
        expectHarmsBesideBenefits(el, `${route} ${combo.join(',') || 'default'}`);
      }
    });
  }
});
