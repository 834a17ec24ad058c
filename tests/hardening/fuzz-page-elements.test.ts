// <medical-disclaimer>, <ms-review-info> and <ms-evidence-provider> under 10,000 generated inputs
// each: odd attributes as CMS editors leave them, junk and mutated records, datasets.
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.js';
import type { MedicalDisclaimer } from '../../src/medical-disclaimer.js';
import type { MsReviewInfo } from '../../src/ms-review-info.js';
import type { MsEvidenceProvider } from '../../src/ms-evidence-provider.js';
import type { MsStudyCard } from '../../src/ms-study-card.js';
import type { TreatmentComparison } from '../../src/treatment-comparison.js';
import type { Dataset, Review, Study, Treatment } from '../../src/model/schema.js';
import { NOTICE_KINDS } from '../../src/model/levels.js';
import studiesFile from '../../data/studies.json';
import treatmentsFile from '../../data/treatments.json';
import pageFile from '../../data/page.json';
import { junk, mutated, recordInput, text } from './arbitraries.js';
import { RUNS, designedState, describeInput, expectNoLeaks, fuzz, warnings, watchPage } from './fuzz-harness.js';

const studies = studiesFile.studies as unknown as Study[];
const treatments = treatmentsFile.treatments as unknown as Treatment[];
const review = (pageFile as unknown as { page: { review: Review } }).page.review;

