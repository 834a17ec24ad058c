/**
 * Code and data that load only when used: the model layer (validation with valibot), each
 * element's view model, the bundled default dataset, problem-state templates, notice texts for strict
 * elements, the JSON fetcher and the JSON-LD builders. Each loads once and is then available
 * synchronously; a failed load is forgotten, so Retry really tries again. A server renderer can
 * provide them up front so the first render is complete.
 */
import type * as Model from '../../model/index.js';
import type * as StructuredData from './structured-data.js';
import type * as Problems from './problems.js';
import type { StateTexts } from './problems.js';
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

/** Loaded up front by server rendering, which cannot wait for a lazy load (see server.ts). */
export const serverPreloads = new Set<Lazy<unknown>>();

/** A module an element needs for its first render, loaded on first use in browsers and up front on servers. */
export function lazyModule<T>(loader: () => Promise<T>): Lazy<T> {
  const module = lazy(loader);
  serverPreloads.add(module);
  return module;
}

/** An element's problem-state texts, loaded with the problem templates on first use. */
export const lazyTexts = (loader: () => Promise<{ texts: () => StateTexts }>): Lazy<() => StateTexts> =>
  lazyModule(() => loader().then((m) => m.texts));

/** The model layer: validation and view models (see src/model/index.ts). */
export type ModelModule = typeof Model;
export type StructuredDataModule = typeof StructuredData;
export type ProblemsModule = typeof Problems;
export type FetchModule = typeof Fetch;

export const model = lazy<ModelModule>(() => import('../../model/index.js'));
export const problems = lazy<ProblemsModule>(() => import('./problems.js'));
export const fetcher = lazy<FetchModule>(() => import('./fetch-json.js'));
export const structuredData = lazy<StructuredDataModule>(() => import('./structured-data.js'));
const parts = new Map<string, Lazy<CheckedDataset>>();
let whole: CheckedDataset | undefined;

/**
 * A part of the bundled dataset, checked (`study:<id>`, `treatments`, `page`, `all`): what an
 * element shows when it has no data of its own and no provider. Each part loads once.
 */
export function bundled(part: string): Lazy<CheckedDataset> {
  let found = parts.get(part);
  if (!found) {
    found = lazy(() => import('../../bundled/dataset.js').then((d) => d.loadPart(part)));
    if (whole) found.provide(whole);
    parts.set(part, found);
  }
  return found;
}

/** Makes every part answer from one checked dataset, synchronously (server rendering). */
export function provideBundled(checked: CheckedDataset): void {
  whole = checked;
  for (const p of parts.values()) p.provide(checked);
}
