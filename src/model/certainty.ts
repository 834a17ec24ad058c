/**
 * Certainty of evidence, GRADE-like, for one study, one outcome, one key study and a treatment.
 * Every rating starts from the design (randomised and controlled: high; anything else: low) and
 * can only go down, one or two levels per concern, never up. Each step is a reason a reader sees
 * in plain words. The rules, their thresholds and a worked example of each are in
 * docs/EVIDENCE-RULES.md; every rule has its own test in tests/model/certainty.test.ts.
 *
 * Domains (as in GRADE), each lowering at most two levels:
 * - risk of bias: open label with a subjective outcome, high dropout, stopped early, registered
 *   after enrolment;
 * - imprecision: few people (scaled: under 50 loses two levels, under 400 one), or a confidence
 *   interval that includes no effect (two levels);
 * - indirectness: not everyone had MS, a surrogate outcome (MRI lesions for disability), a
 *   follow-up too short for MS.
 * Apart from the domains: no control group, and key facts not checked against the publication.
 *
 * A retracted publication is not rated at all: its findings should not be relied on, so no level,
 * however low, is given (a "very low" would still suggest the results count as evidence).
 */
import { msg, str } from '@lit/localize';
import type { Duration, Finding, Interval, KeyStudy, Study, Treatment } from './schema.js';
import { CERTAINTY_LEVELS, type CertaintyLevel, isMsCondition } from './levels.js';
import type { Allocation, Control, Masking } from './vocabulary.js';
import { durationInMonths, formatCount, formatDuration, formatNumber } from './format.js';

/** Below this many people, imprecision is very serious: two levels down ("a handful of people"). */
export const VERY_SMALL_STUDY = 50;
/**
 * Below this many people, imprecision is serious: one level down. GRADE's rule of thumb for an
 * optimal information size is about 400 people for a continuous outcome.
 */
export const OPTIMAL_INFORMATION_SIZE = 400;
/** Less than this is "short" for MS, where relapses and disability change slowly. */
export const SHORT_FOLLOW_UP_MONTHS = 12;
/** More than this share of people missing from the analysis is high dropout. */
export const HIGH_DROPOUT = 0.2;

/** The GRADE domain a reason belongs to. */
export type CertaintyDomain = 'design' | 'risk-of-bias' | 'imprecision' | 'indirectness' | 'verification' | 'publication';

/** Why a rating is what it is. */
export interface CertaintyReason {
  /** Stable code for tests, documentation and styling. */
  code:
    | 'randomised-controlled'
    | 'not-randomised'
    | 'randomisation-not-reported'
    | 'no-control'
    | 'control-not-reported'
    | 'open-label-subjective'
    | 'high-dropout'
    | 'stopped-early'
    | 'registered-late'
    | 'very-small'
    | 'small'
    | 'size-not-reported'
    | 'interval-includes-no-effect'
    | 'not-all-ms'
    | 'surrogate-outcome'
    | 'short-follow-up'
    | 'follow-up-not-reported'
    | 'unverified'
    | 'retracted';
  domain: CertaintyDomain;
  /** Levels this reason moves the rating: 0 for the starting point, -1 or -2 for a concern. */
  effect: 0 | -1 | -2;
  /** Plain-language explanation. */
  text: string;
}

/** A rating: the level, the reasons, and what the evidence can and cannot show. */
export interface Certainty {
  /** Undefined when the evidence is not rated: the publication was retracted (see `retracted`). */
  level: CertaintyLevel | undefined;
  /** The publication was retracted, so it is not rated. */
  retracted?: true | undefined;
  reasons: CertaintyReason[];
  /** One line: what this evidence can and cannot show. */
  scope: string;
}

/** The facts about how a study was done that the rules look at, whatever record they come from. */
export interface EvidenceFacts {
  interventional: boolean;
  allocation: Allocation;
  control: Control;
  masking: Masking;
  enrolled?: number | undefined;
  analysed?: number | undefined;
  followUp?: Duration | undefined;
  /** Counts by diagnosis: how many had MS, of how many ("5 of 10"), when known. */
  ms: { all: boolean; count?: number | undefined; of?: number | undefined };
  stoppedEarly?: boolean | undefined;
  registeredAfterEnrolment?: boolean | undefined;
  /** Key facts not yet checked against the publication. */
  unverified?: boolean | undefined;
  /** The publication was retracted: nothing is rated. */
  retracted?: boolean | undefined;
}