/** A date as a CMS editor might type it: ISO days and months, other formats, nonsense. */
const date = fc.oneof(
  fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.date({ min: new Date('2000-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 7)),
  fc.constantFrom('2026-02-30', '2026-13-01', '24/11/2026', 'November 2026', '0000-00-00', '2026-1-1'),
  text,
);

const attr = (el: Element, name: string, value: string | undefined) =>
  value === undefined ? el.removeAttribute(name) : el.setAttribute(name, value);

describe('page elements fuzzing (fast-check)', function () {
  this.timeout(300_000);
  watchPage();

  it(`<medical-disclaimer>: ${RUNS} generated kind, therapy, jurisdiction and heading-level attributes`, async () => {
    const el = await fixture<MedicalDisclaimer>(html`<medical-disclaimer></medical-disclaimer>`);
    const kinds = fc.oneof(
      {
        weight: 4,
        arbitrary: fc.array(fc.constantFrom(...NOTICE_KINDS, 'NOT-APPROVED', 'warning', ''), { maxLength: 5 }).map((l) => l.join(' ')),
      },
      { weight: 1, arbitrary: text },
    );
    const input = fc.record({
      kind: fc.option(kinds),
      therapy: fc.option(text),
      jurisdiction: fc.option(fc.oneof(fc.constantFrom('US', 'eu', ' gb ', '', 'ZZ'), text)),
      level: fc.option(fc.oneof(fc.integer({ min: -2, max: 9 }).map(String), text)),
    });
    await fuzz(input, async (i) => {
      attr(el, 'kind', i.kind ?? undefined);
      attr(el, 'therapy', i.therapy ?? undefined);
      attr(el, 'jurisdiction', i.jurisdiction ?? undefined);
      attr(el, 'heading-level', i.level ?? undefined);
      // The jurisdiction converter maps every bad code to US, so a change between bad codes is no
      // property change: render anyway, as a page with this attribute would on load.
      el.requestUpdate();
      await el.updateComplete;
      const context = describeInput(i);
      designedState(el, context);
      expectNoLeaks(el, context, i);
      const code = i.jurisdiction?.trim().toUpperCase() || 'US';
      if (!/^[A-Z]{2}$/.test(code))
        expect(warnings.join('\n'), `${context}: warns about the jurisdiction`).to.contain(
          '<medical-disclaimer> ms-invalid-data: jurisdiction',
        );
      const asked = (i.kind ?? '').split(/[\s,]+/).filter(Boolean);
      const known = new Set((asked.length ? asked : ['educational']).filter((k) => (NOTICE_KINDS as readonly string[]).includes(k)));
      const root = el.shadowRoot!;
      expect(root.querySelectorAll('[part~="notice"]').length, `${context}: one notice per kind`).to.equal(known.size);
      expect(!!root.querySelector('[part~="problem"]'), `${context}: unknown kinds are named`).to.equal(asked.some((k) => !known.has(k)));
      if (known.has('not-approved')) {
        const notice = root.querySelector('.kind-not-approved')!.textContent!.replace(/\s+/g, ' ');
        const therapy = i.therapy?.replace(/\s+/g, ' ').trim();
        if (therapy) expect(notice, `${context}: names the therapy`).to.contain(therapy);
        expect(notice, `${context}: no blank name`).to.not.match(/Important: Not an approved treatment\s+is not/);
      }
    });
  });

  it(`<ms-review-info>: ${RUNS} generated attributes and review records`, async () => {
    const el = await fixture<MsReviewInfo>(html`<ms-review-info></ms-review-info>`);
    const input = fc.record({
      review: fc.option(recordInput([review, { ...review, nextReviewDue: '2027-05-01', lastReviewed: '2026-11-01' }]), { freq: 3 }),
      reviewer: fc.option(text),
      credentials: fc.option(text),
      last: fc.option(date),
      next: fc.option(date),
      stale: fc.boolean(),
      schedule: fc.boolean(),
    });
    await fuzz(input, async (i) => {
      el.review = (i.review ?? undefined) as Review | undefined;
      attr(el, 'reviewer', i.reviewer ?? undefined);
      attr(el, 'credentials', i.credentials ?? undefined);
      attr(el, 'last-reviewed', i.last ?? undefined);
      attr(el, 'next-review-due', i.next ?? undefined);
      el.showStale = i.stale;
      el.showSchedule = i.schedule;
      await el.updateComplete;
      const context = describeInput(i);
      const state = designedState(el, context);
      expectNoLeaks(el, context, i);
      if (state === 'ready') {
        const time = el.shadowRoot!.querySelector('[part~="date"]');
        expect(time?.textContent?.trim(), `${context}: a readable date`).to.match(/\S/);
        expect(time?.getAttribute('datetime'), `${context}: a machine date`).to.match(/^\d{4}-\d{2}(-\d{2})?$/);
      }
    });
  });

  it(`<ms-evidence-provider>: ${RUNS} generated datasets, read by a card, a comparison and a review line`, async () => {
    const provider = await fixture<MsEvidenceProvider>(html`
      <ms-evidence-provider>
        <ms-study-card></ms-study-card>
        <treatment-comparison></treatment-comparison>
        <ms-review-info></ms-review-info>
      </ms-evidence-provider>
    `);
    const card = provider.querySelector<MsStudyCard>('ms-study-card')!;
    const comparison = provider.querySelector<TreatmentComparison>('treatment-comparison')!;
    const reviewLine = provider.querySelector<MsReviewInfo>('ms-review-info')!;
    const ids = [...studies.map((s) => s.id), ...treatments.map((t) => t.id)];
    const dataset = fc.oneof(
      { weight: 1, arbitrary: junk },
      { weight: 2, arbitrary: mutated([{ studies, treatments, page: pageFile.page }]) },
      {
        weight: 2,
        arbitrary: fc.record(
          {
            studies: fc.array(recordInput(studies), { maxLength: 3 }),
            treatments: fc.array(recordInput(treatments), { maxLength: 3 }),
            page: recordInput([pageFile.page]),
          },
          { requiredKeys: [] },
        ),
      },
    );
    const input = fc.record({
      data: dataset,
      studyId: fc.oneof(fc.constantFrom(...ids), text),
      category: fc.option(fc.oneof(fc.constantFrom(...treatments.map((t) => t.category)), text)),
    });
    await fuzz(input, async (i) => {
      provider.data = i.data as Dataset;
      card.studyId = i.studyId;
      comparison.category = i.category ?? undefined;
      await provider.updateComplete;
      await Promise.all([card.updateComplete, comparison.updateComplete, reviewLine.updateComplete]);
      const context = describeInput(i);
      for (const el of [card, comparison, reviewLine]) {
        designedState(el, `${el.localName} ${context}`);
        expectNoLeaks(el, `${el.localName} ${context}`, i);
      }
    });
  });
});
