/**
 * Code and data that load only when used: the model layer (validation with valibot, and the view
 * models), the bundled default dataset, problem-state templates, notice texts for strict
 * elements and JSON-LD builders. All are cached; once the model has loaded, elements validate and
 * describe synchronously, and a server renderer can preload it so the first render is complete.
 */
import type * as Model from '../../model/index.js';
import type * as StructuredData from '../../model/structured-data.js';
import type * as Notices from '../../model/notices.js';
import type * as Problems from './problems.js';
import type * as Fetch from './fetch-json.js';
import type { CheckedDataset } from '../../model/validate.js';

/** The model layer: validation and view models (see src/model/index.ts). */
export type ModelModule = typeof Model;

let model: ModelModule | undefined;
let modelPromise: Promise<ModelModule> | undefined;

/** The model layer if it has loaded, else undefined. */
export const modelIfLoaded = (): ModelModule | undefined => model;

/** Loads the model layer once. */
export function loadModel(): Promise<ModelModule> {
  modelPromise ??= import('../../model/index.js').then((m) => (model = m));
  return modelPromise;
}

/** Makes the model layer available synchronously (server rendering, or an eager entry point). */
export function provideModel(module: ModelModule): void {
  model = module;
  modelPromise = Promise.resolve(module);
}

let defaultDataset: CheckedDataset | undefined;
let defaultDatasetPromise: Promise<CheckedDataset> | undefined;

/** The bundled dataset, checked, if it has loaded. */
export const defaultDatasetIfLoaded = (): CheckedDataset | undefined => defaultDataset;

/** Replaces the default dataset (server rendering of a page's own data). */
export function provideDefaultDataset(checked: CheckedDataset): void {
  defaultDataset = checked;
  defaultDatasetPromise = Promise.resolve(checked);
}

/** Loads and checks the bundled dataset once; used when an element has no provider. */
export function loadDefaultDataset(): Promise<CheckedDataset> {
  defaultDatasetPromise ??= Promise.all([import('../../bundled/dataset.js'), loadModel()]).then(
    ([data, v]) => (defaultDataset = v.checkDataset(data.bundledDataset)),
  );
  return defaultDatasetPromise;
}

export type StructuredDataModule = typeof StructuredData;

let structuredData: Promise<StructuredDataModule> | undefined;

/** Loads the JSON-LD builders once, for elements with the opt-in `structured-data` attribute. */
export function loadStructuredData(): Promise<StructuredDataModule> {
  structuredData ??= import('../../model/structured-data.js');
  return structuredData;
}

export type ProblemsModule = typeof Problems;

let problems: ProblemsModule | undefined;
let problemsPromise: Promise<ProblemsModule> | undefined;

/** The problem-state templates, once loaded. */
export const problemsIfLoaded = (): ProblemsModule | undefined => problems;

/** Loads the problem-state templates: only pages that meet a problem download them. */
export function loadProblems(): Promise<ProblemsModule> {
  problemsPromise ??= import('./problems.js').then((m) => (problems = m));
  return problemsPromise;
}

export type NoticesModule = typeof Notices;

let notices: NoticesModule | undefined;
let noticesPromise: Promise<NoticesModule> | undefined;

/** The built-in notice texts, once loaded. */
export const noticesIfLoaded = (): NoticesModule | undefined => notices;

/** Loads the built-in notice texts (a strict element shows one only when the page lacks it). */
export function loadNotices(): Promise<NoticesModule> {
  noticesPromise ??= import('../../model/notices.js').then((m) => (notices = m));
  return noticesPromise;
}

export type FetchModule = typeof Fetch;

let fetcher: FetchModule | undefined;
let fetcherPromise: Promise<FetchModule> | undefined;

/** The shared JSON fetcher, once loaded. */
export const fetcherIfLoaded = (): FetchModule | undefined => fetcher;

/** Loads the shared JSON fetcher: only pages that use `src` need it. */
export function loadFetcher(): Promise<FetchModule> {
  fetcherPromise ??= import('./fetch-json.js').then((m) => (fetcher = m));
  return fetcherPromise;
}
