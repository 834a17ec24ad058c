/**
 * The view models of the elements, without validation: a lazily loaded module of its own, so an
 * element showing a bundled record (validated when the package is built and tested, by
 * `npm run validate-data`) loads these and not the validator.
 */
export { describeStudy } from '../../model/study-view.js';
export { describeComparison, selectTreatments } from '../../model/treatment-view.js';
export { describeReview } from '../../model/review-view.js';
