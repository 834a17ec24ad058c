/**
 * Code and data that load only when used: validation (it carries valibot) and the bundled
 * default dataset. Both are cached; once validation has loaded, elements validate synchronously,
 * and a server renderer can preload it so the first render is complete.
 */
import type * as Validation from '../../model/validate.js';
import type * as StructuredData from '../../model/structured-data.js';
import type * as Notices from '../../model/notices.js';
import type * as Problems from './problems.js';
import type { CheckedDataset } from '../../model/validate.js';

export type ValidationModule = typeof Validation;

let validation: ValidationModule | undefined;
let validationPromise: Promise<ValidationModule> | undefined;

/** The validation module if it has loaded, else undefined. */
export const validationIfLoaded = (): ValidationModule | undefined => validation;

/** Loads the validation module once. */
export function loadValidation(): Promise<ValidationModule> {
  validationPromise ??= import('../../model/validate.js').then((m) => (validation = m));
  return validationPromise;
}

/** Makes validation available synchronously (server rendering, or an eager entry point). */
export function provideValidation(module: ValidationModule): void {
  validation = module;
  validationPromise = Promise.resolve(module);
}

let defaultDataset: CheckedDataset | undefined;
let defaultDatasetPromise: Promise<CheckedDataset> | undefined;

/** The bundled dataset, checked, if it has loaded. */
export const defaultDatasetIfLoaded = (): CheckedDataset | undefined => defaultDataset;

/** Loads and checks the bundled dataset once; used when an element has no provider. */
export function loadDefaultDataset(): Promise<CheckedDataset> {
  defaultDatasetPromise ??= Promise.all([import('../../bundled/dataset.js'), loadValidation()]).then(
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
