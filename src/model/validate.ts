/**
 * Runtime validation: the schemas in `schema.ts` plus the checks a schema cannot express
 * (analysed ≤ enrolled, a source every key study points at, a number only with its comparator).
 * Every problem names the record and the dotted path of the bad field, so a data author can find
 * it and an element can show it. Elements load this module lazily: it carries valibot.
 */
import * as v from 'valibot';
import {
  DatasetSchema,
  PageContentSchema,
  ReviewSchema,
  StudySchema,
  TreatmentSchema,
  type Dataset,
  type PageContent,
  type Review,
  type Study,
  type Treatment,
} from './schema.js';
import { isMsCondition } from './levels.js';
import { findClaims } from './claims.js';
import { regulatoryFor } from './regulatory.js';

import type { DataIssue, ValidationResult } from './result.js';

export type { DataIssue, ValidationResult } from './result.js';

/** One line per issue, for logs and the command line. */
export const formatIssue = (issue: DataIssue): string =>
  `${issue.kind} "${issue.record}"${issue.path ? `, ${issue.path}` : ''}: ${issue.message}`;

const describe = (value: unknown): string => {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return value.length > 40 ? `"${value.slice(0, 40)}…"` : `"${value}"`;
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'function' || typeof value === 'symbol') return `a ${typeof value}`;
  return `${typeof value} ${String(value)}`;
};

const toIssue = (kind: DataIssue['kind'], record: string, issue: v.BaseIssue<unknown>): DataIssue => {
  // Keys a dotted path could not name plainly (a stray "a.b" or "" key) are quoted: ["a.b"].
  const path = (issue.path ?? [])
    .map((item, i) => {
      const key = String(item.key);
      return /^[\w$-]+$/.test(key) ? `${i ? '.' : ''}${key}` : `[${JSON.stringify(key)}]`;
    })
    .join('');
  let message = issue.message;
  if (issue.type === 'strict_object' && issue.expected === 'never') {
    message = 'is not a field this record can have (check the spelling)';
  } else if (issue.received === 'undefined' && issue.kind === 'schema') {
    message = 'is required';
  } else if (issue.type === 'picklist') {
    message = `must be one of ${issue.expected ?? ''}, not ${describe(issue.input)}`;
  } else if (issue.kind === 'schema') {
    message = `must be ${issue.expected ?? 'valid'}, not ${describe(issue.input)}`;
  }
  return { kind, record, path, message };
};

/**
 * Valibot's object schemas also accept a list, a date or a map that happens to have no stray keys
 * (`"administration": []`). Walks the parsed output beside the input and returns the path of the
 * first place where an object was expected and something else was given.
 */
function findNotPlain(input: unknown, output: unknown, path = ''): string | undefined {
  if (output === null || typeof output !== 'object') return undefined;
  const at = (key: string | number) => (path ? `${path}.${key}` : String(key));
  if (Array.isArray(output)) {
    for (const [i, item] of output.entries()) {
      const found = findNotPlain((input as unknown[])[i], item, at(i));
      if (found !== undefined) return found;
    }
    return undefined;
  }
  const proto = Object.getPrototypeOf(input) as unknown;
  if (Array.isArray(input) || (proto !== Object.prototype && proto !== null)) return path;
  for (const [key, value] of Object.entries(output)) {
    const found = findNotPlain((input as Record<string, unknown>)[key], value, at(key));
    if (found !== undefined) return found;
  }
  return undefined;
}

const recordName = (input: unknown, fallback: string): string => {
  const id = (input as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id.trim() ? id : fallback;
};

const parse = <T>(
  schema: v.GenericSchema<unknown, T>,
  kind: DataIssue['kind'],
  input: unknown,
  fallbackName: string,
  checks: (value: T, issue: (path: string, message: string, rule?: 'claim') => void) => void,
): ValidationResult<T> => {
  const record = recordName(input, fallbackName);
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { ok: false, issues: [{ kind, record, path: '', message: `must be an object, not ${describe(input)}` }] };
  }
  const parsed = v.safeParse(schema, input, { abortPipeEarly: true });
  if (!parsed.success) return { ok: false, issues: parsed.issues.map((i) => toIssue(kind, record, i)) };
  const notPlain = findNotPlain(input, parsed.output);
  if (notPlain !== undefined)
    return { ok: false, issues: [{ kind, record, path: notPlain, message: 'must be an object with named fields' }] };
  const issues: DataIssue[] = [];
  checks(parsed.output, (path, message, rule) =>
    issues.push(rule ? { kind, record, path, message, rule } : { kind, record, path, message }),
  );
  return issues.length ? { ok: false, issues, value: parsed.output } : { ok: true, value: parsed.output };
};