/** The facts about one outcome that the rules look at. */
export interface OutcomeFacts {
  surrogate?: boolean | undefined;
  subjective?: boolean | undefined;
  interval?: Interval | undefined;
}

/** Fields whose verification matters for the rating: what was studied and what was found. */
const KEY_FACTS = ['design', 'population', 'intervention', 'followUp', 'outcomes', 'safety'];

/** True when the record says some of its key facts are not verified against the publication. */
export function hasUnverifiedKeyFacts(study: Study): boolean {
  if (study.verification.checkedAgainst.length === 0) return true;
  return (study.verification.unverified ?? []).some((p) => KEY_FACTS.includes(p.split('.')[0] ?? ''));
}

/** True when a confidence interval includes no effect (1 for a ratio, 0 for a difference). */
export function includesNoEffect(interval: Interval): boolean {
  const none = interval.measure === 'ratio' ? 1 : 0;
  return interval.lower <= none && none <= interval.upper;
}

/** A domain lowers the rating at most two levels, however many concerns it has. */
const domainEffect = (reasons: CertaintyReason[], domain: CertaintyDomain): number =>
  Math.max(
    -2,
    reasons.filter((r) => r.domain === domain).reduce((a, r) => a + r.effect, 0),
  );

const ratio = (i: Interval, locale: string): string => `${formatNumber(i.lower, locale)}–${formatNumber(i.upper, locale)}`;

/**
 * Rates evidence: the facts of a study and, when rating one outcome, that outcome's facts.
 * `locale` formats numbers and durations inside the reasons.
 */
