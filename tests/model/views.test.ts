// What the view models derive for readers: the risks row beside every figure or benefit, findings
// with relative and absolute effects, certainty by rule, and study safety in plain words.
import { expect } from '@open-wc/testing';
import treatments from '../../data/treatments.json';
import studies from '../../data/studies.json';
import { CRITERIA, chooseCriteria, describeComparison, findingText, type CellView } from '../../src/model/treatment-view.js';
import { describeStudy, noEventsText } from '../../src/model/study-view.js';
import type { Study, Treatment } from '../../src/model/schema.js';
import { exampleTreatment, minimalStudy, randomisedTrial, variant } from '../fixtures/records.js';

const all = treatments.treatments as unknown as Treatment[];
const byId = (id: string) => all.find((t) => t.id === id)!;
/** Every subset of the criteria a page can choose (sources is always added last). */
const combinations = (): string[][] => {
  const choosable = CRITERIA.filter((c) => c !== 'sources');
  return Array.from({ length: 2 ** choosable.length }, (_, mask) => choosable.filter((_, i) => mask & (1 << i)));
};

describe('the risks row beside every figure or benefit', () => {
  it('is forced in every criteria combination that shows a figure or a benefit, for every bundled record', () => {
    for (const option of all) {
      for (const asked of combinations()) {
        if (!asked.length) continue;
        const { criteria } = chooseCriteria(asked, [option]);
        const figure = criteria.includes('evidence') && (option.evidence.keyStudies ?? []).length > 0;
        const benefit = criteria.includes('benefits') && (option.benefits ?? []).length > 0;
        if (figure || benefit) expect(criteria, `${option.id}: ${asked.join(',')}`).to.include('risks');
      }
    }
  });

  it('comes right after the evidence or benefits it answers', () => {
    expect(chooseCriteria(['aim', 'evidence', 'benefits'], [byId('natalizumab')]).criteria).to.deep.equal([
      'aim',
      'evidence',
      'benefits',
      'risks',
      'sources',
    ]);
    expect(chooseCriteria(['evidence', 'route'], [byId('glatiramer-acetate')]).criteria).to.deep.equal([
      'evidence',
      'risks',
      'route',
      'sources',
    ]);
  });

  it('is not forced when nothing is claimed', () => {
    expect(chooseCriteria(['aim', 'route'], [byId('natalizumab')]).criteria).to.deep.equal(['aim', 'route', 'sources']);
    expect(chooseCriteria(['evidence'], [byId('rehabilitation')]).criteria).to.deep.equal(['evidence', 'sources']);
  });

  it("shows glatiramer's boxed warning beside its relapse figures, where the old data said 'Not reported'", () => {
    const view = describeComparison([byId('glatiramer-acetate')], { criteria: ['aim', 'evidence', 'benefits'] });
    const risks = view.rows.find((r) => r.criterion === 'risks')!.cells[0] as Extract<CellView, { kind: 'list' }>;
    expect(risks.items[0]).to.include({ boxed: true });
    expect(risks.items[0]!.text).to.contain('anaphylaxis');
  });

  it("names the medicine beside each of a category's boxed warnings", () => {
    const view = describeComparison([byId('disease-modifying-therapies')], { criteria: ['risks'] });
    const risks = view.rows.find((r) => r.criterion === 'risks')!.cells[0] as Extract<CellView, { kind: 'list' }>;
    expect(risks.items.filter((i) => i.boxed).map((i) => i.text.split(':')[0])).to.deep.equal([
      'Natalizumab (Tysabri)',
      'Glatiramer acetate (Copaxone, Glatopa)',
    ]);
  });
});

describe('findings: relative and absolute', () => {
  it('names a relative effect as relative, beside its absolute numbers', () => {
    const f = byId('natalizumab').evidence.keyStudies![0]!.findings[0]!;
    expect(findingText(f)).to.equal('68% lower relapse rate (relative reduction): 0.26 vs 0.81 relapses per person per year');
  });
  it('keeps other statistics after the effect', () => {
    const f = byId('natalizumab').evidence.keyStudies![0]!.findings[1]!;
    expect(findingText(f)).to.equal('42% lower risk (relative reduction): 17% vs 29% of people; hazard ratio 0.58 (95% CI 0.43 to 0.77)');
  });
  it('shows absolute numbers alone when no relative effect is given', () => {
    expect(findingText({ measure: 'x', absolute: '0.61 vs 0.90', result: 'p = 0.03' })).to.equal('0.61 vs 0.90; p = 0.03');
  });
});

