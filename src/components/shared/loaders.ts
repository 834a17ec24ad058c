/**
 * Code and data that load only when used: the model layer (validation with valibot, and the view
 * models), the bundled default dataset, problem-state templates, notice texts for strict
 * elements, the JSON fetcher and the JSON-LD builders. Each loads once and is then available
 * synchronously; a failed load is forgotten, so Retry really tries again. A server renderer can
 * provide them up front so the first render is complete.
 */
import type * as Model from '../../model/index.js';
import type * as StructuredData from './structured-data.js';
import type * as Notices from '../../model/notices.js';
import type * as Problems from './problems.js';
import type * as Fetch from './fetch-json.js';
import type { CheckedDataset } from '../../model/validate.js';

/** A module or value loaded on first use. */
export interface Lazy<T> {
  /** The value, once loaded. */
  get(): T | undefined;
  /** Loads it (once; again after a failure). */
  load(): Promise<T>;
  /** Makes it available synchronously. */
  provide(value: T): void;
}

export function lazy<T>(loader: () => Promise<T>): Lazy<T> {
  let value: T | undefined;
  let promise: Promise<T> | undefined;
  return {
    get: () => value,
    load: () =>
      (promise ??= loader().then(
        (v) => (value = v),
        (error: unknown) => {
          promise = undefined;
          throw error;
        },
      )),
    provide: (v) => {
      value = v;
      promise = Promise.resolve(v);
    },
  };
}

/** The model layer: validation and view models (see src/model/index.ts). */
export type ModelModule = typeof Model;
export type StructuredDataModule = typeof StructuredData;
export type ProblemsModule = typeof Problems;
export type NoticesModule = typeof Notices;
export type FetchModule = typeof Fetch;

export const model = lazy<ModelModule>(() => import('../../model/index.js'));
export const problems = lazy<ProblemsModule>(() => import('./problems.js'));
export const notices = lazy<NoticesModule>(() => import('../../model/notices.js'));
export const fetcher = lazy<FetchModule>(() => import('./fetch-json.js'));
export const structuredData = lazy<StructuredDataModule>(() => import('./structured-data.js'));
/** The bundled dataset, checked; used when an element has no data of its own and no provider. */
export const defaultDataset = lazy<CheckedDataset>(() =>
  Promise.all([import('../../bundled/dataset.js'), model.load()]).then(([data, m]) => m.checkDataset(data.bundledDataset)),
);

/** The model layer if it has loaded, else undefined. */
export const modelIfLoaded = (): ModelModule | undefined => model.get();
