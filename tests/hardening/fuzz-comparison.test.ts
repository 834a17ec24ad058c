// <treatment-comparison> under 10,000 generated inputs: lists of valid, mutated and junk
// treatments, single records, junk, and odd criteria, ids, highlight, caption and jurisdiction.
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/treatment-comparison.js';
import type { TreatmentComparison } from '../../src/treatment-comparison.js';
import type { Treatment } from '../../src/model/schema.js';
import { validateTreatment } from '../../src/model/validate.js';
import { CRITERIA } from '../../src/model/treatment-view.js';
import treatmentsFile from '../../data/treatments.json';
import { exampleTreatment } from '../fixtures/records.js';
import { junk, recordInput, text } from './arbitraries.js';
import { RUNS, designedState, describeInput, expectNoLeaks, fuzz, warnings, watchPage } from './fuzz-harness.js';

const treatments = [...(treatmentsFile.treatments as unknown as Treatment[]), exampleTreatment()];
const ids = treatments.map((t) => t.id);

/** A criteria attribute: known names in any order and separator, sometimes with junk. */
const criteria = fc.oneof(
  fc.constant(undefined),
  fc.tuple(fc.subarray([...CRITERIA]), fc.constantFrom(',', ' ', ', ', '\n')).map(([list, sep]) => list.join(sep)),
  // By property, a list (found by the benchmark: an array used to throw).
  fc.array(fc.oneof(fc.constantFrom(...CRITERIA), text), { maxLength: 6 }),
  text,
);

describe('<treatment-comparison> fuzzing (fast-check)', function () {
  this.timeout(300_000);
  watchPage();

  it(`${RUNS} generated option lists and attributes by property`, async () => {
    const el = await fixture<TreatmentComparison>(html`<treatment-comparison></treatment-comparison>`);
    const states = { ready: 0, problem: 0 };
    const input = fc.record({
      data: fc.oneof(
        { weight: 6, arbitrary: fc.array(recordInput(treatments), { maxLength: 5 }) },
        { weight: 2, arbitrary: recordInput(treatments) },
        { weight: 1, arbitrary: junk },
      ),
      criteria,
      ids: fc.oneof(
        { weight: 4, arbitrary: fc.constant(undefined) },
        { weight: 1, arbitrary: fc.subarray(ids).map((l) => l.join(' ')) },
        { weight: 1, arbitrary: fc.subarray(ids) },
        { weight: 1, arbitrary: text },
      ),
      highlight: fc.oneof(fc.constant(undefined), fc.constantFrom(...ids), text),
      caption: fc.option(text),
      jurisdiction: fc.constantFrom('US', 'EU', 'GB', 'zz', ''),
    });
    await fuzz(input, async ({ data, criteria, ids, highlight, caption, jurisdiction }) => {
      el.treatments = data as Treatment[];
      el.criteria = criteria;
      el.treatmentIds = ids;
      el.highlight = highlight;
      el.caption = caption ?? undefined;
      el.jurisdiction = jurisdiction;
      await el.updateComplete;
      const context = describeInput({ data, criteria, ids });
      const state = designedState(el, context);
      states[state]++;
      expectNoLeaks(el, context, { data, criteria, ids, highlight, caption, jurisdiction });
      const root = el.shadowRoot!;
      if (state === 'ready') {
        const table = root.querySelector('table');
        expect(table, `${context}: a table`).to.exist;
        expect(table!.querySelector('caption')?.textContent?.trim(), `${context}: caption`).to.match(/\S/);
        // Every option column and every criterion row has a header cell.
        const cols = table!.querySelectorAll('thead th[scope="col"]').length;
        expect(cols, `${context}: option columns`).to.be.greaterThan(0);
        for (const row of table!.querySelectorAll('tbody tr')) {
          expect(row.querySelector('th[scope="row"]'), `${context}: row header`).to.exist;
          expect(row.querySelectorAll('td').length, `${context}: one cell per option`).to.equal(cols);
        }
      } else {
        expect(
          warnings.some((w) => w.startsWith('<treatment-comparison> ')),
          `${context}: a development warning naming the element`,
        ).to.be.true;
      }
      // Without a selection by id, the outcome follows validation exactly.
      if (ids !== undefined || !Array.isArray(data) || data.length === 0) return;
      const valid = Array.from(data as unknown[], (t) => validateTreatment(t).ok);
      if (valid.every(Boolean)) expect(state, `${context}: all valid`).to.equal('ready');
      if (!valid.some(Boolean)) expect(state, `${context}: none valid`).to.equal('problem');
      if (state === 'ready') {
        expect(root.querySelectorAll('thead th[scope="col"]').length, `${context}: a column per valid option`).to.equal(
          valid.filter(Boolean).length,
        );
      }
    });
    expect(states.ready, 'ready').to.be.greaterThan(RUNS * 0.15);
    expect(states.problem, 'problem').to.be.greaterThan(RUNS * 0.15);
  });
});
