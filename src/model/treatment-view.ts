/**
 * What a treatment comparison shows: the criteria (each asked as the reader's question), which
 * options to compare, and the derived text of each option. Options are never sorted or ranked:
 * they appear in the order the data or the page gives them.
 */
import type { Finding, Treatment } from './schema.js';
import { TREATMENT_CATEGORIES, type TreatmentCategory } from './vocabulary.js';
import type { DataIssue, ValidationResult } from './validate.js';
import { isUnapproved, regulatoryFlag, regulatoryFor, regulatoryLabel, type RegulatoryLabel } from './regulatory.js';
import { sourceLinks } from './citation.js';
import { categoryLabel, certaintyLabel, ratingLabel, routeLabel } from './labels.js';
import { formatCount } from './format.js';
import { findingCertainty, treatmentCertainty, type Certainty } from './certainty.js';
import { msg, str } from '@lit/localize';

/** The rows a comparison can show. */
export const CRITERIA = [
  'aim',
  'regulatory',
  'evidence',
  'route',
  'frequency',
  'benefits',
  'risks',
  'monitoring',
  'limitations',
  'examples',
  'sources',
] as const;
export type Criterion = (typeof CRITERIA)[number];

/** Shown when the page does not choose: what readers ask first. */
export const DEFAULT_CRITERIA: readonly Criterion[] = ['aim', 'regulatory', 'evidence', 'route', 'frequency', 'risks'];

/** Each criterion as the question a reader asks. */
export const criterionQuestion = (c: Criterion): string =>
  ({
    aim: msg('What is it for?'),
    regulatory: msg('Is it approved for MS?'),
    evidence: msg('How strong is the evidence?'),
    route: msg('How is it given?'),
    frequency: msg('How often?'),
    benefits: msg('What are the benefits?'),
    risks: msg('What are the risks?'),
    monitoring: msg('What checks are needed?'),
    limitations: msg('What are its limits?'),
    examples: msg('Examples'),
    sources: msg('Where is this from?'),
  })[c];

/**
 * The rows to show: the page's choice (empty: the default), with the regulatory row added whenever
 * any option is not approved, the risks row added whenever a benefit or a trial figure is shown
 * (no benefit without its harms), and sources always last. Unknown names are returned for a warning.
 */
export function chooseCriteria(
  requested: readonly string[],
  options: readonly Treatment[],
  jurisdiction = 'US',
): { criteria: Criterion[]; unknown: string[] } {
  const asked: readonly string[] = requested.length ? requested : DEFAULT_CRITERIA;
  const unknown = asked.filter((c) => !(CRITERIA as readonly string[]).includes(c));
  const criteria: Criterion[] = [
    ...new Set(asked.filter((c): c is Criterion => (CRITERIA as readonly string[]).includes(c) && c !== 'sources')),
  ];
  // Any option not known to be approved (or not a medicine) makes the regulatory row mandatory.
  const needsRegulatory = options.some((o) => !['approved', 'not-applicable'].includes(regulatoryFor(o.regulatory, jurisdiction).status));
  if (needsRegulatory && !criteria.includes('regulatory')) criteria.splice(criteria[0] === 'aim' ? 1 : 0, 0, 'regulatory');
  // A figure or a benefit on screen brings the risks row with it, right after the last of them.
  const benefitShown =
    (criteria.includes('evidence') && showsFigures(options)) || (criteria.includes('benefits') && options.some((o) => o.benefits?.length));
  if (benefitShown && !criteria.includes('risks')) {
    criteria.splice(Math.max(criteria.indexOf('evidence'), criteria.indexOf('benefits')) + 1, 0, 'risks');
  }
  criteria.push('sources');
  return { criteria, unknown };
}

/** The options chosen for a comparison, and the problems met choosing them. */
export interface Selection {
  options: Treatment[];
  /** Problems of chosen records that could not be shown. */
  problems: DataIssue[];
  /** Ids asked for and not in the data. */
  missing: string[];
}

/**
 * Chooses options from checked records: by ids (in the order given), by category (the options of
 * that category, or its category record when it has no options), else every category record,
 * or, with `everything` (a list the page gave), every record.
 */
