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
import { claimTexts, unknownPaths } from './translations.js';
import { regulatoryFor } from './regulatory.js';
import { treatmentCertainty } from './certainty.js';
import { CERTAINTY_LEVELS } from './levels.js';
import { sourceProblem } from './sources.js';

import type { DataIssue, ValidationResult } from './result.js';

export type { DataIssue, ValidationResult } from './result.js';
export { claimTexts } from './translations.js';

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

/** Reports a problem; `rule` marks a claim, or a warning that does not make the record invalid. */
type Report = (path: string, message: string, rule?: 'claim' | 'warning') => void;

const parse = <T>(
  schema: v.GenericSchema<unknown, T>,
  kind: DataIssue['kind'],
  input: unknown,
  fallbackName: string,
  checks: (value: T, issue: Report) => void,
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
  const warnings: DataIssue[] = [];
  checks(parsed.output, (path, message, rule) => {
    if (rule === 'warning') warnings.push({ kind, record, path, message, severity: 'warning' });
    else issues.push(rule ? { kind, record, path, message, rule } : { kind, record, path, message });
  });
  if (issues.length) return { ok: false, issues, value: parsed.output };
  return warnings.length ? { ok: true, value: parsed.output, warnings } : { ok: true, value: parsed.output };
};

const checkClaims = (schema: unknown, record: unknown, issue: Report): void => {
  for (const [path, text] of claimTexts(schema, record)) for (const claim of findClaims(text)) issue(path, claim, 'claim');
};

/**
 * A record's own translations: each path must name a reader-facing text the record has, and a
 * translation of an unapproved therapy is claim-checked like the original.
 */
const checkTranslations = (
  schema: unknown,
  record: { translations?: Record<string, Record<string, string>> },
  approved: boolean,
  issue: Report,
): void => {
  for (const [language, texts] of Object.entries(record.translations ?? {})) {
    const at = (path: string) => `translations.${language}[${JSON.stringify(path)}]`;
    for (const path of unknownPaths(schema, record, texts)) {
      issue(at(path), `names "${path}", which is not a reader-facing text of this record`);
    }
    if (!approved) for (const [path, text] of Object.entries(texts)) for (const claim of findClaims(text)) issue(at(path), claim, 'claim');
  }
};

/** A percentage change ("68% fewer", "42% lower risk", "a 29% reduction"): a relative effect. */
const RELATIVE =
  /\d+(?:\.\d+)?\s*(?:%|percent|per cent)\s*(?:fewer|lower|less|higher|more|reduction|reduced|increase|relative)|(?:reduc\w*|lower\w*|fewer|decrease\w*)\s+(?:by\s+)?\d+(?:\.\d+)?\s*(?:%|percent|per cent)/i;

/** True when a text states a percentage change (a relative effect). */
export const statesRelativeEffect = (text: string | undefined): boolean => Boolean(text && RELATIVE.test(text));

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

/** An approval must say what it is for; a history event must follow the first approval. */
const checkApprovals = (statuses: Treatment['regulatory'], issue: Report): void => {
  statuses.forEach((s, i) => {
    if (s.status === 'approved' && !s.approvedFor?.length) {
      issue(
        `regulatory.${i}.approvedFor`,
        'is required when approved: name what it is approved for (for example relapsing-ms), never just "MS"',
      );
    }
    if (s.status !== 'approved' && (s.approvedFor?.length || s.history?.length)) {
      issue(`regulatory.${i}.status`, 'is not "approved", but approvedFor or history is given');
    }
    const first = s.approvalYear;
    (s.history ?? []).forEach((h, j) => {
      if (first !== undefined && Number(h.date.slice(0, 4)) < first) {
        issue(`regulatory.${i}.history.${j}.date`, `is before the first approval (${first})`);
      }
    });
  });
};

const checkRegulatory = (statuses: readonly { jurisdiction: string }[], issue: (path: string, message: string) => void): void => {
  const seen = new Set<string>();
  statuses.forEach((s, i) => {
    if (seen.has(s.jurisdiction)) issue(`regulatory.${i}.jurisdiction`, `repeats ${s.jurisdiction}; give one status per jurisdiction`);
    seen.add(s.jurisdiction);
  });
};

