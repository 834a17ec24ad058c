/**
 * Identifier patterns and the links built from them. A link is only ever built from an
 * identifier that matches its pattern, never taken from free text, so data cannot smuggle in a
 * `javascript:` URL or a look-alike domain.
 */

/** PubMed id: digits, no leading zero. */
export const PMID_PATTERN = /^[1-9][0-9]{0,8}$/;
/** PubMed Central id: "PMC" and digits. */
export const PMCID_PATTERN = /^PMC[1-9][0-9]{0,9}$/;
/** DOI as Crossref recommends matching modern DOIs (no spaces, no quotes or angle brackets). */
export const DOI_PATTERN = /^10\.[0-9]{4,9}\/[-._;()/:A-Za-z0-9]+$/;
/** ClinicalTrials.gov id: "NCT" and eight digits. */
export const NCT_PATTERN = /^NCT[0-9]{8}$/;
/** ISRCTN registry id. */
export const ISRCTN_PATTERN = /^ISRCTN[0-9]{8}$/;
/** Other registries we accept as text only (EU CTR/EudraCT, ChiCTR, ANZCTR, IRCT, CTRI, JPRN). */
export const OTHER_REGISTRATION_PATTERN =
  /^(?:[0-9]{4}-[0-9]{6}-[0-9]{2}(?:-[0-9]{2})?|ChiCTR[-A-Za-z0-9]{6,20}|ACTRN[0-9]{14}|IRCT[A-Za-z0-9]{6,24}|CTRI\/[0-9]{4}\/[0-9]{2,3}\/[0-9]{6}|jRCT[0-9a-z]{6,12}|UMIN[0-9]{9})$/;
/** DailyMed set id of a drug label (a UUID). */
export const DAILYMED_SETID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** True for any trial registration id we know how to recognise. */
export const isRegistrationId = (id: string): boolean =>
  NCT_PATTERN.test(id) || ISRCTN_PATTERN.test(id) || OTHER_REGISTRATION_PATTERN.test(id);

/** Kinds of outbound link. */
export type LinkKind = 'pubmed' | 'doi' | 'pmc' | 'registry' | 'label' | 'web';

/** A link built from an identifier. */
export interface IdentifierLink {
  kind: LinkKind;
  /** The identifier as shown to readers, e.g. "PMID 33013641". */
  label: string;
  href: string;
}

/** Link to a PubMed record, or undefined when the id is malformed. */
export function pubmedLink(pmid: string | undefined): IdentifierLink | undefined {
  if (!pmid || !PMID_PATTERN.test(pmid)) return undefined;
  return { kind: 'pubmed', label: `PMID ${pmid}`, href: `https://pubmed.ncbi.nlm.nih.gov/${pmid}/` };
}

/** Link through the DOI resolver; every character outside the DOI syntax was already refused. */
export function doiLink(doi: string | undefined): IdentifierLink | undefined {
  if (!doi || !DOI_PATTERN.test(doi)) return undefined;
  const path = doi.split('/').map(encodeURIComponent).join('/');
  return { kind: 'doi', label: `DOI ${doi}`, href: `https://doi.org/${path}` };
}

/** Link to the free full text in PubMed Central. */
export function pmcLink(pmcid: string | undefined): IdentifierLink | undefined {
  if (!pmcid || !PMCID_PATTERN.test(pmcid)) return undefined;
  return { kind: 'pmc', label: pmcid, href: `https://pmc.ncbi.nlm.nih.gov/articles/${pmcid}/` };
}

/** Link to a trial registry record (ClinicalTrials.gov or ISRCTN); other registries get none. */
export function registryLink(id: string | undefined): IdentifierLink | undefined {
  if (!id) return undefined;
  if (NCT_PATTERN.test(id)) return { kind: 'registry', label: id, href: `https://clinicaltrials.gov/study/${id}` };
  if (ISRCTN_PATTERN.test(id)) return { kind: 'registry', label: id, href: `https://www.isrctn.com/${id}` };
  return undefined;
}

/** Link to a drug label on DailyMed. */
export function dailymedLink(setId: string | undefined): IdentifierLink | undefined {
  if (!setId || !DAILYMED_SETID_PATTERN.test(setId)) return undefined;
  return {
    kind: 'label',
    label: 'DailyMed label',
    href: `https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=${setId}`,
  };
}

/**
 * An https URL given as data (a regulator's web page, say). Returns the normalised URL only for
 * https with a host and no credentials; anything else (javascript:, data:, http:, relative) is
 * refused.
 */
export function safeHttpsUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' || !url.hostname || url.username || url.password) return undefined;
  return url.href;
}