export function selectTreatments(
  records: ReadonlyMap<string, ValidationResult<Treatment>>,
  { ids, category, everything = false }: { ids?: string[]; category?: string; everything?: boolean },
): Selection {
  const problems: DataIssue[] = [];
  const options: Treatment[] = [];
  const missing: string[] = [];
  const take = (result: ValidationResult<Treatment>) => {
    if (result.ok) options.push(result.value);
    else problems.push(...result.issues);
  };
  if (ids?.length) {
    for (const id of ids) {
      const result = records.get(id);
      if (result) take(result);
      else missing.push(id);
    }
    return { options, problems, missing };
  }
  const all = [...records.values()];
  const valid = (r: ValidationResult<Treatment>): Treatment | undefined => (r.ok ? r.value : undefined);
  let chosen: ValidationResult<Treatment>[];
  if (category) {
    const inCategory = all.filter((r) => valid(r)?.category === category);
    const optionsOnly = inCategory.filter((r) => valid(r)?.scope === 'option');
    chosen = optionsOnly.length ? optionsOnly : inCategory;
    if (!chosen.length) missing.push(category);
  } else {
    const categories = all.filter((r) => valid(r)?.scope === 'category');
    chosen = categories.length && !everything ? categories : all.filter((r) => r.ok);
  }
  chosen.forEach(take);
  // Records that failed validation cannot be matched by category or scope; report them all so
  // nothing is dropped silently.
  if (!ids?.length) for (const r of all) if (!r.ok) problems.push(...r.issues);
  return { options, problems, missing };
}

/** True when any option shows trial figures, which must never be compared across trials. */
export const showsFigures = (options: readonly Treatment[]): boolean =>
  options.some((o) => (o.evidence.keyStudies ?? []).some((k) => k.findings.length > 0));

/** One option's column (or card) header. */
export interface OptionView {
  id: string;
  name: string;
  /** The category, or undefined for a category record (its name says it). */
  category?: string | undefined;
  unapproved: boolean;
  /** "Investigational", "Not approved" or "Approval status not reported", shown in the header. */
  flag?: string | undefined;
}

/** A finding, always with what it was compared with, its trial and its source. */
export interface FindingView {
  measure: string;
  /** "68% lower relapse rate (relative reduction): 0.26 vs 0.81 relapses per person per year" */
  result: string;
  /** This finding's own certainty, when it differs from its study's (GRADE rates each outcome). */
  certainty?: string | undefined;
  /** "compared with placebo" */
  comparedWith: string;
  timePoint?: string | undefined;
  /** The source: always its title, and a link when one can be built from its identifiers. */
  source?: { href?: string | undefined; title: string } | undefined;
}

/** What a cell shows, by kind; undefined reads "Not reported". */
export type CellView =
  | { kind: 'text'; text: string }
  | { kind: 'lines'; lines: { text: string; muted?: boolean }[] }
  | { kind: 'list'; items: { text: string; boxed?: boolean }[] }
  | { kind: 'regulatory'; label: RegulatoryLabel; indications: string[]; note?: string | undefined }
  | {
      kind: 'evidence';
      certainty?: string | undefined;
      note?: string | undefined;
      summary?: string | undefined;
      studies: {
        name: string;
        people?: string | undefined;
        design?: string | undefined;
        /** The study's certainty by the rules ("Moderate certainty"); undefined when not rated. */
        certainty?: string | undefined;
        findings: FindingView[];
      }[];
    }
  | { kind: 'sources'; items: { title: string; publisher?: string | undefined; href?: string | undefined }[] };

/** Everything a comparison shows. */
export interface ComparisonView {
  caption: string;
  options: OptionView[];
  rows: { criterion: Criterion; question: string; cells: (CellView | undefined)[] }[];
  /** Figures appear: say they cannot be compared across trials. */
  figures: boolean;
  /** Criteria the page asked for that do not exist. */
  unknownCriteria: string[];
}

const list = (items: readonly string[] | undefined): CellView | undefined =>
  items?.length ? { kind: 'list', items: items.map((text) => ({ text })) } : undefined;

/** What kind of relative effect a text states, for the words beside it. */
// English and Spanish words: the text may be a translation (data/locales, a record's `translations`).
const relativeWords = (relative: string): string =>
  /fewer|lower|less|reduc|decreas|menor|menos|disminu/i.test(relative)
    ? msg('relative reduction')
    : /higher|more|increas|mayor|más|aument/i.test(relative)
      ? msg('relative increase')
      : msg('relative difference');

/**
 * A finding's result in one line: the relative effect named as relative, then the absolute numbers
 * it comes from, then any other statistics. "68% lower relapse rate (relative reduction): 0.26 vs
 * 0.81 relapses per person per year".
 */
export function findingText(f: Finding): string {
  const relative = f.relative ? `${f.relative} (${relativeWords(f.relative)})` : undefined;
  const main = relative && f.absolute ? `${relative}: ${f.absolute}` : (relative ?? f.absolute);
  return [main, f.result].filter(Boolean).join('; ');
}

/** Why a treatment's evidence is rated as it is, in plain words. */
function certaintyNote(t: Treatment, locale: string): { label?: string | undefined; note?: string | undefined } {
  const c = treatmentCertainty(t, locale);
  if (!c.level) return { note: t.evidence.certaintyNote };
  const label = certaintyLabel(c.level);
  if (c.lowered) {
    const from = certaintyLabel(c.derived!);
    return { label, note: msg(str`Lowered by the editors from ${from}: ${c.lowered.reason ?? ''}`) };
  }
  // The weakest rated key study decides; its concerns are the reasons.
  const weakest = c.studies.find((s): s is Certainty => s !== undefined && s.level === c.derived);
  const concerns = (weakest?.reasons ?? []).filter((r) => r.effect < 0).map((r) => r.text);
  return {
    label,
    note: concerns.length
      ? msg(str`Rated by the same rules as every study: ${concerns.join(' ')}`)
      : msg('Rated by the same rules as every study: large randomised trials, with nothing that lowers the rating.'),
  };
}

