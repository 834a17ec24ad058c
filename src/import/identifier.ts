/**
 * What a person types after `ms-evidence import`: a PMID, a DOI or an NCT id, bare or as the
 * link they copied from PubMed, doi.org or ClinicalTrials.gov.
 */
import { cleanDoi, cleanNct, cleanPmid } from './text.js';

/** A study identifier the importer can look up. */
export type StudyIdentifier = { kind: 'pmid'; value: string } | { kind: 'doi'; value: string } | { kind: 'nct'; value: string };

/** Reads an identifier, or returns undefined when it is none of the three. */
export function parseIdentifier(input: string): StudyIdentifier | undefined {
  const text = input.trim();
  const pubmed = /^(?:pmid:?\s*|https?:\/\/(?:pubmed\.ncbi\.nlm\.nih\.gov|www\.ncbi\.nlm\.nih\.gov\/pubmed)\/)?(\d{1,9})\/?$/i.exec(text);
  if (pubmed) {
    const pmid = cleanPmid(pubmed[1]);
    return pmid ? { kind: 'pmid', value: pmid } : undefined;
  }
  const trial = /^(?:https?:\/\/(?:www\.)?clinicaltrials\.gov\/(?:study|ct2\/show)\/)?(nct\d{8})\/?$/i.exec(text);
  if (trial) {
    const nct = cleanNct(trial[1]);
    return nct ? { kind: 'nct', value: nct } : undefined;
  }
  const doi = cleanDoi(text);
  return doi ? { kind: 'doi', value: doi } : undefined;
}

/** How an identifier reads in messages: "PMID 33013641", "DOI 10.…", "NCT02034188". */
export const describeIdentifier = (id: StudyIdentifier): string =>
  id.kind === 'pmid' ? `PMID ${id.value}` : id.kind === 'doi' ? `DOI ${id.value}` : id.value;
