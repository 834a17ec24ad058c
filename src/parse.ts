/**
 * Typed records from unknown JSON (`ms-evidence-elements/parse`): a fetched response, a CMS field,
 * or `import study from './study.json'`, whose inferred type is too wide to be a `Study`. The same
 * validation the elements run, so a record that passes here is one they will show.
 *
 * ```ts
 * import { parseStudy } from 'ms-evidence-elements/parse';
 * import data from './study.json';
 * const result = parseStudy(data);
 * if (result.ok) card.study = result.value;
 * else console.error(result.message);
 * ```
 *
 * Its own entry point because it carries the validator (valibot): the elements load it lazily.
 */
import { formatIssue, validateStudy, validateTreatment } from './model/validate.js';
import type { DataIssue, ValidationResult } from './model/result.js';
import type { Study, Treatment } from './model/schema.js';

export type { Study, Treatment } from './model/schema.js';
export type { DataIssue } from './model/result.js';

/** A typed record, or every problem found in the input. */
export type ParseResult<T> =
  | { ok: true; value: T }
  | {
      ok: false;
      /** One entry per problem, each naming the record and the field. */
      issues: DataIssue[];
      /** The problems, one per line, ready for a log or an error. */
      message: string;
    };

const toParseResult = <T>(result: ValidationResult<T>): ParseResult<T> =>
  result.ok ? { ok: true, value: result.value } : { ok: false, issues: result.issues, message: result.issues.map(formatIssue).join('\n') };

/** Validates unknown JSON as one study record (schema, cross-field rules and claim checks). */
export const parseStudy = (input: unknown): ParseResult<Study> => toParseResult(validateStudy(input));

/** Validates unknown JSON as one treatment record (schema, cross-field rules and claim checks). */
export const parseTreatment = (input: unknown): ParseResult<Treatment> => toParseResult(validateTreatment(input));
