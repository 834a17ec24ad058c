/**
 * The model layer as one module: validation and the view models of every element. Elements load
 * it lazily, on their first data (nothing can be shown before its data is validated anyway), so
 * the eager part of an element is its shell: Lit, the data routes, templates and styles.
 */
export { checkDataset, validateReview, validateStudy, validateTreatment, validatePage, formatIssue, hasPath } from './validate.js';
export type { CheckedDataset, CheckOptions } from './validate.js';
export { describeStudy } from './study-view.js';
export { chooseCriteria, selectTreatments, describeComparison } from './treatment-view.js';
export { describeReview, reviewOfPage } from './review-view.js';
export { translateRecord, textsFor } from './translations.js';
export { StudySchema, TreatmentSchema, PageContentSchema, ReviewSchema } from './schema.js';
