/**
 * The view model of a study: every derived string a study card shows, computed once from the
 * record (certainty, regulatory label, design line, population, links, review state). Pure, so
 * the card's render stays a plain template and this logic is tested on its own.
 */
import { msg, str } from '@lit/localize';
import type { Study } from './schema.js';
import { outcomeCertainty, studyCertainty, type Certainty } from './certainty.js';
import { isUnapproved, regulatoryFor, regulatoryLabel, type RegulatoryLabel } from './regulatory.js';
import { citationLinks, isUnverified } from './citation.js';
import type { IdentifierLink } from './identifiers.js';
import {
  formatAuthors,
  formatCitationLine,
  formatCount,
  formatDate,
  formatDuration,
  formatList,
  formatPopulation,
  isPastDue,
  today,
} from './format.js';
import {
  allocationLabel,
  certaintyLabel,
  controlLabel,
  maskingLabel,
  phaseLabel,
  routeLabel,
  studyTypeLabel,
  verificationSourceLabel,
  directionLabel,
  outcomeRoleLabel,
} from './labels.js';
import { CERTAINTY_LEVELS } from './levels.js';

/** Options for describing a study. */
export interface StudyViewOptions {
  locale?: string;
  jurisdiction?: string;
  /** The date to judge staleness by ("YYYY-MM-DD"); default today. */
  on?: string;
}

/** Everything derived that a study card shows. */
export interface StudyView {
  study: Study;
  authorsShort: string;
  /** `authorsShort` leaves some authors out ("et al."): the card offers the full list. */
  authorsHidden: boolean;
  citationLine: string;
  certainty: Certainty;
  certaintyText: string;
  /** 1 (very low) to 4 (high), for the meter. */
  certaintyRank: number;
  regulatory: RegulatoryLabel;
  /** The study's note on its regulatory status in this jurisdiction, if any. */
  regulatoryNote?: string | undefined;
  /** "Phase 1/2 · Single group (not randomised)" */
  designSummary: string;
  /** "No control group", "Placebo control"… */
  control: string;
  /** "Open label (not blinded)", or undefined when not reported. */
  masking?: string | undefined;
  /** "20 people" (analysed if known, else enrolled). */
  people: string;
  /** "Phase 1/2 · Single group (not randomised) · No control group · 20 people · 1 year" */
  designLine: string;
  /** "20 people · No control group · Very low certainty": shown next to the results. */
  resultsContext: string;
  population: string;
  followUp?: string | undefined;
  routes: string;
  links: IdentifierLink[];
  verification: { verified: boolean; text: string; partly: boolean };
  /** When this record was last checked against its sources, formatted. */
  lastReviewed: string;
  /**
   * "Study record checked 24 November 2026.": named apart from the page's medical review, which is
   * a different thing with a different date (`<ms-review-info>`).
   */
  recordChecked: string;
  stale?: { due: string } | undefined;
  /** Whether a field path is marked not verified. */
  unverified: (path: string) => boolean;
  /** Whether the intervention needs a "not approved" notice wherever it appears. */
  unapproved: boolean;
  /** Some figure in the design line or results context (size, design, follow-up) is not verified. */
  summaryUnverified: boolean;
  /** "from a donor (allogeneic)", "the person's own cells (autologous)". */
  origin?: string | undefined;
  /** The number analysed, formatted. */
  analysed?: string | undefined;
  /** What the treatment was compared with ("Nothing: there was no control group" when none). */
  comparator?: string | undefined;
  /** Outcomes, primary first, with labels resolved; `index` is the position in the record. */
  outcomes: OutcomeView[];
  /**
   * Safety counts in words. Zero serious events also says, in plain words, what that cannot rule
   * out: with none in n people, up to about 3 in n could still have one (the "rule of three").
   */
  safety: { serious?: string | undefined; deaths?: string | undefined; common?: string | undefined };
}

/** Shown instead of a fact that only a secondary source (such as a clinic's summary) reports. */
export const notYetChecked = (): string => msg('Not yet checked against the publication');

/**
 * "None reported among 20 people: that cannot rule out serious harms in up to about 3 in 20 people
 * treated (15%)." With no events in n people, the upper 95% bound of the rate is about 3/n.
 */
export function noEventsText(people: number | undefined, locale = 'en'): string {
  if (people === undefined || people === 0) return msg('None reported');
  const pct = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 3 / people < 0.01 ? 1 : 0 }).format(
    Math.min(1, 3 / people),
  );
  const n = formatCount(people, locale);
  return msg(str`None reported among ${n} people: that cannot rule out serious harms in up to about 3 in ${n} people treated (${pct}).`);
}

/** One outcome, ready to show. */
export interface OutcomeView {
  index: number;
  measure: string;
  role: string;
  timePoint?: string | undefined;
  result?: string | undefined;
  direction?: string | undefined;
  statistics?: string | undefined;
}

/** Authors named before "et al.". */
const AUTHORS_SHOWN = 3;

