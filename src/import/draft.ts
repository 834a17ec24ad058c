/**
 * Import: looks a PMID, DOI or NCT id up in PubMed, Crossref and ClinicalTrials.gov and merges
 * what they say into a draft Study. Every copied fact is recorded in
 * `verification.importedFrom` (which record, which id, when); what needs a person (results and
 * their direction, the reading of the abstract, the regulatory status, anything not mapped with
 * confidence) stays empty and is returned as a to-do list. The draft is validated with the
 * model's own `validateStudy`, so "what is missing" is exactly what `npm run validate-data`
 * would say.
 *
 * No Node-only API is used here: the composer's form can run the same import in a browser.
 */
import type { Study } from '../model/schema.js';
import type { ConditionCode } from '../model/vocabulary.js';
import { isMsCondition } from '../model/levels.js';
import { formatIssue, validateStudy, type ValidationResult } from '../model/validate.js';
import { RegistryError, SERVICE_NAMES, type RegistryClient, type Service } from './client.js';
import { fetchCrossref } from './crossref.js';
import { fetchPubmed, pmidForDoi } from './pubmed.js';
import { fetchTrial } from './clinicaltrials.js';
import type { FoundNotice, PublicationFacts, RegistryFacts } from './facts.js';
import { describeIdentifier, parseIdentifier, type StudyIdentifier } from './identifier.js';
import { longDate } from './text.js';

/** A draft study: the shape of a Study, any part of which may still be missing. */
export type DraftStudy = Record<string, unknown> & { id: string; verification: Study['verification'] };

/** What an import produced. */
export interface ImportResult {
  /** The draft record, ready to be written as JSON. */
  draft: DraftStudy;
  /** The model's verdict on the draft: what is still missing or wrong. */
  validation: ValidationResult<Study>;
  /** What a person must do before the record can be published, one line each. */
  todos: string[];
  /** Odd things seen in the replies (markup in a title, a malformed id left out…). */
  warnings: string[];
  /** Which registries were asked, for what, and whether they had it. */
  lookups: { service: Service; id: string; found: boolean }[];
}

/** Options for one import. */
export interface ImportOptions {
  /** Today's date, "2026-11-28" (the retrieval date recorded for each source). */
  today?: string;
  /**
   * Go on when a registry other than the first one asked cannot be reached (offline, timed out,
   * or, in a browser, a cross-origin request refused): its facts are left out and a to-do says
   * so. The first lookup still fails the import. Off by default: the command line wants all or
   * nothing; the composer's form wants what it can get, said plainly.
   */
  skipUnreachable?: boolean;
}

const NOTICE_WORDS: Record<FoundNotice['kind'], string> = {
  correction: 'A correction to this article was published',
  retraction: 'The retraction notice was published',
  'expression-of-concern': 'An expression of concern about this article was published',
};

/** The sentence a card shows for a notice: generated from kind and date, never copied text. */
export function noticeNote(notice: Pick<FoundNotice, 'kind' | 'date'>): string {
  const when = notice.date ? ` on ${longDate(notice.date)}` : '';
  return `${NOTICE_WORDS[notice.kind]}${when}.`;
}

/** Merges notices found in several registries: one per kind and date, the most detailed kept. */
export function mergeNotices(notices: FoundNotice[]): FoundNotice[] {
  const merged: FoundNotice[] = [];
  for (const n of notices) {
    const same = merged.find((m) => m.kind === n.kind && (!m.date || !n.date || m.date === n.date || (m.doi && m.doi === n.doi)));
    if (!same) {
      merged.push({ ...n });
      continue;
    }
    same.date ??= n.date;
    same.doi ??= n.doi;
    same.pmid ??= n.pmid;
    if (!same.evidence.includes(n.evidence)) same.evidence += `; ${n.evidence}`;
  }
  return merged.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
}

const slug = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** The record id a draft gets: first author's surname and the year, e.g. "riordan-2018". */
export function draftId(authors: string[] | undefined, year: number | undefined, fallback: string): string {
  const surname = authors?.[0]?.replace(/\s+\S+$/, '') ?? '';
  const id = [slug(surname), year ? String(year) : ''].filter(Boolean).join('-');
  return (id || slug(fallback) || 'imported-study').slice(0, 80).replace(/-+$/, '');
}

