/**
 * The bundled records as checked: they are validated, strictly, before the package is built
 * (`npm run validate-data` in `npm test`), so readers' browsers do not download the validator to
 * show them again.
 */
import type { CheckedDataset } from '../model/validate.js';

/** Every bundled record: only these take the bundled locale overlays (a page's own record with the same id must not). */
export const bundledRecords = new WeakSet<object>();

export function trusted(doc: { studies?: { id: string }[]; treatments?: { id: string }[]; page?: unknown }): CheckedDataset {
  const { studies = [], treatments = [], page } = doc;
  const ok = <T>(value: unknown) => {
    if (value && typeof value === 'object') bundledRecords.add(value);
    return { ok: true as const, value: value as T };
  };
  return {
    studies: new Map(studies.map((s) => [s.id, ok(s)])),
    treatments: new Map(treatments.map((t) => [t.id, ok(t)])),
    ...(page === undefined ? {} : { page: ok(page) }),
    issues: [],
  };
}