/** Computes the view model of a (valid) study. */
export function describeStudy(study: Study, options: StudyViewOptions = {}): StudyView {
  const locale = options.locale ?? 'en';
  const certainty = studyCertainty(study, locale);
  const certaintyText = certaintyLabel(certainty.level);
  const { design, population: pop } = study;
  const size = pop.analysed ?? pop.enrolled;
  const people =
    size === undefined
      ? msg('number of people not reported')
      : size === 1
        ? msg('1 person')
        : msg(str`${formatCount(size, locale)} people`);
  const followUp = study.followUp ? formatDuration(study.followUp, locale) : undefined;
  // Without a phase number the kind of study says more; the phase is still named, never dropped.
  const numbered = design.phase !== 'not-reported' && design.phase !== 'not-applicable';
  const designSummary = [
    ...(numbered ? [] : [studyTypeLabel(design.type)]),
    phaseLabel(design.phase),
    allocationLabel(design.allocation),
  ].join(' · ');
  const control = controlLabel(design.control);
  const checked = study.verification.checkedAgainst;
  const partly = (study.verification.unverified ?? []).length > 0;
  const sources = formatList(checked.map(verificationSourceLabel), locale);
  const verification = checked.length
    ? {
        verified: true,
        partly,
        text: partly ? msg(str`Partly checked against ${sources}.`) : msg(str`Checked against ${sources}.`),
      }
    : { verified: false, partly, text: msg('Not yet verified against the publication.') };
  const on = options.on ?? today();
  const regulatory = regulatoryLabel(study.regulatory, options.jurisdiction, locale);
  // A fact known only from a secondary source is not shown as a result.
  const shown = <T>(path: string, value: T | undefined): T | string | undefined =>
    value !== undefined && isUnverified(study, path) ? notYetChecked() : value;
  const count = (n: number | undefined) => (n === undefined ? undefined : n === 0 ? msg('None reported') : formatCount(n, locale));
  const serious = study.safety?.seriousAdverseEvents;
  return {
    study,
    authorsShort: formatAuthors(study.citation.authors, AUTHORS_SHOWN),
    authorsHidden: study.citation.authors.length > AUTHORS_SHOWN,
    citationLine: formatCitationLine(study.citation),
    certainty,
    certaintyText,
    certaintyRank: CERTAINTY_LEVELS.indexOf(certainty.level) + 1,
    regulatory,
    regulatoryNote: regulatoryFor(study.regulatory, options.jurisdiction).note,
    designSummary,
    control,
    masking: design.masking === 'not-reported' ? undefined : maskingLabel(design.masking),
    people,
    designLine: [designSummary, control, people, followUp ?? msg('follow-up not reported')].join(' · '),
    resultsContext: [people, control, maskingLabel(design.masking), certaintyText].join(' · '),
    population: formatPopulation(pop, locale),
    followUp,
    routes: formatList(study.intervention.routes.map(routeLabel), locale),
    links: citationLinks(study.citation),
    verification,
    lastReviewed: formatDate(study.lastReviewed, locale),
    recordChecked: msg(str`Study record checked ${formatDate(study.lastReviewed, locale)}.`),
    stale: isPastDue(study.reviewDue, on) && study.reviewDue ? { due: formatDate(study.reviewDue, locale) } : undefined,
    unverified: (path) => isUnverified(study, path),
    unapproved: isUnapproved(regulatory.status),
    summaryUnverified: (study.verification.unverified ?? []).some((u) => /^(?:population|followUp|design)(?:\.|$)/.test(u)),
    origin:
      study.intervention.origin === 'allogeneic'
        ? msg('from a donor (allogeneic)')
        : study.intervention.origin === 'autologous'
          ? msg('the person’s own cells (autologous)')
          : undefined,
    analysed: pop.analysed === undefined ? undefined : formatCount(pop.analysed, locale),
    comparator: study.comparator ?? (design.control === 'none' ? msg('Nothing: there was no control group') : undefined),
    outcomes: study.outcomes
      .map((o, index): OutcomeView => {
        const unchecked = isUnverified(study, `outcomes.${index}`) || isUnverified(study, `outcomes.${index}.result`);
        // Each outcome has its own rating; it is named when it differs from the card's.
        const own = study.outcomes.length > 1 ? outcomeCertainty(study, index, locale).level : certainty.level;
        const role = outcomeRoleLabel(o.role);
        return {
          index,
          measure: o.measure,
          role: own === certainty.level ? role : `${role} · ${certaintyLabel(own)}`,
          timePoint: o.timePoint,
          result: unchecked ? notYetChecked() : o.result,
          direction: unchecked || o.direction === 'not-reported' ? undefined : directionLabel(o.direction),
          statistics: unchecked && o.statistics !== undefined ? notYetChecked() : o.statistics,
        };
      })
      .sort((a, b) => Number(study.outcomes[b.index]!.role === 'primary') - Number(study.outcomes[a.index]!.role === 'primary')),
    safety: {
      serious: shown('safety.seriousAdverseEvents', serious === 0 ? noEventsText(size, locale) : count(serious)),
      deaths: shown('safety.deaths', count(study.safety?.deaths)),
      common: shown('safety.commonEvents', study.safety?.commonEvents?.join(', ')),
    },
  };
}
