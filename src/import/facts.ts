/**
 * What one registry says about a study, in the model's terms but before merging: each source
 * module (pubmed.ts, crossref.ts, clinicaltrials.ts) turns its reply into these, and draft.ts
 * merges them into a draft Study, recording which source gave which field.
 */
import type { ConditionCode, PublicationNoticeKind, Route } from '../model/vocabulary.js';
import type { Design, Study } from '../model/schema.js';

/** A notice found in a registry: a correction, a retraction or an expression of concern. */
export interface FoundNotice {
  kind: PublicationNoticeKind;
  /** When the notice was published, when the registry says. */
  date?: string;
  /** The notice's own DOI or PMID, when given. */
  doi?: string;
  pmid?: string;
  /** Where the registry said so, e.g. 'PubMed publication type "Retracted Publication"'. */
  evidence: string;
}

/** Facts about a publication (PubMed or Crossref). */
export interface PublicationFacts {
  title?: string;
  authors?: string[];
  affiliation?: string;
  journal?: string;
  year?: number;
  volume?: string;
  issue?: string;
  pages?: string;
  articleNumber?: string;
  doi?: string;
  pmid?: string;
  pmcid?: string;
  registrations?: string[];
  notices: FoundNotice[];
  /** Phase read from PubMed publication types or the title ("Phase I/II"). */
  phase?: Design['phase'];
  /** Allocation read from PubMed publication types ("Randomized Controlled Trial"). */
  randomised?: boolean;
  /** Conditions from MeSH headings. */
  conditions?: ConditionCode[];
  /** Funding as the record states it (Crossref funders, PubMed grants). */
  funders?: string[];
  /** Whether the record has an abstract (a person must read it). */
  hasAbstract?: boolean;
  /** Things that looked odd, for the person reviewing the draft. */
  warnings: string[];
}

/** Facts from a trial registry record (ClinicalTrials.gov). */
export interface RegistryFacts {
  nctId: string;
  title?: string;
  overallStatus?: string;
  lastUpdate?: string;
  firstSubmitted?: string;
  startDate?: string;
  resultsFirstPosted?: string;
  hasResults: boolean;
  design: Partial<Pick<Design, 'type' | 'phase' | 'allocation' | 'control' | 'masking'>>;
  /** Design values a person should confirm, with the reason (dotted path → why). */
  designDoubts: Record<string, string>;
  enrolled?: number;
  enrolmentType?: 'actual' | 'estimated';
  conditions: ConditionCode[];
  unmappedConditions: string[];
  interventions: { name: string; type?: string; description?: string }[];
  routes: Route[];
  sponsor?: string;
  sponsorClass?: string;
  collaborators: string[];
  outcomes: Study['outcomes'];
  pmids: string[];
  warnings: string[];
}

/** Maps condition names (registry conditions, MeSH headings) onto the model's vocabulary. */
export function mapCondition(name: string): ConditionCode | undefined {
  const n = name.toLowerCase();
  if (/neuromyelitis|devic/.test(n)) return 'neuromyelitis-optica';
  if (/clinically isolated/.test(n)) return 'clinically-isolated-syndrome';
  if (!/multiple sclerosis|\bms\b/.test(n)) return undefined;
  if (/relapsing[- ]remitting|\brrms\b/.test(n)) return 'ms-relapsing-remitting';
  if (/secondary[- ]progressive|\bspms\b/.test(n)) return 'ms-secondary-progressive';
  if (/primary[- ]progressive|\bppms\b/.test(n)) return 'ms-primary-progressive';
  if (/progressive/.test(n)) return 'ms-progressive';
  if (/^multiple sclerosis$|^ms$|^multiple sclerosis, unspecified$/.test(n.trim())) return 'ms-unspecified';
  return undefined;
}