export function rateEvidence(facts: EvidenceFacts, outcome: OutcomeFacts = {}, locale = 'en'): Certainty {
  // A retracted publication is not evidence: no rating at all, not even "very low".
  if (facts.retracted) {
    return {
      level: undefined,
      retracted: true,
      reasons: [
        {
          code: 'retracted',
          domain: 'publication',
          effect: 0,
          text: msg('Retracted: the publication was withdrawn, so its results are not rated.'),
        },
      ],
      scope: msg('It can show nothing reliable: a retracted publication’s findings should not be relied on.'),
    };
  }
  const reasons: CertaintyReason[] = [];
  const add = (code: CertaintyReason['code'], domain: CertaintyDomain, effect: CertaintyReason['effect'], text: string) =>
    reasons.push({ code, domain, effect, text });
  const rct = facts.allocation === 'randomised' && facts.interventional;
  const controlled = facts.control === 'placebo' || facts.control === 'active' || facts.control === 'usual-care';

  // Starting point.
  if (rct) {
    add(
      'randomised-controlled',
      'design',
      0,
      msg('Randomised: chance, not choice, decided who got the treatment, which makes a fair comparison possible.'),
    );
  } else if (facts.allocation === 'not-reported') {
    add(
      'randomisation-not-reported',
      'design',
      0,
      msg('Randomisation not reported: without it, groups may differ in ways that explain the results.'),
    );
  } else {
    add('not-randomised', 'design', 0, msg('Not randomised: without it, groups may differ in ways that explain the results.'));
  }
  if (facts.control === 'none') {
    add(
      'no-control',
      'design',
      -1,
      msg('No control group: changes cannot be separated from the natural course of MS, the placebo effect or chance.'),
    );
  } else if (facts.control === 'not-reported') {
    add('control-not-reported', 'design', -1, msg('Control group not reported: we cannot tell what the results are compared with.'));
  }

  // Risk of bias.
  if (facts.masking === 'open-label' && outcome.subjective) {
    add(
      'open-label-subjective',
      'risk-of-bias',
      -1,
      msg('Not blinded, and the result was judged by people who knew who was treated: their expectations can colour it.'),
    );
  }
  if (facts.enrolled !== undefined && facts.analysed !== undefined && facts.enrolled > 0) {
    const missing = (facts.enrolled - facts.analysed) / facts.enrolled;
    if (missing > HIGH_DROPOUT) {
      const n = formatCount(facts.enrolled - facts.analysed, locale);
      const of = formatCount(facts.enrolled, locale);
      add(
        'high-dropout',
        'risk-of-bias',
        -1,
        msg(str`Many people left the analysis (${n} of ${of}): those who stayed may differ from those who left.`),
      );
    }
  }
  if (facts.stoppedEarly) {
    add('stopped-early', 'risk-of-bias', -1, msg('Stopped early: trials stopped early tend to overstate effects.'));
  }
  if (facts.registeredAfterEnrolment) {
    add('registered-late', 'risk-of-bias', -1, msg('Registered after enrolment began: what it would measure was not fixed in advance.'));
  }

  // Imprecision: the larger of the interval rule and the size rule.
  const size = facts.analysed ?? facts.enrolled;
  if (outcome.interval && includesNoEffect(outcome.interval)) {
    add(
      'interval-includes-no-effect',
      'imprecision',
      -2,
      msg(
        str`The range of likely results (${ratio(outcome.interval, locale)}) includes no effect at all: the result could be benefit, nothing or harm.`,
      ),
    );
  } else if (size === undefined) {
    add('size-not-reported', 'imprecision', -1, msg('Number of participants not reported.'));
  } else if (size < VERY_SMALL_STUDY) {
    const n = formatCount(size, locale);
    add('very-small', 'imprecision', -2, msg(str`Very small: ${n} people, far too few to tell a real effect from chance.`));
  } else if (size < OPTIMAL_INFORMATION_SIZE) {
    const n = formatCount(size, locale);
    add('small', 'imprecision', -1, msg(str`Small: ${n} people, too few to be confident about the size of an effect.`));
  }

  // Indirectness.
  if (!facts.ms.all) {
    add(
      'not-all-ms',
      'indirectness',
      -1,
      facts.ms.count !== undefined && facts.ms.of !== undefined
        ? msg(
            str`Not everyone had MS: only ${formatCount(facts.ms.count, locale)} of ${formatCount(facts.ms.of, locale)} participants did.`,
          )
        : msg('Not everyone in the study had MS.'),
    );
  }
  if (outcome.surrogate) {
    add(
      'surrogate-outcome',
      'indirectness',
      -1,
      msg('A stand-in measure (such as MRI lesions), not what matters most to people with MS, such as disability or relapses.'),
    );
  }
  if (!facts.followUp) {
    add('follow-up-not-reported', 'indirectness', -1, msg('Length of follow-up not reported.'));
  } else if (durationInMonths(facts.followUp) < SHORT_FOLLOW_UP_MONTHS) {
    const d = formatDuration(facts.followUp, locale);
    add(
      'short-follow-up',
      'indirectness',
      -1,
      msg(str`Short follow-up (${d}): MS changes slowly, so short-term changes say little about the long term.`),
    );
  }

  if (facts.unverified) {
    add('unverified', 'verification', -1, msg('Some key facts have not yet been checked against the publication.'));
  }

  const start = rct ? CERTAINTY_LEVELS.indexOf('high') : CERTAINTY_LEVELS.indexOf('low');
  const down =
    reasons.filter((r) => r.domain === 'design' || r.domain === 'verification').reduce((a, r) => a + r.effect, 0) +
    domainEffect(reasons, 'risk-of-bias') +
    domainEffect(reasons, 'imprecision') +
    domainEffect(reasons, 'indirectness');
  const level = CERTAINTY_LEVELS[Math.max(0, start + down)] ?? 'very-low';
  return { level, reasons, scope: evidenceScope(facts, rct, controlled, size, locale) };
}

function evidenceScope(facts: EvidenceFacts, rct: boolean, controlled: boolean, size: number | undefined, locale: string): string {
  if (rct && controlled) {
    const over = facts.followUp ? formatDuration(facts.followUp, locale) : undefined;
    return over
      ? msg(
          str`It can show whether the treatment did better than the control group over ${over}; it cannot show effects beyond that time or in people unlike those studied.`,
        )
      : msg(
          'It can show whether the treatment did better than the control group; it cannot show long-term effects or effects in people unlike those studied.',
        );
  }
  if (controlled) {
    return msg(
      'It can show how the groups differed; it cannot show that the treatment caused the difference, because the groups were not assigned at random.',
    );
  }
  if (facts.control === 'not-reported') {
    return msg(
      'It can show what happened to the people treated, including side effects; it cannot show that the treatment caused any improvement, because whether anyone was compared with them is not reported.',
    );
  }
  const who =
    size === undefined
      ? msg('the people treated')
      : size === 1
        ? msg('the one person treated')
        : msg(str`the ${formatCount(size, locale)} people treated`);
  return msg(
    str`It can show what happened to ${who}, including side effects; it cannot show that the treatment caused any improvement, because no one was left untreated for comparison.`,
  );
}

