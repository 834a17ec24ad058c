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
  controlLabel,
  maskingLabel,
  phaseLabel,
  routeLabel,
  studyTypeLabel,
  verificationSourceLabel,
  directionLabel,
  conditionLabel,
  outcomeRoleLabel,
  ratingLabel,
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
  /** "Low certainty"; "Retracted — not rated" for a retracted publication. */
  certaintyText: string;
  /** 1 (very low) to 4 (high), for the meter; 0 when not rated (retracted). */
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
  /** Publication notices (correction, retraction…), their dates in the card's one date format. */
  notices: { kind: NonNullable<Study['citation']['notices']>[number]['kind']; date?: string | undefined; note?: string | undefined }[];
  /** The "In short" key messages, shown first on every card. */
  summary: StudySummary;
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
  /** "Primary outcome", "Secondary outcome"; undefined when the study does not say. */
  role?: string | undefined;
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
  const certaintyText = ratingLabel(certainty.level);
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
    certaintyRank: certainty.level ? CERTAINTY_LEVELS.indexOf(certainty.level) + 1 : 0,
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
        // An unknown role says nothing, rather than "role not stated" on every outcome.
        const role = o.role === 'not-stated' ? undefined : outcomeRoleLabel(o.role);
        const rating = own === certainty.level ? undefined : ratingLabel(own);
        return {
          index,
          measure: o.measure,
          role: [role, rating].filter(Boolean).join(' · ') || undefined,
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
    // A note that already mentions the year carries its own date: the label does not repeat it in another format.
    notices: (study.citation.notices ?? []).map((n) => ({
      kind: n.kind,
      note: n.note,
      date: n.date && !n.note?.includes(n.date.slice(0, 4)) ? formatDate(n.date, locale) : undefined,
    })),
    summary: summarizeStudy(study, certainty, regulatory, locale),
  };
}

// ---- "In short": the key messages ------------------------------------------------------------

/**
 * The key messages of a study, in the order NHS.uk and Cochrane plain-language summaries lead
 * with: what was tested and in whom, what happened to the main outcome, how sure we can be and
 * why, whether it is approved, and the known harms. Each is generated from the record, never
 * typed, so it cannot say more than the data; `unverified` marks a message resting on facts not
 * yet checked against the publication.
 */
export interface StudySummary {
  /** "Tested in 20 people with MS (form not reported).": the compact card's opening words. */
  whom: SummaryLine;
  /** "Umbilical cord tissue-derived mesenchymal stem cells, in 20 people with MS (form not reported)." */
  tested: SummaryLine;
  /** "Disability (EDSS): improved." The primary outcome, or else the first with a direction. */
  result: SummaryLine;
  /** "The study did not name a main (primary) outcome.", when it did not. */
  resultNote?: string | undefined;
  /** "Very low certainty, mainly because there was no control group." */
  certainty: SummaryLine;
  /** The regulatory label ("Investigational — not FDA-approved for MS"). */
  approval: SummaryLine;
  /** "No serious adverse events reported among 20 people. Common: headache, fatigue." */
  harms: SummaryLine;
}

/** One key message. */
export interface SummaryLine {
  text: string;
  /** Rests on facts marked not verified. */
  unverified: boolean;
}

/** "Headache" → "headache" inside a sentence; "MRI lesions" stays as it is. */
const lowerFirst = (text: string, locale: string): string =>
  /^\p{Lu}\p{Ll}/u.test(text) ? text[0]!.toLocaleLowerCase(locale) + text.slice(1) : text;

/** How an outcome went, as a phrase that follows its name. */
const directionPhrase = (d: Study['outcomes'][number]['direction']): string =>
  ({
    improved: msg('improved'),
    'no-difference': msg('no clear difference'),
    worse: msg('got worse'),
    mixed: msg('mixed results'),
    'not-reported': msg('result not reported'),
  })[d];