describe('certainty in the comparison comes from the rules', () => {
  const evidence = (t: Treatment) =>
    describeComparison([t], { criteria: ['evidence'] }).rows[0]!.cells[0] as Extract<CellView, { kind: 'evidence' }>;

  it('rates glatiramer moderate on one trial of 251 people, not "high" by hand', () => {
    const e = evidence(byId('glatiramer-acetate'));
    expect(e.certainty).to.equal('Moderate certainty');
    expect(e.note).to.contain('251 people');
    expect(e.studies[0]!.certainty).to.equal('Moderate certainty');
  });

  it('rates each finding when a study reports several, naming it when it differs from the study (per outcome)', () => {
    expect(evidence(byId('natalizumab')).studies[0]!.findings.map((f) => f.certainty)).to.deep.equal([undefined, undefined]);
    const t = variant(byId('natalizumab'), (d) => {
      d.evidence.keyStudies[0].findings[1].interval = { measure: 'ratio', lower: 0.5, upper: 1.1 };
    }) as Treatment;
    expect(evidence(t).studies[0]!.findings.map((f) => f.certainty)).to.deep.equal([undefined, 'Low certainty']);
  });

  it('shows a lowered rating with its reason', () => {
    const t = variant(exampleTreatment(), (d) => {
      d.evidence.certainty = 'low';
      d.evidence.certaintyNote = 'Only people under 55 were studied.';
    }) as Treatment;
    const e = evidence(t);
    expect(e.certainty).to.equal('Low certainty');
    expect(e.note).to.equal('Lowered by the editors from High certainty: Only people under 55 were studied.');
  });
});

describe('study safety and record dates in plain words', () => {
  it('says what zero serious events in n people cannot rule out (about 3 in n)', () => {
    expect(noEventsText(20)).to.equal(
      'None reported among 20 people: that cannot rule out serious harms in up to about 3 in 20 people treated (15%).',
    );
    expect(noEventsText(33)).to.contain('(9%)');
    expect(noEventsText(900)).to.contain('(0.3%)');
    expect(noEventsText(undefined)).to.equal('None reported');
    const riordan = (studies.studies as unknown as Study[]).find((s) => s.id === 'riordan-2018')!;
    expect(describeStudy(riordan).safety.serious).to.contain('3 in 20 people treated (15%)');
  });

  it('shows facts known only from a clinic summary as not yet checked, never as results', () => {
    const jamali = (studies.studies as unknown as Study[]).find((s) => s.id === 'jamali-2024')!;
    const view = describeStudy(jamali);
    for (const o of view.outcomes) {
      expect(o.result).to.equal('Not yet checked against the publication');
      expect(o.direction).to.equal(undefined);
    }
    const fromSummary = variant(minimalStudy(), (s) => (s.verification.unverified = ['outcomes.0'])) as Study;
    expect(describeStudy(fromSummary).outcomes[0]).to.include({ result: 'Not yet checked against the publication', direction: undefined });
  });

  it("names the record's check date apart from the page's medical review", () => {
    expect(describeStudy(minimalStudy()).recordChecked).to.equal('Study record checked November 24, 2026.');
  });

  it('names an outcome whose own rating differs from the card', () => {
    const s = variant(randomisedTrial(), (d) => (d.outcomes[1].surrogate = true)) as Study;
    const roles = describeStudy(s).outcomes.map((o) => o.role);
    expect(roles).to.deep.equal(['Primary outcome', 'Secondary outcome · Moderate certainty']);
  });
});

describe('dates and notices that agree with what readers see', () => {
  it("keeps the record's check date out of the page's JSON-LD review, which claims only the medical review", async () => {
    const { studyJsonLd, reviewJsonLd } = await import('../../src/model/structured-data.js');
    const lu = (studies.studies as unknown as Study[]).find((s) => s.id === 'lu-2020')!;
    const article = JSON.stringify(studyJsonLd(lu));
    expect(article).not.to.contain(lu.lastReviewed);
    expect(article).not.to.match(/lastReviewed|dateModified|reviewedBy/);
    const review = { reviewer: { name: 'Dr A Example' }, lastReviewed: '2025-10' };
    expect(reviewJsonLd(review)).to.include({ lastReviewed: '2025-10' });
  });

  it('words the not-approved notice for the EU and for a country without a listed regulator', async () => {
    const { defaultNotice } = await import('../../src/model/notices.js');
    expect(defaultNotice('not-approved', { jurisdiction: 'EU', therapy: 'X' }).text[0]).to.match(
      /^This treatment \(X\) is not authorised in the EU for Multiple Sclerosis\. It is still experimental/,
    );
    const de = defaultNotice('not-approved', { jurisdiction: 'DE' }).text[0]!;
    expect(de).to.match(/^Stem cell and regenerative therapies for Multiple Sclerosis are not approved in Germany\./);
    expect(de).not.to.contain('DE-approved');
    expect(defaultNotice('not-approved', { therapy: 'X' }).text[0]).to.match(
      /^This treatment \(X\) is not FDA-approved for Multiple Sclerosis\./,
    );
  });
});
