/**
 * Which sources count as primary records: the strict data check (`npm run validate-data --
 * --strict`, run in CI) accepts a source only when it has an identifier that resolves to the record
 * itself (PMID, PMCID, DOI, trial registration, DailyMed set id), or a URL on the site of a primary
 * publisher: a regulator, a registry, or a body that issues the guidance. A drug-information site,
 * a manufacturer's marketing page or a copy of a label is secondary: cite the label or the trial.
 */
import type { Source } from './schema.js';

/**
 * Hosts of primary publishers (a host matches itself and its subdomains). Journals are not listed:
 * a journal article is cited by its DOI or PMID, which always lead to the journal of record.
 */
export const PRIMARY_HOSTS = [
  // United States: the FDA (labels, safety communications, openFDA), DailyMed, PubMed, the CDC.
  'fda.gov',
  'nlm.nih.gov',
  'cdc.gov',
  // European Union: the EMA, and the European Commission's register of authorised medicines.
  'ema.europa.eu',
  'ec.europa.eu',
  // United Kingdom: NICE and the MHRA.
  'nice.org.uk',
  'gov.uk',
  // Registries.
  'clinicaltrials.gov',
  'who.int',
  'clinicaltrialsregister.eu',
  'isrctn.com',
] as const;

/** True when a URL's host is a primary publisher's. */
export function isPrimaryHost(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  return PRIMARY_HOSTS.some((h) => host === h || host.endsWith(`.${h}`));
}

/** True when the source has an identifier that leads to the primary record. */
export const hasIdentifier = (s: Source): boolean => Boolean(s.pmid || s.pmcid || s.doi || s.registration || s.dailymedSetId);

/**
 * Why a source is not acceptable as a primary record, or undefined when it is. Used by the strict
 * data check only: elements still show any source the data gives, with its title.
 */
export function sourceProblem(s: Source): string | undefined {
  if (hasIdentifier(s)) return undefined;
  if (!s.url) return 'has no identifier: give the PMID, DOI, registration or DailyMed set id of the primary record';
  if (!isPrimaryHost(s.url)) {
    return `is a secondary copy (${new URL(s.url).hostname}): cite the primary record instead, by PMID, DOI, trial registration or DailyMed set id, or a URL on a regulator's or registry's site`;
  }
  return undefined;
}