/** Whether a dotted path such as "outcomes.0.result" names a present field of a record. */
export function hasPath(record: unknown, path: string): boolean {
  let node: unknown = record;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object' || !(key in node)) return false;
    node = (node as Record<string, unknown>)[key];
  }
  return node !== undefined;
}

const FIGURE = /\d\s*(?:%|percent|per cent|-?fold|times)/i;

const checkReviewDates = (
  lastReviewed: string,
  due: string | undefined,
  dueField: string,
  issue: (path: string, message: string) => void,
): void => {
  if (due !== undefined && due < lastReviewed) issue(dueField, `must not be before the last review (${lastReviewed})`);
};

const checkRegulatory = (statuses: readonly { jurisdiction: string }[], issue: (path: string, message: string) => void): void => {
  const seen = new Set<string>();
  statuses.forEach((s, i) => {
    if (seen.has(s.jurisdiction)) issue(`regulatory.${i}.jurisdiction`, `repeats ${s.jurisdiction}; give one status per jurisdiction`);
    seen.add(s.jurisdiction);
  });
};

const checkStudy = (study: Study, issue: (path: string, message: string, rule?: 'claim') => void): void => {
  const { population: pop, design } = study;
  if (pop.enrolled !== undefined && pop.analysed !== undefined && pop.analysed > pop.enrolled) {
    issue('population.analysed', `must not exceed the number enrolled (${pop.enrolled})`);
  }
  const counts = pop.conditions.map((c) => c.count);
  if (pop.enrolled !== undefined && counts.every((c) => c !== undefined)) {
    const sum = counts.reduce<number>((a, c) => a + (c ?? 0), 0);
    if (sum !== pop.enrolled) issue('population.conditions', `counts add up to ${sum}, but ${pop.enrolled} were enrolled`);
  }
  pop.conditions.forEach((c, i) => {
    if (c.condition === 'other' && !c.label) issue(`population.conditions.${i}.label`, 'is required when the condition is "other"');
  });
  if (design.allocation === 'randomised' && design.control === 'none') {
    issue('design.control', 'cannot be "none" in a randomised study: randomised to what?');
  }
  if (design.control === 'none' && study.comparator) {
    issue('comparator', 'is given, but design.control says there was no control group');
  }
  if (pop.conditions.every((c) => !isMsCondition(c.condition))) {
    issue('population.conditions', 'must include at least one form of MS: this library shows MS evidence');
  }
  (study.verification.unverified ?? []).forEach((path, i) => {
    if (!hasPath(study, path)) issue(`verification.unverified.${i}`, `names "${path}", which this record does not have`);
  });
  checkRegulatory(study.regulatory, issue);
  checkReviewDates(study.lastReviewed, study.reviewDue, 'reviewDue', issue);
  if (regulatoryFor(study.regulatory).status !== 'approved') {
    const texts: [string, string | undefined][] = [
      ['conclusion', study.conclusion],
      ['design.note', study.design.note],
      ['safety.note', study.safety?.note],
      ['intervention.product', study.intervention.product],
      ...study.outcomes.map((o, i): [string, string | undefined] => [`outcomes.${i}.result`, o.result]),
      ...(study.limitations ?? []).map((l, i): [string, string] => [`limitations.${i}`, l]),
      ...study.regulatory.map((r, i): [string, string | undefined] => [`regulatory.${i}.note`, r.note]),
    ];
    for (const [path, text] of texts) {
      for (const claim of findClaims(text)) issue(path, claim, 'claim');
    }
  }
};

const TREATMENT_TEXT_FIELDS = ['aim', 'examples', 'benefits', 'risks', 'monitoring', 'limitations'] as const;

