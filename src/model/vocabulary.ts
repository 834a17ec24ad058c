export { CERTAINTY_LEVELS, NOTICE_KINDS, isMsCondition, type CertaintyLevel, type NoticeKind } from './levels.js';

/**
 * The closed vocabularies of the data model. Each is an `as const` array (validation and JSON
 * Schema use the array; TypeScript derives the union), so adding a value is one edit here plus
 * its label in `labels.ts`.
 */

/** Kind of study: an experiment, the long-term follow-up of one, or observation of usual care. */
export const STUDY_TYPES = ['interventional', 'follow-up', 'observational'] as const;
export type StudyType = (typeof STUDY_TYPES)[number];

/** Trial phase as registered or published. */
export const PHASES = ['early-1', '1', '1/2', '2', '2/3', '3', '4', 'not-applicable', 'not-reported'] as const;
export type Phase = (typeof PHASES)[number];

/** How participants were assigned to groups. */
export const ALLOCATIONS = ['randomised', 'non-randomised', 'single-group', 'not-reported'] as const;
export type Allocation = (typeof ALLOCATIONS)[number];

/** What the treated group was compared with. */
export const CONTROLS = ['placebo', 'active', 'usual-care', 'none', 'not-reported'] as const;
export type Control = (typeof CONTROLS)[number];

/** Who knew which treatment each participant received (`assessor-blind`: only the people who judged the results did not). */
export const MASKINGS = ['open-label', 'single-blind', 'double-blind', 'assessor-blind', 'not-reported'] as const;
export type Masking = (typeof MASKINGS)[number];

/**
 * Diagnoses of study participants. Everything starting `ms-` counts as Multiple Sclerosis;
 * neuromyelitis optica and clinically isolated syndrome are different conditions.
 */
export const CONDITIONS = [
  'ms-relapsing-remitting',
  'ms-secondary-progressive',
  'ms-primary-progressive',
  'ms-progressive',
  'ms-unspecified',
  'clinically-isolated-syndrome',
  'neuromyelitis-optica',
  'other',
] as const;
export type ConditionCode = (typeof CONDITIONS)[number];

/** Whether cells come from the patient or from a donor. */
export const CELL_ORIGINS = ['autologous', 'allogeneic'] as const;
export type CellOrigin = (typeof CELL_ORIGINS)[number];

/** Route of administration. */
export const ROUTES = [
  'intravenous',
  'intrathecal',
  'oral',
  'subcutaneous',
  'intramuscular',
  'intranasal',
  'transdermal',
  'in-person',
] as const;
export type Route = (typeof ROUTES)[number];

/** Units for follow-up length. */
export const DURATION_UNITS = ['days', 'weeks', 'months', 'years'] as const;
export type DurationUnit = (typeof DURATION_UNITS)[number];

/** Whether an outcome was the study's primary endpoint. */
export const OUTCOME_ROLES = ['primary', 'secondary', 'not-stated'] as const;
export type OutcomeRole = (typeof OUTCOME_ROLES)[number];

/** Which way a result went, as the authors reported it (not whether the treatment caused it). */
export const DIRECTIONS = ['improved', 'no-difference', 'worse', 'mixed', 'not-reported'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** Notices attached to a publication after it appeared. */
export const PUBLICATION_NOTICES = ['correction', 'retraction', 'expression-of-concern'] as const;
export type PublicationNoticeKind = (typeof PUBLICATION_NOTICES)[number];

/**
 * Regulatory status of an intervention for MS in one jurisdiction:
 * - `approved`: approved (in the EU, authorised) for an MS indication named in `approvedFor`;
 * - `investigational`: given only inside clinical trials;
 * - `unapproved`: offered to patients outside clinical trials without approval for MS (for
 *   example by private clinics). Never call such a product "investigational";
 * - `not-approved`: a medicine not approved for MS here (it may be approved for something else);
 * - `not-applicable`: not a medicine (exercise, diet), so approval does not apply.
 */
export const REGULATORY_STATUSES = ['approved', 'investigational', 'unapproved', 'not-approved', 'not-applicable'] as const;
export type RegulatoryStatusCode = (typeof REGULATORY_STATUSES)[number];

/**
 * What an approval is for, as the label words it. Each has its own translated phrase, so a label
 * reads "FDA-approved for relapsing forms of MS" or "to treat MS relapses", never "approved for MS".
 */
export const INDICATIONS = [
  'relapsing-ms',
  'relapsing-remitting-ms',
  'primary-progressive-ms',
  'ms-relapses',
  'spasticity',
  'walking-in-ms',
] as const;
export type IndicationCode = (typeof INDICATIONS)[number];

/** Events in a medicine's regulatory history that a reader must see beside its approval. */
export const REGULATORY_EVENTS = ['approved', 'withdrawn', 'returned-restricted', 'returned'] as const;
export type RegulatoryEvent = (typeof REGULATORY_EVENTS)[number];

/** What a record's facts were checked against. */
export const VERIFICATION_SOURCES = ['full-text', 'abstract', 'publisher-page', 'registry', 'label'] as const;
export type VerificationSource = (typeof VERIFICATION_SOURCES)[number];

/** Categories of MS care. */
export const TREATMENT_CATEGORIES = [
  'disease-modifying-therapy',
  'relapse-treatment',
  'symptom-management',
  'rehabilitation',
  'lifestyle-and-support',
  'cell-therapy',
] as const;
export type TreatmentCategory = (typeof TREATMENT_CATEGORIES)[number];