/** Collects facts with where each came from. */
class Provenance {
  private readonly fields = new Map<string, { id: string; paths: string[] }>();
  constructor(private readonly today: string) {}
  note(source: Service, id: string, path: string): void {
    const key = `${source} ${id}`;
    const entry = this.fields.get(key) ?? { id, paths: [] };
    if (!entry.paths.includes(path)) entry.paths.push(path);
    this.fields.set(key, entry);
  }
  list(): NonNullable<Study['verification']['importedFrom']> {
    return [...this.fields.entries()]
      .filter(([, e]) => e.paths.length)
      .map(([key, e]) => ({ source: key.split(' ')[0] as Service, id: e.id, retrieved: this.today, fields: e.paths }));
  }
}

interface Gathered {
  pubmed?: PublicationFacts;
  crossref?: PublicationFacts;
  trial?: RegistryFacts;
  lookups: ImportResult['lookups'];
  warnings: string[];
  todos: string[];
}

const notFound = (id: StudyIdentifier, where: string): RegistryError =>
  new RegistryError('not-found', `${describeIdentifier(id)} does not exist in ${where} (check the identifier)`);

const UNREACHABLE = new Set<RegistryError['code']>(['offline', 'timeout']);

/** Looks the identifier up, then follows the links between the registries. */
async function gather(client: RegistryClient, id: StudyIdentifier, skipUnreachable = false): Promise<Gathered> {
  const g: Gathered = { lookups: [], warnings: [], todos: [] };
  let first = true;
  /** Runs one lookup; with skipUnreachable, a later lookup that cannot reach its registry becomes a to-do. */
  const ask = async (service: Service, lookupId: string, task: () => Promise<void>) => {
    const isFirst = first;
    first = false;
    try {
      await task();
    } catch (error) {
      if (isFirst || !skipUnreachable || !(error instanceof RegistryError) || !UNREACHABLE.has(error.code)) throw error;
      g.lookups.push({ service, id: lookupId, found: false });
      g.todos.push(
        `${SERVICE_NAMES[service]} could not be reached from here, so nothing from its record of ${lookupId} is in this draft; ` +
          `fill those fields from the record, or run \`npx ms-evidence import\` where the network allows it`,
      );
      g.warnings.push(error.message);
    }
  };
  const pubmed = (pmid: string) =>
    ask('pubmed', pmid, async () => {
      g.pubmed = await fetchPubmed(client, pmid);
      g.lookups.push({ service: 'pubmed', id: pmid, found: Boolean(g.pubmed) });
    });
  const crossref = (doi: string) =>
    ask('crossref', doi, async () => {
      g.crossref = await fetchCrossref(client, doi);
      g.lookups.push({ service: 'crossref', id: doi, found: Boolean(g.crossref) });
    });
  const trial = (nct: string) =>
    ask('clinicaltrials-gov', nct, async () => {
      g.trial = await fetchTrial(client, nct);
      g.lookups.push({ service: 'clinicaltrials-gov', id: nct, found: Boolean(g.trial) });
    });

  if (id.kind === 'pmid') {
    await pubmed(id.value);
    if (!g.pubmed) throw notFound(id, 'PubMed');
    if (g.pubmed.doi) await crossref(g.pubmed.doi);
  } else if (id.kind === 'doi') {
    await crossref(id.value);
    let pmid: string | undefined;
    await ask('pubmed', `${id.value}[doi]`, async () => {
      pmid = await pmidForDoi(client, id.value);
      g.lookups.push({ service: 'pubmed', id: `${id.value}[doi]`, found: Boolean(pmid) });
    });
    if (pmid) await pubmed(pmid);
    if (!g.crossref && !g.pubmed) throw notFound(id, 'Crossref or PubMed');
  } else {
    await trial(id.value);
    if (!g.trial) throw notFound(id, 'ClinicalTrials.gov');
    const pmids = g.trial.pmids;
    if (pmids.length === 1) {
      await pubmed(pmids[0]!);
      if (g.pubmed?.doi) await crossref(g.pubmed.doi);
    } else if (pmids.length > 1) {
      g.todos.push(
        `citation: the trial lists ${pmids.length} result publications (PMIDs ${pmids.join(', ')}); import the one this card is about`,
      );
    } else {
      g.todos.push('citation: the registry lists no result publication; import its PMID or DOI when there is one');
    }
  }
  if (id.kind !== 'nct') {
    const ncts = [...(g.crossref?.registrations ?? []), ...(g.pubmed?.registrations ?? [])].filter((r) => /^NCT/.test(r));
    const unique = [...new Set(ncts)];
    if (unique.length) await trial(unique[0]!);
    if (unique.length > 1)
      g.todos.push(`citation.registrations: the publication names ${unique.length} trials; only ${unique[0]} was read`);
  }
  g.warnings.push(...(g.pubmed?.warnings ?? []), ...(g.crossref?.warnings ?? []), ...(g.trial?.warnings ?? []));
  return g;
}

