/**
 * The shape of validation results, apart from the validation itself (which carries valibot and
 * loads lazily): elements import these without downloading the validator.
 */

/** One problem in the data. */
export interface DataIssue {
  /** Kind of record: "study", "treatment", "page" or "dataset". */
  kind: 'study' | 'treatment' | 'page' | 'dataset';
  /** The record's id, or its position ("studies[2]") when it has no usable id. */
  record: string;
  /** Dotted path of the bad field inside the record, e.g. "design.control"; "" for the record. */
  path: string;
  /** What is wrong, in plain words. */
  message: string;
  /** Set for a claim of cure, reversal, restoration or approval about an unapproved therapy. */
  rule?: 'claim';
  /** Set for a problem that does not make the record invalid (an error in strict mode). */
  severity?: 'warning';
}

/**
 * The outcome of validating one record. A record that is well-formed but breaks a cross-field
 * rule keeps its `value`, so an element whose page has switched guardrails off can still show it
 * when the only problems are claims.
 */
export type ValidationResult<T> = { ok: true; value: T; warnings?: DataIssue[] } | { ok: false; issues: DataIssue[]; value?: T };

/** Accepts a record whose only problems are claims (for elements with guardrails switched off). */
export function acceptClaims<T>(result: ValidationResult<T>): ValidationResult<T> {
  if (result.ok || !result.value || !result.issues.every((i) => i.rule === 'claim')) return result;
  return { ok: true, value: result.value };
}