const checkTreatment = (t: Treatment, issue: (path: string, message: string, rule?: 'claim') => void): void => {
  const sourceIds = new Set<string>();
  t.sources.forEach((s, i) => {
    if (sourceIds.has(s.id)) issue(`sources.${i}.id`, `repeats "${s.id}"`);
    sourceIds.add(s.id);
    if (!(s.pmid || s.pmcid || s.doi || s.registration || s.dailymedSetId || s.url)) {
      issue(`sources.${i}`, 'needs an identifier (pmid, pmcid, doi, registration, dailymedSetId) or an https url readers can follow');
    }
  });
  (t.evidence.keyStudies ?? []).forEach((k, i) => {
    if (!sourceIds.has(k.source))
      issue(`evidence.keyStudies.${i}.source`, `names "${k.source}", which is not among this treatment's sources`);
    k.findings.forEach((f, j) => {
      if (f.source && !sourceIds.has(f.source))
        issue(`evidence.keyStudies.${i}.findings.${j}.source`, `names "${f.source}", which is not among this treatment's sources`);
    });
  });
  if (t.evidence.certainty && !t.evidence.certaintyNote) {
    issue('evidence.certaintyNote', 'is required with a certainty: say why the evidence is rated so');
  }
  for (const field of TREATMENT_TEXT_FIELDS) {
    const value = t[field];
    const texts = Array.isArray(value) ? value : value === undefined ? [] : [value];
    texts.forEach((text, i) => {
      if (FIGURE.test(text)) {
        issue(
          Array.isArray(value) ? `${field}.${i}` : field,
          'contains a figure; put it in evidence.keyStudies with its comparator and source',
        );
      }
    });
  }
  (t.warnings ?? []).forEach((w, i) => {
    if (FIGURE.test(w.text)) issue(`warnings.${i}.text`, 'contains a figure; put it in evidence.keyStudies with its comparator and source');
  });
  checkRegulatory(t.regulatory, issue);
  checkReviewDates(t.lastReviewed, t.reviewDue, 'reviewDue', issue);
  if (regulatoryFor(t.regulatory).status !== 'approved') {
    const texts: [string, string | undefined][] = [
      ['name', t.name],
      ['aim', t.aim],
      ['evidence.summary', t.evidence.summary],
      ['evidence.certaintyNote', t.evidence.certaintyNote],
      ...(['benefits', 'examples', 'limitations', 'risks', 'monitoring'] as const).flatMap((field) =>
        (t[field] ?? []).map((text, i): [string, string] => [`${field}.${i}`, text]),
      ),
      ...t.regulatory.flatMap((r, i): [string, string | undefined][] => [
        [`regulatory.${i}.note`, r.note],
        ...(r.indications ?? []).map((x, j): [string, string] => [`regulatory.${i}.indications.${j}`, x]),
      ]),
    ];
    for (const [path, text] of texts) {
      for (const claim of findClaims(text)) issue(path, claim, 'claim');
    }
  }
};

/** Validates one study record. */
export const validateStudy = (input: unknown, position = 'study'): ValidationResult<Study> =>
  parse(StudySchema, 'study', input, position, checkStudy);

/** Validates one treatment record. */
export const validateTreatment = (input: unknown, position = 'treatment'): ValidationResult<Treatment> =>
  parse(TreatmentSchema, 'treatment', input, position, checkTreatment);

/** Validates page content. */
export const validatePage = (input: unknown): ValidationResult<PageContent> =>
  parse(PageContentSchema, 'page', input, 'page', (page, issue) => {
    if (page.review) checkReviewDates(page.review.lastReviewed, page.review.nextReviewDue, 'review.nextReviewDue', issue);
  });

/** Validates a page review line. */
export const validateReview = (input: unknown): ValidationResult<Review> =>
  parse(ReviewSchema, 'page', input, 'review', (review, issue) =>
    checkReviewDates(review.lastReviewed, review.nextReviewDue, 'nextReviewDue', issue),
  );

