/**
 * Console warnings for developers: one per distinct problem, with a stable code, naming the
 * element, the record and the field, so a warning can be searched for and silenced by fixing it.
 */
import { JURISDICTION_PATTERN } from '../../model/levels.js';

/** Stable warning codes. Documented in README ("Warnings"). */
export type WarningCode =
  | 'ms-invalid-data'
  | 'ms-not-found'
  | 'ms-load-error'
  | 'ms-no-data'
  | 'ms-missing-disclaimer'
  | 'ms-guardrails-off'
  | 'ms-review-overdue'
  | 'ms-review-incomplete'
  | 'ms-claim'
  | 'ms-not-hydrated'
  | 'ms-hydration-replaced';

const issued = new Set<string>();

/**
 * Warns once per element tag, code, record and field.
 * @returns whether a warning was printed (false when it was already issued).
 */
export function warnOnce(tag: string, code: WarningCode, record: string, field: string, message: string): boolean {
  const text = `<${tag}> ${code}: ${record}${field ? `, ${field}` : ''}: ${message}`;
  if (issued.has(text)) return false;
  issued.add(text);
  console.warn(text);
  return true;
}

/** Forgets which warnings were issued, so tests can check each one. */
export function resetWarnings(): void {
  issued.clear();
}

/** Warns when an element's `jurisdiction` attribute or property is not a two-letter code (US, EU, GB…). */
export function checkJurisdiction(el: Element & { jurisdiction: string }): void {
  const given = el.getAttribute('jurisdiction')?.trim();
  const bad = [given, el.jurisdiction].find((j) => j && !JURISDICTION_PATTERN.test(j.toUpperCase()));
  if (bad !== undefined) {
    warnOnce(
      el.localName,
      'ms-invalid-data',
      `jurisdiction "${bad}"`,
      'jurisdiction',
      'is not a two-letter code such as US or EU; US (FDA) wording is used',
    );
  }
}
