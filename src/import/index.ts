/**
 * Import and check studies against PubMed, Crossref and ClinicalTrials.gov. Runs on the
 * platform's fetch, in Node and browsers; the `ms-evidence` command (src/cli) wraps it.
 */
export { RegistryClient, RegistryError, DEFAULT_URLS, SERVICE_NAMES, retryAfterMs } from './client.js';
export type { ClientOptions, RegistryErrorCode, Service, ServiceUrls } from './client.js';
export { importStudy, mergeDraft, missingLines, noticeNote, draftId } from './draft.js';
export type { DraftStudy, ImportOptions, ImportResult } from './draft.js';
export { checkRecord, checkDocument } from './check.js';
export type { CheckReport, Finding, FindingLevel } from './check.js';
export { parseIdentifier, describeIdentifier } from './identifier.js';
export type { StudyIdentifier } from './identifier.js';