const checkStudy = (study: Study, issue: Report): void => {
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
  checkApprovals(study.regulatory, issue);
  const approved = regulatoryFor(study.regulatory).status === 'approved';
  if (!approved) checkClaims(StudySchema, study, issue);
  checkTranslations(StudySchema, study, approved, issue);
};

const TREATMENT_TEXT_FIELDS = ['aim', 'examples', 'benefits', 'risks', 'monitoring', 'limitations'] as const;

/** True when the record shows an efficacy figure (a key study finding) or a benefit. */
export const showsBenefit = (t: Treatment): boolean =>
  Boolean(t.benefits?.length) || (t.evidence.keyStudies ?? []).some((k) => k.findings.length > 0);

/**
 * No benefit without its harms: an approved option or category that shows efficacy or benefits
 * carries its label's warnings, boxed warnings first, each traced to the label it comes from.
 */
const checkHarms = (t: Treatment, sourceIds: ReadonlySet<string>, issue: Report): void => {
  const warnings = t.warnings ?? [];
  if (regulatoryFor(t.regulatory).status === 'approved' && showsBenefit(t) && !warnings.length) {
    issue(
      'warnings',
      "is required: a record that shows benefits or trial figures must carry the label's warnings, boxed warnings first, then the main warnings and precautions",
    );
  }
  let seenPlain = false;
  warnings.forEach((w, i) => {
    if (!w.boxed) seenPlain = true;
    else if (seenPlain) issue(`warnings.${i}.boxed`, 'must come first: list boxed warnings before the other warnings');
    if (w.source && !sourceIds.has(w.source))
      issue(`warnings.${i}.source`, `names "${w.source}", which is not among this treatment's sources`);
    if (regulatoryFor(t.regulatory).status === 'approved' && !w.source) {
      issue(`warnings.${i}.source`, 'is required: name the label (an entry in sources) this warning comes from');
    }
  });
};

const checkFindings = (t: Treatment, issue: Report): void => {
  (t.evidence.keyStudies ?? []).forEach((k, i) =>
    k.findings.forEach((f, j) => {
      const at = `evidence.keyStudies.${i}.findings.${j}`;
      if ((f.relative || statesRelativeEffect(f.result)) && !f.absolute) {
        issue(
          f.relative ? `${at}.relative` : `${at}.result`,
          'gives a relative effect (a percentage) without the absolute numbers it comes from; add absolute, e.g. "0.26 vs 0.81 relapses per person per year"',
          'warning',
        );
      }
    }),
  );
};

/** A hand-entered certainty may only lower the one derived from the key studies, with a reason. */
const checkCertainty = (t: Treatment, issue: Report): void => {
  const hand = t.evidence.certainty;
  if (!hand) return;
  if (!t.evidence.certaintyNote) issue('evidence.certaintyNote', 'is required with a certainty: say why the evidence is rated lower');
  const { derived } = treatmentCertainty(t);
  if (!derived) {
    issue(
      'evidence.certainty',
      'cannot be set by hand: certainty is derived from key studies with methods, and there are none to derive it from',
    );
  } else if (CERTAINTY_LEVELS.indexOf(hand) >= CERTAINTY_LEVELS.indexOf(derived)) {
    issue(
      'evidence.certainty',
      `can only lower the certainty derived from the key studies (${derived}); remove it, or give a lower level and say why in certaintyNote`,
    );
  }
};

