/**
 * Check: asks the registries again about records already published, and reports what changed
 * since a person last reviewed them: retractions, corrections and expressions of concern
 * (Crossref `updated-by`, PubMed publication types and CommentsCorrections), registry status
 * changes and newly posted results (ClinicalTrials.gov), and identifiers that no longer resolve.
 *
 * Records are read defensively (a record that fails validation is still checked by whatever
 * identifiers it has), and each lookup failure is reported on its record without hiding others.
 */
import { RegistryError, type RegistryClient } from './client.js';
import { fetchCrossref } from './crossref.js';
import { fetchPubmed, pmidForDoi } from './pubmed.js';
import { fetchTrial } from './clinicaltrials.js';
import type { FoundNotice } from './facts.js';
import { mergeNotices } from './draft.js';
import { cleanDoi, cleanNct, cleanPmid, cleanText, isoDate } from './text.js';

/** How serious one finding is. */
export type FindingLevel = 'retraction' | 'new-notice' | 'notice' | 'registry' | 'unresolved' | 'todo' | 'ok' | 'error';

/** One thing the check found about a record. */
export interface Finding {
  level: FindingLevel;
  message: string;
}

/** What the check found about one record. */
export interface CheckReport {
  /** The record's id (or its position when it has none). */
  record: string;
  title?: string;
  findings: Finding[];
  /** Whether any registry says the publication is retracted. */
  retracted: boolean;
  /** Whether a lookup failed, so the check is incomplete. */
  incomplete: boolean;
}

/** Statuses that mean a trial stopped or went quiet. */
const STOPPED = new Set(['TERMINATED', 'WITHDRAWN', 'SUSPENDED', 'UNKNOWN', 'NO_LONGER_AVAILABLE', 'WITHHELD']);

const words = (code: string): string => code.toLowerCase().replace(/_/g, ' ');

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});

/** A notice already on the record that matches a found one (same kind; same date when both have one). */
const recordedMatch = (found: FoundNotice, recorded: { kind?: unknown; date?: unknown }[]): boolean =>
  recorded.some((r) => r.kind === found.kind && (!r.date || !found.date || r.date === found.date));

const registrationsOf = (citation: Json): Json[] => (Array.isArray(citation.registrations) ? citation.registrations.map(obj) : []);

/** Where a notice missing from the record should go, for the message. */
const ADD_TO_STUDY = 'NOT on the record: add it to citation.notices';

/** Checks one study record (as parsed JSON) against the registries. */
export async function checkRecord(
  client: RegistryClient,
  record: unknown,
  position: string,
  missingNotice = ADD_TO_STUDY,
): Promise<CheckReport> {
  const study = obj(record);
  const citation = obj(study.citation);
  const id = cleanText(study.id, 80) ?? position;
  const report: CheckReport = { record: id, findings: [], retracted: false, incomplete: false };
  const title = cleanText(citation.title, 200);
  if (title) report.title = title;
  const since = isoDate(cleanText(study.lastReviewed));
  const add = (level: FindingLevel, message: string) => report.findings.push({ level, message });
  const attempt = async (what: string, task: () => Promise<void>) => {
    try {
      await task();
    } catch (error) {
      report.incomplete = true;
      add('error', `${what}: ${error instanceof RegistryError ? error.message : String(error)}`);
    }
  };

  let pmid = cleanPmid(citation.pmid);
  const doi = cleanDoi(citation.doi);
  if (citation.pmid !== undefined && !pmid) add('unresolved', `PMID ${JSON.stringify(citation.pmid)} is not a well-formed PMID`);
  if (citation.doi !== undefined && !doi) add('unresolved', `DOI ${JSON.stringify(citation.doi)} is not a well-formed DOI`);

  const found: FoundNotice[] = [];
  if (doi) {
    await attempt(`DOI ${doi}`, async () => {
      const work = await fetchCrossref(client, doi);
      if (!work) add('unresolved', `DOI ${doi} no longer resolves in Crossref (or was never registered there)`);
      else {
        add('ok', `DOI ${doi} resolves (Crossref)`);
        found.push(...work.notices);
      }
      if (!pmid) {
        pmid = await pmidForDoi(client, doi);
        if (pmid) add('ok', `PubMed lists it as PMID ${pmid} (not in the record)`);
      }
    });
  }
  if (pmid) {
    const p = pmid;
    await attempt(`PMID ${p}`, async () => {
      const article = await fetchPubmed(client, p);
      if (!article) add('unresolved', `PMID ${p} no longer resolves in PubMed`);
      else {
        if (cleanPmid(citation.pmid)) add('ok', `PMID ${p} resolves (PubMed)`);
        found.push(...article.notices);
        if (doi && article.doi && article.doi.toLowerCase() !== doi.toLowerCase()) {
          add('unresolved', `PubMed gives DOI ${article.doi} for PMID ${p}, but the record says ${doi}`);
        }
        // Publishers' notices reach Crossref first: ask it too when only PubMed knew the DOI.
        if (!doi && article.doi) {
          const work = await fetchCrossref(client, article.doi);
          add('ok', `PubMed gives DOI ${article.doi} (not in the record)${work ? '' : ', which Crossref does not know'}`);
          if (work) found.push(...work.notices);
        }
      }
    });
  }
  if (!doi && !pmid) {
    // A trial cited by its registration alone can still be checked there; the publication cannot.
    if (registrationsOf(citation).length)
      add('todo', 'no PMID or DOI: only the registration can be checked; add the publication’s PMID or DOI');
    else add('unresolved', 'the record has no PMID or DOI to check');
  }

  const recorded = (Array.isArray(citation.notices) ? citation.notices : []).map(obj);
  for (const notice of mergeNotices(found)) {
    const when = notice.date ? ` (${notice.date})` : '';
    const on = recordedMatch(notice, recorded) ? 'already on the record' : missingNotice;
    if (notice.kind === 'retraction') {
      report.retracted = true;
      add('retraction', `RETRACTED${when}: ${notice.evidence}; ${on}`);
    } else {
      const kind = notice.kind === 'correction' ? 'Correction' : 'Expression of concern';
      add(recordedMatch(notice, recorded) ? 'notice' : 'new-notice', `${kind}${when}: ${notice.evidence}; ${on}`);
    }
  }
  for (const r of recorded) {
    if (r.kind === 'retraction') report.retracted = true;
  }

  for (const reg of registrationsOf(citation)) {
    const nct = cleanNct(reg.id);
    if (!nct) continue;
    await attempt(nct, async () => {
      const trial = await fetchTrial(client, nct);
      if (!trial) {
        add('unresolved', `${nct} no longer resolves in ClinicalTrials.gov`);
        return;
      }
      const status = trial.overallStatus ? words(trial.overallStatus) : 'status not given';
      const updated = trial.lastUpdate ? `, last update posted ${trial.lastUpdate}` : '';
      const changed = since && trial.lastUpdate && trial.lastUpdate > since;
      if (trial.overallStatus && STOPPED.has(trial.overallStatus)) add('registry', `${nct} is ${status}${updated}`);
      else add(changed ? 'registry' : 'ok', `${nct}: ${status}${updated}${changed ? ` (after the last review, ${since})` : ''}`);
      if (trial.hasResults || trial.resultsFirstPosted) {
        const posted = trial.resultsFirstPosted ?? 'date not given';
        const isNew = !since || !trial.resultsFirstPosted || trial.resultsFirstPosted > since;
        add(
          isNew ? 'registry' : 'ok',
          `${nct} has results posted (${posted})${isNew ? '; newly posted since the last review: compare them with the record' : ''}`,
        );
      }
    });
  }
  return report;
}

