/**
 * The links a study or a source offers readers, built only from validated identifiers.
 */
import type { Citation, Source, Study } from './schema.js';
import { dailymedLink, doiLink, pmcLink, pubmedLink, registryLink, safeHttpsUrl, type IdentifierLink } from './identifiers.js';

const present = (links: (IdentifierLink | undefined)[]): IdentifierLink[] => links.filter((l): l is IdentifierLink => l !== undefined);

/** PubMed, DOI, PMC and registry links of a publication, in that order. */
export function citationLinks(c: Citation): IdentifierLink[] {
  return present([pubmedLink(c.pmid), doiLink(c.doi), pmcLink(c.pmcid), ...(c.registrations ?? []).map((r) => registryLink(r.id))]);
}

/** Links of a cited source: identifiers first, then its https URL. */
export function sourceLinks(s: Source): IdentifierLink[] {
  const url = safeHttpsUrl(s.url);
  return present([
    pubmedLink(s.pmid),
    doiLink(s.doi),
    pmcLink(s.pmcid),
    registryLink(s.registration),
    dailymedLink(s.dailymedSetId),
    url ? { kind: 'web', label: new URL(url).hostname, href: url } : undefined,
  ]);
}

/**
 * Whether a field of a study is marked not verified: the path itself, or any parent of it, is
 * listed in `verification.unverified` ("outcomes" covers "outcomes.0.result").
 */
export function isUnverified(study: Study, path: string): boolean {
  return (study.verification.unverified ?? []).some((u) => path === u || path.startsWith(`${u}.`));
}
