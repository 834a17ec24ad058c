/**
 * Validation of a study being written, with its claim guardrails live from the first word.
 *
 * `validateStudy` checks claims (cure, reverses, approval) only once the whole record fits the
 * schema, as `validate-data` does. A marketer typing "cures MS" into the conclusion of a half-filled
 * form should hear it then, not after filling forty fields: so the draft's well-formed top-level
 * fields are also laid over a complete record and validated again, keeping only the claims found
 * in the draft's own fields. Same validator, same paths, same words; nothing of the stand-in
 * record is ever reported or exported.
 */
import { hasPath, validateStudy } from '../../src/model/validate.js';
import type { DataIssue, ValidationResult } from '../../src/model/result.js';
import type { Study } from '../../src/model/schema.js';

export function validateDraft(draft: unknown, standIn: Study): ValidationResult<Study> {
  const result = validateStudy(draft);
  if (result.ok || result.value || draft === null || typeof draft !== 'object' || Array.isArray(draft)) return result;
  const broken = new Set(result.issues.map((i) => i.path.split('.')[0]!));
  const wellFormed = Object.fromEntries(Object.entries(draft).filter(([key]) => !broken.has(key)));
  const again = validateStudy({ ...structuredClone(standIn), ...wellFormed });
  const record = result.issues[0]?.record ?? 'study';
  const claims: DataIssue[] = again.ok
    ? []
    : again.issues.filter((i) => i.rule === 'claim' && hasPath(draft, i.path)).map((i) => ({ ...i, record }));
  return { ok: false, issues: [...result.issues, ...claims] };
}