/**
 * The sources treatments cite by PMID, DOI or registration, once each however many treatments
 * cite them, as study-like records: a retracted pivotal trial matters as much as a study card.
 */
function citedSources(treatments: unknown[]): { record: Json; citedBy: string[] }[] {
  const byKey = new Map<string, { record: Json; citedBy: string[] }>();
  treatments.forEach((raw, i) => {
    const t = obj(raw);
    const treatmentId = cleanText(t.id, 80) ?? `treatments[${i}]`;
    for (const source of Array.isArray(t.sources) ? t.sources.map(obj) : []) {
      const registration = cleanText(source.registration, 60);
      if (source.pmid === undefined && source.doi === undefined && !registration) continue;
      const key = JSON.stringify([source.pmid, cleanDoi(source.doi)?.toLowerCase() ?? source.doi, registration]);
      const entry = byKey.get(key) ?? {
        record: {
          id: `${cleanText(source.id, 80) ?? 'source'} (a source)`,
          citation: {
            title: source.title,
            pmid: source.pmid,
            doi: source.doi,
            ...(registration ? { registrations: [{ id: registration }] } : {}),
          },
          lastReviewed: t.lastReviewed,
        },
        citedBy: [],
      };
      // The oldest review among the citing treatments: news since then concerns at least one.
      const reviewed = cleanText(t.lastReviewed, 20);
      if (reviewed && (!entry.record.lastReviewed || reviewed < String(entry.record.lastReviewed))) entry.record.lastReviewed = reviewed;
      if (!entry.citedBy.includes(treatmentId)) entry.citedBy.push(treatmentId);
      byKey.set(key, entry);
    }
  });
  return [...byKey.values()];
}

/** Checks every study in a dataset document ({ studies, treatments }), and the sources its treatments cite. */
export async function checkDocument(client: RegistryClient, doc: unknown): Promise<CheckReport[]> {
  const { studies, treatments } = obj(doc);
  const reports: CheckReport[] = [];
  if (Array.isArray(studies)) for (const [i, study] of studies.entries()) reports.push(await checkRecord(client, study, `studies[${i}]`));
  if (Array.isArray(treatments)) {
    for (const { record, citedBy } of citedSources(treatments)) {
      const report = await checkRecord(
        client,
        record,
        String(record.id),
        `review what ${citedBy.join(' and ')} say${citedBy.length === 1 ? 's' : ''} about it`,
      );
      report.record = `${String(record.id)}, cited by ${citedBy.join(', ')}`;
      reports.push(report);
    }
  }
  return reports;
}