const checkTreatment = (t: Treatment, issue: Report): void => {
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
  t.regulatory.forEach((r, i) => {
    if (r.source && !sourceIds.has(r.source))
      issue(`regulatory.${i}.source`, `names "${r.source}", which is not among this treatment's sources`);
  });
  checkCertainty(t, issue);
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
  checkHarms(t, sourceIds, issue);
  checkFindings(t, issue);
  checkRegulatory(t.regulatory, issue);
  checkApprovals(t.regulatory, issue);
  checkReviewDates(t.lastReviewed, t.reviewDue, 'reviewDue', issue);
  const approved = regulatoryFor(t.regulatory).status === 'approved';
  if (!approved) checkClaims(TreatmentSchema, t, issue);
  checkTranslations(TreatmentSchema, t, approved, issue);
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
  parse(ReviewSchema, 'page', input, 'review', (review, issue) => {
    checkReviewDates(review.lastReviewed, review.nextReviewDue, 'nextReviewDue', issue);
    checkTranslations(ReviewSchema, review, false, issue);
  });

/** A dataset checked record by record: one bad record does not hide the good ones. */
export interface CheckedDataset {
  /** Results by record id (records without a usable id appear only in `issues`). */
  studies: Map<string, ValidationResult<Study>>;
  treatments: Map<string, ValidationResult<Treatment>>;
  page?: ValidationResult<PageContent>;
  /** Every problem found, in document order. */
  issues: DataIssue[];
  /** Problems that do not make a record invalid (errors in strict mode), in document order. */
  warnings?: DataIssue[];
}

const collection = <T extends { id: string }>(
  items: unknown,
  name: 'studies' | 'treatments',
  validate: (input: unknown, position: string) => ValidationResult<T>,
  issues: DataIssue[],
  warnings: DataIssue[],
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
    else if (result.warnings) warnings.push(...result.warnings);
    results.set(id, result);
  });
  return results;
};

/** Options for checking a dataset. */
export interface CheckOptions {
  /** Ids of studies that live in other documents, so links to them are not dangling. */
  knownStudyIds?: ReadonlySet<string>;
  /**
   * Strict mode (CI): warnings become errors, and every source must be a primary record (an
   * identifier, or a URL on a regulator's or registry's site: see `sources.ts`).
   */
  strict?: boolean;
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
    return { studies: new Map(), treatments: new Map(), issues, warnings: [] };
  }
  const doc = input as Record<string, unknown>;
  for (const key of Object.keys(doc)) {
    if (!(key in DatasetSchema.entries)) {
      issues.push({ kind: 'dataset', record: 'dataset', path: key, message: 'is not a field a dataset can have (check the spelling)' });
    }
  }
  const warnings: DataIssue[] = [];
  const studies = collection(doc.studies, 'studies', validateStudy, issues, warnings);
  const treatments = collection(doc.treatments, 'treatments', validateTreatment, issues, warnings);
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
  issues.push(...categoryHarms(treatments));
  if (options.strict) {
    issues.push(...warnings.map(({ severity: _, ...w }) => w));
    warnings.length = 0;
    for (const [id, result] of treatments) {
      // Records with other problems are checked too, when they could be read at all.
      if (!result.value) continue;
      result.value.sources.forEach((source, i) => {
        const problem = sourceProblem(source);
        if (problem) issues.push({ kind: 'treatment', record: id, path: `sources.${i}`, message: problem });
      });
    }
  }
  return page ? { studies, treatments, page, issues, warnings } : { studies, treatments, issues, warnings };
}

/**
 * A category shows the boxed warnings of the options it stands for: every boxed warning of an
 * option in the dataset must appear, word for word, among its category record's boxed warnings.
 */
function categoryHarms(treatments: ReadonlyMap<string, ValidationResult<Treatment>>): DataIssue[] {
  const valid = [...treatments.values()].flatMap((r) => (r.ok ? [r.value] : []));
  return valid
    .filter((c) => c.scope === 'category')
    .flatMap((c) => {
      const boxed = new Set((c.warnings ?? []).filter((w) => w.boxed).map((w) => w.text));
      return valid
        .filter((o) => o.scope === 'option' && o.category === c.category)
        .flatMap((o) =>
          (o.warnings ?? [])
            .filter((w) => w.boxed && !boxed.has(w.text))
            .map((w): DataIssue => ({
              kind: 'treatment',
              record: c.id,
              path: 'warnings',
              message: `must show the boxed warning of "${o.id}" (${o.name}), word for word: "${w.text.length > 60 ? `${w.text.slice(0, 60)}…` : w.text}"`,
            })),
        );
    });
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
