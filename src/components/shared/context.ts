/**
 * The context `<ms-evidence-provider>` gives its descendants: one checked dataset, loaded once
 * and shared by every card and comparison inside it.
 */
import { createContext } from '@lit/context';
import type { CheckedDataset, DataIssue } from '../../model/validate.js';
import type { LoadProblem } from './fetch-json.js';

/** What a provider currently holds. */
export type ProvidedEvidence =
  | { state: 'loading' }
  | { state: 'ready'; checked: CheckedDataset }
  | { state: 'invalid'; issues: DataIssue[] }
  | { state: 'load-error'; problem: LoadProblem; url: string; retry: () => void };

/**
 * The context key is a registered symbol, the same in every copy of the library on a page (two
 * bundles, a CMS plugin and a theme): a provider from one copy serves the elements of another.
 * The version names the shape of `ProvidedEvidence`; a copy with another shape does not meet it.
 */
export const evidenceContext = createContext<ProvidedEvidence | undefined>(Symbol.for('ms-evidence-elements/evidence@1'));