function cell(t: Treatment, c: Criterion, jurisdiction: string, locale: string): CellView | undefined {
  const a = t.administration;
  switch (c) {
    case 'aim':
      return { kind: 'text', text: t.aim };
    case 'regulatory': {
      const status = t.regulatory.find((s) => s.jurisdiction === jurisdiction);
      return {
        kind: 'regulatory',
        label: regulatoryLabel(t.regulatory, jurisdiction, locale),
        indications: status?.indications ?? [],
        note: status?.note,
      };
    }
    case 'evidence': {
      const e = t.evidence;
      const link = (id: string) => {
        const s = t.sources.find((x) => x.id === id);
        return s && { href: sourceLinks(s)[0]?.href, title: s.title };
      };
      const rated = certaintyNote(t, locale);
      const byStudy = treatmentCertainty(t, locale).studies;
      return {
        kind: 'evidence',
        certainty: rated.label,
        note: rated.note,
        summary: e.summary,
        studies: (e.keyStudies ?? []).map((k, i) => ({
          name: k.name,
          people: k.participants === undefined ? undefined : msg(str`${formatCount(k.participants, locale)} people`),
          design: k.design,
          certainty: byStudy[i] && ratingLabel(byStudy[i].level),
          findings: k.findings.map((f) => {
            // Each finding is rated on its own; its rating is named when it differs from the study's.
            const own = k.findings.length > 1 ? findingCertainty(k, f, locale) : undefined;
            return {
              measure: f.measure,
              result: findingText(f),
              certainty: own && own.level !== byStudy[i]?.level ? ratingLabel(own.level) : undefined,
              comparedWith: msg(str`compared with ${k.comparator}`),
              timePoint: f.timePoint,
              source: link(f.source ?? k.source),
            };
          }),
        })),
      };
    }
    case 'route': {
      const lines = [
        ...(a?.routes?.length ? [{ text: a.routes.map(routeLabel).join('; ') }] : []),
        ...(a?.setting ? [{ text: a.setting, muted: true }] : []),
      ];
      return lines.length ? { kind: 'lines', lines } : undefined;
    }
    case 'frequency':
      return a?.frequency ? { kind: 'text', text: a.frequency } : undefined;
    case 'risks': {
      const warnings = [...(t.warnings ?? [])].sort((x, y) => Number(Boolean(y.boxed)) - Number(Boolean(x.boxed)));
      const items = [
        ...warnings.map((w) => ({ text: w.medicine ? `${w.medicine}: ${w.text}` : w.text, boxed: Boolean(w.boxed) })),
        ...(t.risks ?? []).map((text) => ({ text })),
      ];
      return items.length ? { kind: 'list', items } : undefined;
    }
    case 'sources':
      return { kind: 'sources', items: t.sources.map((s) => ({ title: s.title, publisher: s.publisher, href: sourceLinks(s)[0]?.href })) };
    default:
      return list(t[c]);
  }
}

/**
 * Describes a comparison: the rows the page asked for (`criteria`, already split; empty for the
 * default), each option's header and every cell, in the order given.
 */
export function describeComparison(
  options: readonly Treatment[],
  {
    criteria = [],
    jurisdiction = 'US',
    locale = 'en',
    category,
  }: { criteria?: readonly string[]; jurisdiction?: string; locale?: string; category?: string | undefined },
): ComparisonView {
  const chosen = chooseCriteria(criteria, options, jurisdiction);
  const knownCategory =
    category && (TREATMENT_CATEGORIES as readonly string[]).includes(category) ? categoryLabel(category as TreatmentCategory) : category;
  return {
    caption: knownCategory ? msg(str`${knownCategory}: options compared`) : msg('MS treatment options compared'),
    options: options.map((t) => ({
      id: t.id,
      name: t.name,
      category: t.scope === 'option' ? categoryLabel(t.category) : undefined,
      unapproved: isUnapproved(regulatoryFor(t.regulatory, jurisdiction).status),
      flag: regulatoryFlag(regulatoryFor(t.regulatory, jurisdiction).status),
    })),
    rows: chosen.criteria.map((c) => ({
      criterion: c,
      question: criterionQuestion(c),
      cells: options.map((t) => cell(t, c, jurisdiction, locale)),
    })),
    figures: chosen.criteria.includes('evidence') && showsFigures(options),
    unknownCriteria: chosen.unknown,
  };
}
