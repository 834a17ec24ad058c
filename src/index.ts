/**
 * Everything: registers every element (unless already defined) and exports the classes and the
 * model's public functions. Import single elements from their own entry points to load less.
 */
export { MsStudyCard } from './ms-study-card.js';
export { MsEvidenceProvider } from './ms-evidence-provider.js';
export { TreatmentComparison } from './treatment-comparison.js';
export { MedicalDisclaimer } from './medical-disclaimer.js';
export { MsReviewInfo } from './ms-review-info.js';
export type { Study, Treatment, Dataset, PageContent, Review, RegulatoryStatus, Source } from './model/schema.js';
export type { MsToggleDetail, MsTreatmentSelectDetail } from './components/shared/events.js';
export { getLocale, setLocale } from './components/shared/locale.js';