/** Merges gathered facts into a draft Study. Exported for tests of the merge on its own. */
export function mergeDraft(g: Gathered, input: StudyIdentifier, today: string): Omit<ImportResult, 'validation' | 'lookups'> {
  const prov = new Provenance(today);
  const todos = [...g.todos];
  const unverified: string[] = [];
  const { pubmed: pm, crossref: cr, trial } = g;
  const pmId = pm?.pmid ?? '';
  const crId = cr?.doi ?? '';

  /** Takes the first source that has a value, in the order given, and notes where it came from. */
  const pick = <K extends keyof PublicationFacts>(
    key: K,
    path: string,
    order: ('pubmed' | 'crossref')[],
  ): PublicationFacts[K] | undefined => {
    for (const source of order) {
      const facts = source === 'pubmed' ? pm : cr;
      const value = facts?.[key];
      if (value !== undefined && !(Array.isArray(value) && !value.length)) {
        prov.note(source, source === 'pubmed' ? pmId : crId, path);
        return value;
      }
    }
    return undefined;
  };

  // Publisher first for what the publisher owns (title as printed, names, journal, numbering);
  // PubMed first for the issue year, the first author's affiliation and its own ids.
  const citation: Record<string, unknown> = {};
  const put = (field: string, value: unknown) => {
    if (value !== undefined) citation[field] = value;
  };
  put('title', pick('title', 'citation.title', ['crossref', 'pubmed']));
  put('authors', pick('authors', 'citation.authors', ['crossref', 'pubmed']));
  put('affiliation', pick('affiliation', 'citation.affiliation', ['pubmed', 'crossref']));
  put('journal', pick('journal', 'citation.journal', ['crossref', 'pubmed']));
  put('year', pick('year', 'citation.year', ['pubmed', 'crossref']));
  put('volume', pick('volume', 'citation.volume', ['crossref', 'pubmed']));
  put('issue', pick('issue', 'citation.issue', ['crossref', 'pubmed']));
  const articleNumber = pick('articleNumber', 'citation.articleNumber', ['crossref']);
  put('articleNumber', articleNumber);
  // PubMed puts an online journal's article number in the pages: not a page range.
  if (!articleNumber || cr?.pages !== undefined) put('pages', pick('pages', 'citation.pages', ['crossref', 'pubmed']));
  else if (pm?.pages && pm.pages !== articleNumber) put('pages', pick('pages', 'citation.pages', ['pubmed']));
  put('doi', pick('doi', 'citation.doi', ['crossref', 'pubmed']));
  put('pmid', pick('pmid', 'citation.pmid', ['pubmed']));
  put('pmcid', pick('pmcid', 'citation.pmcid', ['pubmed']));

  const registrations: string[] = [];
  for (const [source, facts, id] of [
    ['crossref', cr, crId],
    ['pubmed', pm, pmId],
  ] as const) {
    for (const r of facts?.registrations ?? []) {
      if (!registrations.includes(r)) registrations.push(r);
      prov.note(source, id, 'citation.registrations');
    }
  }
  if (trial && !registrations.includes(trial.nctId)) {
    registrations.push(trial.nctId);
    prov.note('clinicaltrials-gov', trial.nctId, 'citation.registrations');
  }
  if (registrations.length) citation.registrations = registrations.map((id) => ({ id }));

  const notices = mergeNotices([...(pm?.notices ?? []), ...(cr?.notices ?? [])]);
  if (notices.length) {
    citation.notices = notices.map((n) => ({
      kind: n.kind,
      ...(n.date ? { date: n.date } : {}),
      ...(n.doi ? { doi: n.doi } : {}),
      note: noticeNote(n),
    }));
    if (pm?.notices.length) prov.note('pubmed', pmId, 'citation.notices');
    if (cr?.notices.length) prov.note('crossref', crId, 'citation.notices');
    if (notices.some((n) => n.kind === 'retraction')) {
      todos.unshift('RETRACTED: this publication has been retracted. Do not present its findings as evidence.');
    }
  }
  if (!citation.title && trial?.title) {
    citation.title = trial.title;
    prov.note('clinicaltrials-gov', trial.nctId, 'citation.title');
    unverified.push('citation.title');
    todos.push('citation.title: the registered title stands in for a publication; replace it with the publication');
  }

  // ---- Design: the registry first; a publication's types and title otherwise.
  const design: Record<string, unknown> = {};
  if (trial) {
    for (const [field, value] of Object.entries(trial.design)) {
      design[field] = value;
      prov.note('clinicaltrials-gov', trial.nctId, `design.${field}`);
    }
    for (const [path, why] of Object.entries(trial.designDoubts)) {
      todos.push(`${path}: ${why}`);
      if (path.split('.')[1]! in design) unverified.push(path);
    }
  }
  if (design.phase === undefined && pm?.phase) {
    design.phase = pm.phase;
    prov.note('pubmed', pmId, 'design.phase');
    unverified.push('design.phase');
    todos.push(`design.phase: "${pm.phase}" was read from PubMed's publication types or the title; confirm it in the methods`);
  }
  if (design.allocation === undefined && pm?.randomised) {
    design.allocation = 'randomised';
    prov.note('pubmed', pmId, 'design.allocation');
  }

  // ---- Population
  const population: Record<string, unknown> = {};
  if (trial?.enrolled !== undefined) {
    if (trial.enrolmentType === 'estimated') {
      todos.push(`population.enrolled: the registry gives ${trial.enrolled} as an estimate; use the number the publication reports`);
    } else {
      population.enrolled = trial.enrolled;
      prov.note('clinicaltrials-gov', trial.nctId, 'population.enrolled');
    }
  }
  let conditions: ConditionCode[] = [];
  if (trial?.conditions.length) {
    conditions = trial.conditions;
    prov.note('clinicaltrials-gov', trial.nctId, 'population.conditions');
  } else if (pm?.conditions?.length) {
    conditions = pm.conditions;
    prov.note('pubmed', pmId, 'population.conditions');
    unverified.push('population.conditions');
    todos.push('population.conditions: read from MeSH headings; check the diagnoses and give each count');
  }
  // "Multiple sclerosis" adds nothing next to a named form of it.
  if (conditions.some((c) => isMsCondition(c) && c !== 'ms-unspecified')) conditions = conditions.filter((c) => c !== 'ms-unspecified');
  if (conditions.length) population.conditions = conditions.map((condition) => ({ condition }));
  if (trial?.unmappedConditions.length) {
    todos.push(`population.conditions: not mapped with confidence: ${trial.unmappedConditions.map((c) => JSON.stringify(c)).join(', ')}`);
  }
  if (conditions.length > 1) todos.push('population.conditions: give how many participants had each condition');

  // ---- Intervention, sponsor, funding
  const intervention: Record<string, unknown> = {};
  const active = (trial?.interventions ?? []).filter((i) => i.type !== 'PLACEBO' && !/placebo|sham/i.test(i.name));
  if (trial && active.length === 1) {
    intervention.product = active[0]!.name;
    prov.note('clinicaltrials-gov', trial.nctId, 'intervention.product');
  } else if (trial && active.length > 1) {
    todos.push(
      `intervention.product: the registry names ${active.length} interventions (${active.map((i) => i.name).join('; ')}); say which one the card is about`,
    );
  }
  if (trial?.routes.length) {
    intervention.routes = trial.routes;
    prov.note('clinicaltrials-gov', trial.nctId, 'intervention.routes');
    unverified.push('intervention.routes');
    todos.push(`intervention.routes: "${trial.routes.join(', ')}" was read from the registered descriptions; confirm it`);
  }

  const draft: DraftStudy = {
    id: draftId(citation.authors as string[] | undefined, citation.year as number | undefined, describeIdentifier(input)),
    verification: { checkedAgainst: [] },
  } as DraftStudy;
  draft.citation = citation;
  if (trial?.sponsor) {
    draft.sponsor = trial.collaborators.length ? `${trial.sponsor} (collaborators: ${trial.collaborators.join(', ')})` : trial.sponsor;
    prov.note('clinicaltrials-gov', trial.nctId, 'sponsor');
    if (trial.sponsorClass === 'INDUSTRY') {
      draft.funding = `Industry: ${trial.sponsor}`;
      prov.note('clinicaltrials-gov', trial.nctId, 'funding');
    }
  }
  if (draft.funding === undefined) {
    const funders = pick('funders', 'funding', ['crossref', 'pubmed']);
    if (funders?.length) draft.funding = funders.join('; ');
    else todos.push('funding: not in the registries; take it from the publication’s funding statement');
  }
  draft.design = design;
  draft.population = population;
  draft.intervention = intervention;
  if (trial?.outcomes.length) {
    draft.outcomes = trial.outcomes;
    prov.note('clinicaltrials-gov', trial.nctId, 'outcomes');
    unverified.push('outcomes');
    todos.push(
      `outcomes: the ${trial.outcomes.length === 1 ? 'registered measure is' : `${trial.outcomes.length} registered measures are`} listed with direction "not-reported"; write each result and its direction from the publication, and drop any it does not report`,
    );
  } else {
    draft.outcomes = [];
    todos.push('outcomes: add the outcomes the publication reports, each with its result and direction');
  }
  if (trial?.hasResults)
    todos.push(
      `${trial.nctId} has results posted on ClinicalTrials.gov${trial.resultsFirstPosted ? ` (${trial.resultsFirstPosted})` : ''}; compare them with the publication`,
    );

  todos.push(
    `reading: read the ${pm?.hasAbstract || cr?.hasAbstract ? 'abstract and ' : ''}full text; write safety, conclusion, limitations and followUp in your own plain words`,
    'regulatory: give the intervention’s regulatory status for MS in each jurisdiction the page serves',
    'verification.checkedAgainst: say what you checked this draft against (abstract, full-text, registry…)',
    'lastReviewed: the date a person reviewed this record (and reviewDue)',
  );

  const importedFrom = prov.list();
  draft.verification = {
    checkedAgainst: [],
    ...(unverified.length ? { unverified: [...new Set(unverified)] } : {}),
    ...(importedFrom.length ? { importedFrom } : {}),
    note: `Draft imported on ${today} from ${importedFrom.map((s) => s.source).join(', ') || 'no registry'}; not yet checked by a person.`,
  };
  return { draft, todos, warnings: [...new Set(g.warnings)] };
}

/** Imports one study by PMID, DOI or NCT id. Rejects with a {@link RegistryError}. */
export async function importStudy(client: RegistryClient, input: string, options: ImportOptions = {}): Promise<ImportResult> {
  const id = parseIdentifier(input);
  if (!id) {
    throw new RegistryError('invalid-id', `"${input.slice(0, 80)}" is not a PMID (digits), a DOI (10.…/…) or an NCT id (NCT and 8 digits)`);
  }
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const gathered = await gather(client, id, options.skipUnreachable);
  const merged = mergeDraft(gathered, id, today);
  const validation = validateStudy(merged.draft, merged.draft.id);
  return { ...merged, validation, lookups: gathered.lookups };
}

/** The validation problems of a draft, as the lines `npm run validate-data` would print. */
export const missingLines = (result: ImportResult): string[] => (result.validation.ok ? [] : result.validation.issues.map(formatIssue));
