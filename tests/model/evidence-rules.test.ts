// The GRADE-like steps of docs/EVIDENCE-RULES.md, one test per rule, plus the ratings derived for
// key studies and treatments (hand-entered values may only lower them).
import { expect } from '@open-wc/testing';
import {
  OPTIMAL_INFORMATION_SIZE,
  VERY_SMALL_STUDY,
  includesNoEffect,
  keyStudyCertainty,
  outcomeCertainty,
  rateEvidence,
  studyCertainty,
  treatmentCertainty,
  type EvidenceFacts,
} from '../../src/model/certainty.js';
import type { Study, Treatment } from '../../src/model/schema.js';
import { describeStudy } from '../../src/model/study-view.js';
import { exampleTreatment, minimalStudy, randomisedTrial, variant } from '../fixtures/records.js';

const change = <T>(s: T, f: (d: Record<string, any>) => void) => variant(s, f) as T;
/** A large, long, double-blind placebo-controlled trial: high before any concern. */
const trial = (over: Partial<EvidenceFacts> = {}): EvidenceFacts => ({
  interventional: true,
  allocation: 'randomised',
  control: 'placebo',
  masking: 'double-blind',
  enrolled: 1000,
  analysed: 1000,
  followUp: { value: 2, unit: 'years' },
  ms: { all: true },
  ...over,
});
const codes = (c: { reasons: { code: string }[] }) => c.reasons.map((r) => r.code);

describe('evidence rules: risk of bias', () => {
  it('lowers a level for an open-label trial with a subjective outcome, not an objective one', () => {
    const open = trial({ masking: 'open-label' });
    expect(rateEvidence(open, { subjective: true }).level).to.equal('moderate');
    expect(codes(rateEvidence(open, { subjective: true }))).to.include('open-label-subjective');
    expect(rateEvidence(open, {}).level).to.equal('high');
    expect(rateEvidence(trial(), { subjective: true }).level).to.equal('high');
  });

  it('lowers a level for high dropout (more than a fifth not analysed)', () => {
    const c = rateEvidence(trial({ enrolled: 1000, analysed: 700 }));
    expect(codes(c)).to.include('high-dropout');
    expect(c.level).to.equal('moderate');
    expect(c.reasons.find((r) => r.code === 'high-dropout')!.text).to.contain('300 of 1,000');
    expect(codes(rateEvidence(trial({ enrolled: 1000, analysed: 850 })))).not.to.include('high-dropout');
  });

  it('lowers a level for a trial stopped early', () => {
    expect(rateEvidence(trial({ stoppedEarly: true })).level).to.equal('moderate');
  });

  it('lowers a level for registration after enrolment began, read from the study record', () => {
    const s = change(randomisedTrial(), (d) => (d.citation.registrations = [{ id: 'NCT01234567', afterEnrolment: true }]));
    expect(codes(studyCertainty(s))).to.include('registered-late');
    expect(studyCertainty(s).level).to.equal('moderate');
  });

  it('lowers at most two levels for risk of bias, however many concerns', () => {
    const c = rateEvidence(trial({ masking: 'open-label', stoppedEarly: true, registeredAfterEnrolment: true, analysed: 500 }), {
      subjective: true,
    });
    expect(c.reasons.filter((r) => r.domain === 'risk-of-bias')).to.have.length(4);
    expect(c.level).to.equal('low');
  });
});

describe('evidence rules: imprecision', () => {
  it(`lowers two levels for a tiny randomised trial (fewer than ${VERY_SMALL_STUDY} people)`, () => {
    const c = rateEvidence(trial({ enrolled: 20, analysed: 20 }));
    expect(c.reasons.find((r) => r.code === 'very-small')).to.include({ effect: -2 });
    expect(c.level).to.equal('low');
  });

  it(`lowers one level below ${OPTIMAL_INFORMATION_SIZE} people, none at or above`, () => {
    expect(rateEvidence(trial({ enrolled: 251, analysed: 251 })).level).to.equal('moderate');
    expect(rateEvidence(trial({ enrolled: 400, analysed: 400 })).level).to.equal('high');
  });

  it('lowers two levels when the confidence interval includes no effect, whatever the size', () => {
    const c = rateEvidence(trial({ enrolled: 5000, analysed: 5000 }), { interval: { measure: 'ratio', lower: 0.58, upper: 1.5 } });
    expect(c.reasons.find((r) => r.code === 'interval-includes-no-effect')).to.include({ effect: -2 });
    expect(c.reasons.find((r) => r.code === 'interval-includes-no-effect')!.text).to.contain('0.58–1.5');
    expect(c.level).to.equal('low');
  });

  it('keeps an interval that excludes no effect, for a ratio and a difference', () => {
    expect(includesNoEffect({ measure: 'ratio', lower: 0.43, upper: 0.77 })).to.be.false;
    expect(includesNoEffect({ measure: 'ratio', lower: 0.9, upper: 1 })).to.be.true;
    expect(includesNoEffect({ measure: 'difference', lower: -2, upper: 0.5 })).to.be.true;
    expect(includesNoEffect({ measure: 'difference', lower: 0.1, upper: 0.5 })).to.be.false;
    expect(rateEvidence(trial(), { interval: { measure: 'ratio', lower: 0.43, upper: 0.77 } }).level).to.equal('high');
  });

  it('does not count imprecision twice: the larger of the size and interval rules', () => {
    const c = rateEvidence(trial({ enrolled: 20, analysed: 20 }), { interval: { measure: 'ratio', lower: 0.5, upper: 1.2 } });
    expect(c.reasons.filter((r) => r.domain === 'imprecision')).to.have.length(1);
    expect(c.level).to.equal('low');
  });
});

