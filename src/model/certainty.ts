/**
 * Certainty of evidence for one study, GRADE-like. Start from the design (randomised and
 * controlled: high; anything else: low), then lower one level for each concern. This rates what
 * one study can tell a reader about benefit; it is not a verdict on the treatment.
 *
 * Thresholds (documented in docs/ARCHITECTURE.md):
 * - fewer than 100 people analysed is "small": too few to tell a real effect from chance;
 * - less than 12 months of follow-up is "short" for MS, where relapses and disability change slowly.
 */
import { msg, str } from '@lit/localize';
import type { Study } from './schema.js';
import { CERTAINTY_LEVELS, type CertaintyLevel, isMsCondition } from './levels.js';
import { durationInMonths, formatCount, formatDuration } from './format.js';

export const SMALL_STUDY = 100;
export const SHORT_FOLLOW_UP_MONTHS = 12;

/** Why a study's certainty is what it is. */
export interface CertaintyReason {
  /** Stable code for tests and styling. */
  code:
    | 'randomised-controlled'
    | 'not-randomised'
    | 'randomisation-not-reported'
    | 'no-control'
    | 'control-not-reported'
    | 'small'
    | 'size-not-reported'
    | 'short-follow-up'
    | 'follow-up-not-reported'
    | 'not-all-ms'
    | 'unverified';
  /** Levels this reason moves the rating: 0 for the starting point, -1 for a concern. */
  effect: 0 | -1;
  /** Plain-language explanation. */
  text: string;
}

/** A study's certainty: the level, the reasons, and what the study can and cannot show. */
export interface Certainty {
  level: CertaintyLevel;
  reasons: CertaintyReason[];
  /** One line: what this study can and cannot show. */
  scope: string;
}

/** Fields whose verification matters for the rating: what was studied and what was found. */
const KEY_FACTS = ['design', 'population', 'intervention', 'followUp', 'outcomes', 'safety'];

/** True when the record says some of its key facts are not verified against the publication. */
export function hasUnverifiedKeyFacts(study: Study): boolean {
  if (study.verification.checkedAgainst.length === 0) return true;
  return (study.verification.unverified ?? []).some((p) => KEY_FACTS.includes(p.split('.')[0] ?? ''));
}

/** Rates a study. `locale` formats numbers and durations inside the reasons. */
export function studyCertainty(study: Study, locale = 'en'): Certainty {
  const { design, population: pop } = study;
  const reasons: CertaintyReason[] = [];
  const controlled = design.control === 'placebo' || design.control === 'active' || design.control === 'usual-care';
  const rct = design.allocation === 'randomised' && design.type === 'interventional';

  if (rct) {
    reasons.push({
      code: 'randomised-controlled',
      effect: 0,
      text: msg('Randomised: chance, not choice, decided who got the treatment, which makes a fair comparison possible.'),
    });
  } else if (design.allocation === 'not-reported') {
    reasons.push({
      code: 'randomisation-not-reported',
      effect: 0,
      text: msg('Randomisation not reported: without it, groups may differ in ways that explain the results.'),
    });
  } else {
    reasons.push({
      code: 'not-randomised',
      effect: 0,
      text: msg('Not randomised: without it, groups may differ in ways that explain the results.'),
    });
  }

  if (design.control === 'none') {
    reasons.push({
      code: 'no-control',
      effect: -1,
      text: msg('No control group: changes cannot be separated from the natural course of MS, the placebo effect or chance.'),
    });
  } else if (design.control === 'not-reported') {
    reasons.push({
      code: 'control-not-reported',
      effect: -1,
      text: msg('Control group not reported: we cannot tell what the results are compared with.'),
    });
  }

  const size = pop.analysed ?? pop.enrolled;
  if (size === undefined) {
    reasons.push({ code: 'size-not-reported', effect: -1, text: msg('Number of participants not reported.') });
  } else if (size < SMALL_STUDY) {
    const n = formatCount(size, locale);
    reasons.push({ code: 'small', effect: -1, text: msg(str`Small: ${n} people, too few to tell a real effect from chance.`) });
  }

  if (!study.followUp) {
    reasons.push({ code: 'follow-up-not-reported', effect: -1, text: msg('Length of follow-up not reported.') });
  } else if (durationInMonths(study.followUp) < SHORT_FOLLOW_UP_MONTHS) {
    const d = formatDuration(study.followUp, locale);
    reasons.push({
      code: 'short-follow-up',
      effect: -1,
      text: msg(str`Short follow-up (${d}): MS changes slowly, so short-term changes say little about the long term.`),
    });
  }

  const nonMs = pop.conditions.filter((c) => !isMsCondition(c.condition));
  if (nonMs.length) {
    const msCount = pop.conditions
      .filter((c) => isMsCondition(c.condition))
      .reduce<number | undefined>((a, c) => (a === undefined || c.count === undefined ? undefined : a + c.count), 0);
    reasons.push({
      code: 'not-all-ms',
      effect: -1,
      text:
        msCount !== undefined && pop.enrolled !== undefined
          ? msg(str`Not everyone had MS: only ${formatCount(msCount, locale)} of ${formatCount(pop.enrolled, locale)} participants did.`)
          : msg('Not everyone in the study had MS.'),
    });
  }

  if (hasUnverifiedKeyFacts(study)) {
    reasons.push({ code: 'unverified', effect: -1, text: msg('Some key facts have not yet been checked against the publication.') });
  }

  const start = rct ? CERTAINTY_LEVELS.indexOf('high') : CERTAINTY_LEVELS.indexOf('low');
  const score = Math.max(0, start + reasons.reduce((a, r) => a + r.effect, 0));
  const level = CERTAINTY_LEVELS[score] ?? 'very-low';
  return { level, reasons, scope: studyScope(study, rct, controlled, size, locale) };
}

function studyScope(study: Study, rct: boolean, controlled: boolean, size: number | undefined, locale: string): string {
  if (rct && controlled) {
    const over = study.followUp ? formatDuration(study.followUp, locale) : undefined;
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
  if (study.design.control === 'not-reported') {
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