/** A dataset checked record by record: one bad record does not hide the good ones. */
export interface CheckedDataset {
  /** Results by record id (records without a usable id appear only in `issues`). */
  studies: Map<string, ValidationResult<Study>>;
  treatments: Map<string, ValidationResult<Treatment>>;
  page?: ValidationResult<PageContent>;
  /** Every problem found, in document order. */
  issues: DataIssue[];
}

const collection = <T extends { id: string }>(
  items: unknown,
  name: 'studies' | 'treatments',
  validate: (input: unknown, position: string) => ValidationResult<T>,
  issues: DataIssue[],
): Map<string, ValidationResult<T>> => {
  const results = new Map<string, ValidationResult<T>>();
  if (items === undefined) return results;
  if (!Array.isArray(items)) {
    issues.push({ kind: 'dataset', record: 'dataset', path: name, message: `must be a list, not ${describe(items)}` });
    return results;
  }
  items.forEach((item, i) => {
    const position = `${name}[${i}]`;
    const result = validate(item, position);
    const id = recordName(item, position);
    if (results.has(id)) {
      issues.push({ kind: 'dataset', record: 'dataset', path: `${name}.${i}.id`, message: `repeats the id "${id}"` });
      return;
    }
    if (!result.ok) issues.push(...result.issues);
    results.set(id, result);
  });
  return results;
};

/** Options for checking a dataset. */
export interface CheckOptions {
  /** Ids of studies that live in other documents, so links to them are not dangling. */
  knownStudyIds?: ReadonlySet<string>;
}

/**
 * Validates a dataset document ({ studies, treatments, page }) record by record, and the links
 * between records (a treatment's studyIds must name studies in the dataset or `knownStudyIds`).
 */
export function checkDataset(input: unknown, options: CheckOptions = {}): CheckedDataset {
  const issues: DataIssue[] = [];
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    issues.push({
      kind: 'dataset',
      record: 'dataset',
      path: '',
      message: `must be an object with studies, treatments or page, not ${describe(input)}`,
    });
    return { studies: new Map(), treatments: new Map(), issues };
  }
  const doc = input as Record<string, unknown>;
  for (const key of Object.keys(doc)) {
    if (!(key in DatasetSchema.entries)) {
      issues.push({ kind: 'dataset', record: 'dataset', path: key, message: 'is not a field a dataset can have (check the spelling)' });
    }
  }
  const studies = collection(doc.studies, 'studies', validateStudy, issues);
  const treatments = collection(doc.treatments, 'treatments', validateTreatment, issues);
  let page: ValidationResult<PageContent> | undefined;
  if (doc.page !== undefined) {
    page = validatePage(doc.page);
    if (!page.ok) issues.push(...page.issues);
  }
  for (const [id, result] of treatments) {
    if (!result.ok) continue;
    const refs: [string, string][] = [
      ...(result.value.evidence.studyIds ?? []).map((s, i): [string, string] => [`evidence.studyIds.${i}`, s]),
      ...(result.value.evidence.keyStudies ?? []).flatMap((k, i): [string, string][] =>
        k.studyId ? [[`evidence.keyStudies.${i}.studyId`, k.studyId]] : [],
      ),
    ];
    const dangling = refs
      .filter(([, ref]) => !studies.has(ref) && !options.knownStudyIds?.has(ref))
      .map(([path, ref]): DataIssue => ({
        kind: 'treatment',
        record: id,
        path,
        message: `names the study "${ref}", which is not in this dataset`,
      }));
    // A dangling study link is reported for data authors but does not hide the treatment: the
    // element simply has no study to link to.
    issues.push(...dangling);
  }
  return page ? { studies, treatments, page, issues } : { studies, treatments, issues };
}

/** The valid part of a checked dataset, as plain data. */
export function validRecords(checked: CheckedDataset): Required<Pick<Dataset, 'studies' | 'treatments'>> & { page?: PageContent } {
  const ok = <T>(m: Map<string, ValidationResult<T>>): T[] => [...m.values()].flatMap((r) => (r.ok ? [r.value] : []));
  const out: Required<Pick<Dataset, 'studies' | 'treatments'>> & { page?: PageContent } = {
    studies: ok(checked.studies),
    treatments: ok(checked.treatments),
  };
  if (checked.page?.ok) out.page = checked.page.value;
  return out;
}
