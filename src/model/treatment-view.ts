/**
 * What a treatment comparison shows: the criteria (each asked as the reader's question), which
 * options to compare, and the derived text of each option. Options are never sorted or ranked:
 * they appear in the order the data or the page gives them.
 */
import { msg } from '@lit/localize';
import type { Treatment } from './schema.js';
import type { DataIssue, ValidationResult } from './validate.js';
import { isUnapproved, regulatoryFor } from './regulatory.js';

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

/** Splits a list attribute ("a, b c") into its items. */
export const splitList = (value: string | undefined): string[] =>
  (value ?? '')
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * The rows to show: the page's choice (or the default), with the regulatory row added whenever
 * any option is not approved, and sources always last. Unknown names are returned for a warning.
 */
export function chooseCriteria(
  value: string | undefined,
  options: readonly Treatment[],
  jurisdiction = 'US',
): { criteria: Criterion[]; unknown: string[] } {
  const asked = value === undefined || !value.trim() ? [...DEFAULT_CRITERIA] : splitList(value);
  const unknown = asked.filter((c) => !(CRITERIA as readonly string[]).includes(c));
  const criteria: Criterion[] = [
    ...new Set(asked.filter((c): c is Criterion => (CRITERIA as readonly string[]).includes(c) && c !== 'sources')),
  ];
  const needsRegulatory = options.some((o) => isUnapproved(regulatoryFor(o.regulatory, jurisdiction).status));
  if (needsRegulatory && !criteria.includes('regulatory')) criteria.splice(criteria[0] === 'aim' ? 1 : 0, 0, 'regulatory');
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