/** The main reason for a certainty level, in a few words that follow "mainly because". */
function mainReason(certainty: Certainty, size: number | undefined, locale: string): string {
  // The first step down, in the rules' order (design before size), is the main reason; with none,
  // the starting point explains the level.
  const reason = certainty.reasons.find((r) => r.effect < 0) ?? certainty.reasons[0];
  switch (reason?.code) {
    case 'no-control':
      return msg('there was no control group to compare with');
    case 'control-not-reported':
      return msg('the study does not say whether anyone was compared with the people treated');
    case 'small':
    case 'very-small':
      return size === undefined ? msg('the study was small') : msg(str`only ${formatCount(size, locale)} people took part`);
    case 'interval-includes-no-effect':
      return msg('its result is also compatible with no effect at all');
    case 'open-label-subjective':
      return msg('people knew which treatment they had, and the outcome depends on judgement');
    case 'high-dropout':
      return msg('many people left the study before the end');
    case 'stopped-early':
      return msg('the study was stopped early');
    case 'registered-late':
      return msg('the study was registered only after it had started');
    case 'surrogate-outcome':
      return msg('its main outcome stands in for what matters to patients, such as disability');
    case 'size-not-reported':
      return msg('the number of people who took part is not reported');
    case 'short-follow-up':
      return msg('people were followed for only a short time');
    case 'follow-up-not-reported':
      return msg('how long people were followed is not reported');
    case 'not-all-ms':
      return msg('not everyone in the study had MS');
    case 'unverified':
      return msg('key facts are not yet checked against the publication');
    case 'retracted':
      return msg('the publication was retracted');
    case 'randomised-controlled':
      return msg('it compared randomly assigned groups');
    case undefined:
      return '';
    default:
      return msg('it did not compare randomly assigned groups');
  }
}

/** Computes the "In short" messages of a (valid) study. */
export function summarizeStudy(study: Study, certainty: Certainty, regulatory: RegulatoryLabel, locale = 'en'): StudySummary {
  const { population: pop, intervention: iv } = study;
  const marked = (...paths: string[]) => paths.some((p) => isUnverified(study, p));
  const people = (n: number) => (n === 1 ? msg('1 person') : msg(str`${formatCount(n, locale)} people`));

  // In whom: one condition reads "20 people with relapsing-remitting MS"; several list their counts.
  const only = pop.conditions.length === 1 ? pop.conditions[0]! : undefined;
  const whom =
    only && pop.enrolled !== undefined
      ? msg(str`${people(pop.enrolled)} with ${only.label ?? conditionLabel(only.condition)}`)
      : formatPopulation(pop, locale);

  const primary = study.outcomes.find((o) => o.role === 'primary');
  const shown = primary ?? study.outcomes.find((o) => o.direction !== 'not-reported') ?? study.outcomes[0];
  const shownIndex = shown ? study.outcomes.indexOf(shown) : -1;
  // A result known only from a secondary summary is not stated as a result (see notYetChecked).
  const unchecked = shown !== undefined && (marked(`outcomes.${shownIndex}`) || marked(`outcomes.${shownIndex}.result`));
  const result = shown
    ? msg(str`${shown.measure}: ${unchecked ? lowerFirst(notYetChecked(), locale) : directionPhrase(shown.direction)}.`)
    : msg('No results reported.');

  const s = study.safety;
  const size = pop.analysed ?? pop.enrolled;
  const serious =
    s?.seriousAdverseEvents === undefined
      ? (s?.note ?? msg('Serious adverse events: not reported.'))
      : s.seriousAdverseEvents === 0
        ? size === undefined
          ? msg('No serious adverse events reported.')
          : msg(str`No serious adverse events reported among ${people(size)}.`)
        : msg(str`Serious adverse events: ${formatCount(s.seriousAdverseEvents, locale)}.`);
  const deaths = s?.deaths ? msg(str`Deaths: ${formatCount(s.deaths, locale)}.`) : '';
  const common = s?.commonEvents?.length
    ? msg(
        str`Common: ${formatList(
          s.commonEvents.map((e) => lowerFirst(e, locale)),
          locale,
        )}.`,
      )
    : '';

  return {
    whom: { text: msg(str`Tested in ${whom}.`), unverified: marked('population') },
    tested: { text: msg(str`${iv.product}, in ${whom}.`), unverified: marked('intervention.product', 'population') },
    result: { text: result, unverified: unchecked },
    resultNote: primary || !shown ? undefined : msg('The study did not name a main (primary) outcome.'),
    certainty: {
      text: certainty.level
        ? msg(str`${ratingLabel(certainty.level)}, mainly because ${mainReason(certainty, size, locale)}.`)
        : msg('Retracted — not rated: its findings should not be relied on.'),
      unverified: false,
    },
    approval: { text: regulatory.text, unverified: false },
    harms: { text: [serious, deaths, common].filter(Boolean).join(' '), unverified: marked('safety') },
  };
}