describe('evidence rules: indirectness', () => {
  it('lowers a level for a surrogate outcome such as MRI lesions', () => {
    const c = rateEvidence(trial(), { surrogate: true });
    expect(codes(c)).to.include('surrogate-outcome');
    expect(c.level).to.equal('moderate');
  });

  it('lowers a level when not everyone had MS', () => {
    expect(rateEvidence(trial({ ms: { all: false, count: 5, of: 10 } })).level).to.equal('moderate');
  });

  it('lowers a level for follow-up shorter than a year', () => {
    expect(rateEvidence(trial({ followUp: { value: 9, unit: 'weeks' } })).level).to.equal('moderate');
  });

  it('lowers at most two levels for indirectness', () => {
    const c = rateEvidence(trial({ ms: { all: false }, followUp: { value: 9, unit: 'weeks' } }), { surrogate: true });
    expect(c.reasons.filter((r) => r.domain === 'indirectness')).to.have.length(3);
    expect(c.level).to.equal('low');
  });
});

describe('evidence rules: never upgrade, rate per outcome', () => {
  it('never rates a non-randomised study above low, however large and long', () => {
    expect(rateEvidence(trial({ allocation: 'non-randomised', enrolled: 100000, analysed: 100000 })).level).to.equal('low');
    expect(rateEvidence(trial()).reasons.every((r) => r.effect <= 0)).to.be.true;
  });

  it('rates each outcome of a study on its own, and the card by the primary outcome', () => {
    const s = change(randomisedTrial(), (d) => {
      d.outcomes[1].surrogate = true;
      d.outcomes[1].interval = { measure: 'ratio', lower: 0.7, upper: 1.3 };
    }) as Study;
    expect(outcomeCertainty(s, 0).level).to.equal('high');
    expect(outcomeCertainty(s, 1).level).to.equal('very-low');
    expect(studyCertainty(s).level).to.equal('high');
  });

  it('rates a study without a primary outcome by its design alone', () => {
    const s = change(minimalStudy(), (d) => (d.outcomes[0].role = 'not-stated')) as Study;
    expect(studyCertainty(s).reasons.map((r) => r.domain)).not.to.include('risk-of-bias');
  });
});

describe('derived certainty of key studies and treatments', () => {
  it('rates a key study by the same rules, from its methods and main finding', () => {
    const k = exampleTreatment().evidence.keyStudies![0]!;
    expect(keyStudyCertainty(k)!.level).to.equal('high');
    const small = { ...k, methods: { ...k.methods!, enrolled: 251, analysed: 251 } };
    expect(keyStudyCertainty(small)!.level).to.equal('moderate');
    expect(keyStudyCertainty({ ...k, methods: undefined })).to.equal(undefined);
  });

  it('derives a treatment from its weakest rated key study', () => {
    const t = change(exampleTreatment(), (d) => {
      const weak = structuredClone(d.evidence.keyStudies[0]);
      weak.methods.enrolled = weak.methods.analysed = 30;
      d.evidence.keyStudies.push(weak);
    }) as Treatment;
    const c = treatmentCertainty(t);
    expect(c.studies.map((s) => s?.level)).to.deep.equal(['high', 'low']);
    expect(c).to.include({ level: 'low', derived: 'low' });
  });

  it('lets a hand-entered level lower the derived one, with its reason', () => {
    const t = change(exampleTreatment(), (d) => {
      d.evidence.certainty = 'moderate';
      d.evidence.certaintyNote = 'The trial excluded people over 55.';
    }) as Treatment;
    expect(treatmentCertainty(t)).to.deep.include({
      level: 'moderate',
      derived: 'high',
      lowered: { level: 'moderate', reason: 'The trial excluded people over 55.' },
    });
  });

  it('never lets a hand-entered level raise the derived one', () => {
    const t = change(exampleTreatment(), (d) => {
      d.evidence.keyStudies[0].methods.enrolled = d.evidence.keyStudies[0].methods.analysed = 30;
      d.evidence.certainty = 'high';
      d.evidence.certaintyNote = 'Typed by hand.';
    }) as Treatment;
    expect(treatmentCertainty(t).level).to.equal('low');
  });
});

describe('evidence rules: a retracted publication', () => {
  const retracted = () => change(randomisedTrial(), (d) => (d.citation.notices = [{ kind: 'retraction', date: '2010-02-06' }]));

  it('gives no rating at all, not even very low, and says why', () => {
    const c = rateEvidence(trial({ retracted: true }));
    expect(c.level).to.equal(undefined);
    expect(c.retracted).to.equal(true);
    expect(codes(c)).to.deep.equal(['retracted']);
    expect(c.reasons[0]!.text).to.equal('Retracted: the publication was withdrawn, so its results are not rated.');
  });

  it('reads the retraction from the study record, for the card and every outcome', () => {
    const s = retracted();
    expect(studyCertainty(s).level).to.equal(undefined);
    s.outcomes.forEach((_, i) => expect(outcomeCertainty(s, i).level).to.equal(undefined));
    // A correction or an expression of concern is not a retraction: the study is still rated.
    const corrected = change(randomisedTrial(), (d) => (d.citation.notices = [{ kind: 'correction' }, { kind: 'expression-of-concern' }]));
    expect(studyCertainty(corrected).level).to.be.a('string').and.equal(studyCertainty(randomisedTrial()).level);
  });

  it('shows "Retracted — not rated" in the view, with an empty meter', () => {
    const v = describeStudy(retracted());
    expect(v.certaintyText).to.equal('Retracted — not rated');
    expect(v.certaintyRank).to.equal(0);
    expect(v.summary.certainty.text).to.equal('Retracted — not rated: its findings should not be relied on.');
    expect(v.outcomes.map((o) => o.role ?? '')).to.satisfy((roles: string[]) => roles.every((r) => !/certainty/i.test(r)));
  });
});