/** The facts of a full study record. */
export function studyFacts(study: Study): EvidenceFacts {
  const { design, population: pop } = study;
  const msConditions = pop.conditions.filter((c) => isMsCondition(c.condition));
  const msCount = msConditions.reduce<number | undefined>(
    (a, c) => (a === undefined || c.count === undefined ? undefined : a + c.count),
    0,
  );
  return {
    interventional: design.type === 'interventional',
    allocation: design.allocation,
    control: design.control,
    masking: design.masking,
    enrolled: pop.enrolled,
    analysed: pop.analysed,
    followUp: study.followUp,
    ms: { all: msConditions.length === pop.conditions.length, count: msCount, of: pop.enrolled },
    stoppedEarly: design.stoppedEarly,
    registeredAfterEnrolment: (study.citation.registrations ?? []).some((r) => r.afterEnrolment),
    unverified: hasUnverifiedKeyFacts(study),
    retracted: isRetracted(study),
  };
}

/** True when the record carries a retraction notice. */
export const isRetracted = (study: Study): boolean => (study.citation.notices ?? []).some((n) => n.kind === 'retraction');

/** The rating of one outcome of a study. */
export function outcomeCertainty(study: Study, index: number, locale = 'en'): Certainty {
  return rateEvidence(studyFacts(study), study.outcomes[index] ?? {}, locale);
}

/**
 * The rating a study card shows: its primary outcome's when the record names one (GRADE rates
 * outcomes, and the primary outcome is what the study was built to measure), otherwise the study's
 * design alone.
 */
export function studyCertainty(study: Study, locale = 'en'): Certainty {
  const primary = study.outcomes.findIndex((o) => o.role === 'primary');
  return primary >= 0 ? outcomeCertainty(study, primary, locale) : rateEvidence(studyFacts(study), {}, locale);
}

/** The facts of a key study, or undefined when its methods are not given (then it is not rated). */
export function keyStudyFacts(k: KeyStudy): EvidenceFacts | undefined {
  const m = k.methods;
  if (!m) return undefined;
  return {
    interventional: true,
    allocation: m.allocation,
    control: m.control,
    masking: m.masking,
    enrolled: m.enrolled,
    analysed: m.analysed ?? k.participants,
    followUp: m.followUp,
    ms: { all: m.allMs },
    stoppedEarly: m.stoppedEarly,
    registeredAfterEnrolment: m.registeredAfterEnrolment,
  };
}

/** The finding a key study is rated by: its primary endpoint when marked, else its first finding. */
export const mainFinding = (k: KeyStudy): Finding => k.findings.find((f) => f.primary) ?? k.findings[0]!;

/** The rating of one finding of a key study; undefined when the study's methods are not given. */
export function findingCertainty(k: KeyStudy, finding: Finding, locale = 'en'): Certainty | undefined {
  const facts = keyStudyFacts(k);
  return facts && rateEvidence(facts, finding, locale);
}

/** The rating of a key study: that of its main finding. */
export const keyStudyCertainty = (k: KeyStudy, locale = 'en'): Certainty | undefined => findingCertainty(k, mainFinding(k), locale);

const rank = (level: CertaintyLevel): number => CERTAINTY_LEVELS.indexOf(level);

/** A treatment's (or category's) certainty, derived from its key studies. */
export interface TreatmentCertainty {
  /** The level shown: the derived level, or a lower hand-entered one. Undefined: not rated. */
  level?: CertaintyLevel | undefined;
  /** The level the rules give: the lowest of the rated key studies (GRADE rates a body of evidence by its weakest critical outcome). */
  derived?: CertaintyLevel | undefined;
  /** Set when the data lowered the derived level, with its reason. */
  lowered?: { level: CertaintyLevel; reason?: string | undefined } | undefined;
  /** Each key study's rating, in order; undefined for a study whose methods are not given. A retracted one has no level and does not count. */
  studies: (Certainty | undefined)[];
}

/** Derives a treatment's certainty from its key studies; a hand-entered level can only lower it. */
export function treatmentCertainty(t: Treatment, locale = 'en'): TreatmentCertainty {
  const studies = (t.evidence.keyStudies ?? []).map((k) => keyStudyCertainty(k, locale));
  const rated = studies.flatMap((c) => (c?.level ? [c.level] : []));
  const derived = rated.length ? rated.reduce((low, level) => (rank(level) < rank(low) ? level : low), rated[0]!) : undefined;
  const hand = t.evidence.certainty;
  if (derived && hand && rank(hand) < rank(derived)) {
    return { level: hand, derived, lowered: { level: hand, reason: t.evidence.certaintyNote }, studies };
  }
  return { level: derived, derived, studies };
}
