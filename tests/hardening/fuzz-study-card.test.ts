// <ms-study-card> under 10,000 generated inputs (valid, mutated and junk records, odd attributes),
// plus truncated inline JSON: never an uncaught error, never blank, always the record or the
// designed problem state, and a development warning for every refused record.
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/ms-study-card.js';
import type { MsStudyCard } from '../../src/ms-study-card.js';
import type { Study } from '../../src/model/schema.js';
import { validateStudy } from '../../src/model/validate.js';
import studiesFile from '../../data/studies.json';
import { minimalStudy, randomisedTrial } from '../fixtures/records.js';
import { recordInput, text } from './arbitraries.js';
import { RUNS, designedState, describeInput, expectNoLeaks, fuzz, warnings, watchPage } from './fuzz-harness.js';

const studies = [...(studiesFile.studies as unknown as Study[]), minimalStudy(), randomisedTrial()];
const isDataset = (x: unknown) =>
  x !== null && typeof x === 'object' && !Array.isArray(x) && ['studies', 'treatments', 'page'].some((k) => k in x);

describe('<ms-study-card> fuzzing (fast-check)', function () {
  this.timeout(300_000);
  watchPage();

  it(`${RUNS} generated studies and attributes by property`, async () => {
    const el = await fixture<MsStudyCard>(html`<ms-study-card></ms-study-card>`);
    const states = { ready: 0, problem: 0 };
    const input = fc.record({
      study: recordInput(studies),
      compact: fc.boolean(),
      level: fc.oneof(fc.integer({ min: -3, max: 9 }), text),
      lang: fc.constantFrom('en', 'es', '', 'zz'),
    });
    await fuzz(input, async ({ study, compact, level, lang }) => {
      el.study = study as Study;
      el.compact = compact;
      el.setAttribute('heading-level', String(level));
      el.lang = lang;
      await el.updateComplete;
      const context = describeInput(study);
      const state = designedState(el, context);
      states[state]++;
      expectNoLeaks(el, context, study);
      if (study === undefined || isDataset(study)) return;
      const valid = validateStudy(study).ok;
      expect(state, `${context}: state`).to.equal(valid ? 'ready' : 'problem');
      if (valid) {
        expect(el.shadowRoot!.querySelector('[part~="title"]')?.textContent, 'title').to.equal((study as Study).citation.title);
      } else {
        expect(
          warnings.some((w) => /^<ms-study-card> ms-(invalid-data|claim): /.test(w)),
          `${context}: a development warning naming the element`,
        ).to.be.true;
      }
    });
    // Both states occur often, or the generator is not testing anything.
    expect(states.ready, 'ready').to.be.greaterThan(RUNS * 0.15);
    expect(states.problem, 'problem').to.be.greaterThan(RUNS * 0.5);
  });

  it('truncated and corrupted inline JSON (500 inputs)', async () => {
    const input = fc.tuple(fc.constantFrom(...studies), fc.nat(), fc.constantFrom('truncate', 'garble'));
    await fuzz(
      input,
      async ([study, cut, how]) => {
        const json = JSON.stringify(study);
        const at = 1 + (cut % (json.length - 1));
        const body = how === 'truncate' ? json.slice(0, at) : `${json.slice(0, at)}\u0000}${json.slice(at + 1)}`;
        const el = document.createElement('ms-study-card') as MsStudyCard;
        const script = document.createElement('script');
        script.type = 'application/json';
        script.textContent = body;
        el.append(script);
        document.body.append(el);
        await el.updateComplete;
        const state = designedState(el, body.slice(0, 80));
        expect(state).to.equal('problem');
        expect(el.shadowRoot!.textContent).to.contain('not valid JSON');
        el.remove();
      },
      500,
    );
  });
});
