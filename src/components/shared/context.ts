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

export const evidenceContext = createContext<ProvidedEvidence | undefined>(Symbol('ms-evidence'));
