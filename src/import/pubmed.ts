/**
 * PubMed through NCBI's E-utilities: efetch's XML record of an article (the only format that
 * carries affiliations, trial registrations, MeSH headings and the CommentsCorrections links to
 * errata and retractions), and esearch to find the PMID of a DOI.
 *
 * XML is read with @rgrove/parse-xml: small, strict (malformed XML is an error, not a guess),
 * no dependencies, no network access for DTDs or entities, and the same in Node and browsers.
 */
import { parseXml, type XmlElement } from '@rgrove/parse-xml';
import type { PublicationNoticeKind } from '../model/vocabulary.js';
import type { Design } from '../model/schema.js';
import { RegistryError, type RegistryClient } from './client.js';
import { mapCondition, type FoundNotice, type PublicationFacts } from './facts.js';
import {
  cleanDoi,
  cleanPmcid,
  cleanPmid,
  cleanRegistration,
  cleanText,
  initialsOf,
  isoDate,
  looksLikeMarkup,
  stripFinalPeriod,
  titleCaseJournal,
  yearOf,
} from './text.js';

const elements = (el: XmlElement | undefined, name: string): XmlElement[] =>
  (el?.children ?? []).filter((c): c is XmlElement => c.type === 'element' && (c as XmlElement).name === name);
const first = (el: XmlElement | undefined, ...path: string[]): XmlElement | undefined => {
  let node = el;
  for (const name of path) node = elements(node, name)[0];
  return node;
};
const textOf = (el: XmlElement | undefined, ...path: string[]): string | undefined => cleanText(first(el, ...path)?.text);

/** CommentsCorrections types that are publication notices. */
const NOTICE_REFTYPES: Record<string, { kind: PublicationNoticeKind; words: string }> = {
  RetractionIn: { kind: 'retraction', words: 'Retraction in' },
  ErratumIn: { kind: 'correction', words: 'Erratum in' },
  CorrectedandRepublishedIn: { kind: 'correction', words: 'Corrected and republished in' },
  // A partial retraction withdraws part of a paper: reported as a correction, named as what it is.
  PartialRetractionIn: { kind: 'correction', words: 'Partial retraction in' },
  ExpressionOfConcernIn: { kind: 'expression-of-concern', words: 'Expression of concern in' },
};

/** Publication types that say the record is itself a notice, not a study. */
const NOTICE_RECORD_TYPES = ['Retraction of Publication', 'Published Erratum', 'Expression of Concern'];

const PHASE_TYPES: [RegExp, string][] = [
  [/^Clinical Trial, Phase I$/, '1'],
  [/^Clinical Trial, Phase II$/, '2'],
  [/^Clinical Trial, Phase III$/, '3'],
  [/^Clinical Trial, Phase IV$/, '4'],
];

const ROMAN: Record<string, string> = { i: '1', ii: '2', iii: '3', iv: '4', '1': '1', '2': '2', '3': '3', '4': '4' };

/** A phase named in a title: "Phase I/II" → "1/2", "phase 2" → "2". */
export function phaseFromTitle(title: string): Design['phase'] | undefined {
  const match = /\bphase\s+(iv|iii|ii|i|[1-4])\b(?:\s*(?:\/|-|–|and)\s*(?:phase\s+)?(iv|iii|ii|i|[1-4])\b)?/i.exec(title);
  if (!match) return undefined;
  const a = ROMAN[match[1]!.toLowerCase()];
  const b = match[2] ? ROMAN[match[2].toLowerCase()] : undefined;
  return combinePhases([a, b].filter((p): p is string => Boolean(p)));
}

/** ["1", "2"] → "1/2"; one phase → itself; anything the model has no value for → undefined. */
export function combinePhases(phases: string[]): Design['phase'] | undefined {
  const unique = [...new Set(phases)].sort();
  const value = unique.join('/');
  return (['1', '2', '3', '4', '1/2', '2/3'] as const).find((p) => p === value);
}

/** The date in a citation such as "J Transl Med. 2021 May 10;19(1):205". */
const dateInRefSource = (source: string): string | undefined => {
  const match = /\.\s+(\d{4}(?:\s+[A-Z][a-z]{2}(?:\s+\d{1,2})?)?)\s*[;:.]/.exec(source);
  return match ? isoDate(match[1]) : undefined;
};

/** Reads one PubmedArticle element into facts. */
export function readPubmedArticle(article: XmlElement): PublicationFacts {
  const citation = first(article, 'MedlineCitation');
  const art = first(citation, 'Article');
  const warnings: string[] = [];
  const pmid = cleanPmid(textOf(citation, 'PMID'));

  const rawTitle = textOf(art, 'ArticleTitle') ?? textOf(art, 'VernacularTitle');
  const title = rawTitle ? stripFinalPeriod(rawTitle.replace(/^\[(.*)\]$/, '$1')) : undefined;
  if (title && looksLikeMarkup(title)) warnings.push('PubMed title contains text that looks like markup; it is kept as plain text');

  const authors: string[] = [];
  let affiliation: string | undefined;
  for (const author of elements(first(art, 'AuthorList'), 'Author')) {
    if (author.attributes.ValidYN === 'N') continue;
    const collective = textOf(author, 'CollectiveName');
    const last = textOf(author, 'LastName');
    const fore = textOf(author, 'ForeName');
    const initials = fore ? initialsOf(fore) : textOf(author, 'Initials');
    const name = collective ?? (last ? (initials ? `${last} ${initials}` : last) : undefined);
    if (name) authors.push(name);
    if (authors.length === 1 && !affiliation) affiliation = textOf(author, 'AffiliationInfo', 'Affiliation');
  }
  if (affiliation) affiliation = affiliation.replace(/\.?\s*(?:Electronic address:.*|[\w.+-]+@[\w.-]+)\s*\.?$/, '').replace(/\.$/, '');

  const journal = first(art, 'Journal');
  const issue = first(journal, 'JournalIssue');
  const pubDate = first(issue, 'PubDate');
  const year = yearOf(textOf(pubDate, 'Year') ?? textOf(pubDate, 'MedlineDate'));
  const journalName = textOf(journal, 'Title');

  const pages = textOf(art, 'Pagination', 'MedlinePgn');
  const ids = new Map<string, string>();
  for (const id of elements(first(article, 'PubmedData', 'ArticleIdList'), 'ArticleId')) {
    const type = id.attributes.IdType;
    const value = cleanText(id.text);
    if (type && value && !ids.has(type)) ids.set(type, value);
  }
  const eloc = elements(art, 'ELocationID').find((e) => e.attributes.EIdType === 'doi');
  const rawDoi = ids.get('doi') ?? cleanText(eloc?.text);
  const doi = cleanDoi(rawDoi);
  if (rawDoi && !doi) warnings.push(`PubMed gave a DOI that is not well-formed and was left out: ${JSON.stringify(rawDoi.slice(0, 80))}`);
  const pmcid = cleanPmcid(ids.get('pmc'));

  const registrations: string[] = [];
  for (const bank of elements(first(art, 'DataBankList'), 'DataBank')) {
    for (const acc of elements(first(bank, 'AccessionNumberList'), 'AccessionNumber')) {
      const id = cleanRegistration(acc.text);
      if (id && !registrations.includes(id)) registrations.push(id);
    }
  }

  const types = elements(first(art, 'PublicationTypeList'), 'PublicationType').map((t) => cleanText(t.text) ?? '');
  const notices: FoundNotice[] = [];
  for (const cc of elements(first(citation, 'CommentsCorrectionsList'), 'CommentsCorrections')) {
    const known = NOTICE_REFTYPES[cc.attributes.RefType ?? ''];
    if (!known) continue;
    const source = textOf(cc, 'RefSource') ?? '';
    const date = dateInRefSource(source);
    const noticePmid = cleanPmid(textOf(cc, 'PMID'));
    notices.push({
      kind: known.kind,
      ...(date ? { date } : {}),
      ...(noticePmid ? { pmid: noticePmid } : {}),
      evidence: `PubMed: ${known.words} ${source}`.trim(),
    });
  }
  if (types.includes('Retracted Publication') && !notices.some((n) => n.kind === 'retraction')) {
    notices.push({ kind: 'retraction', evidence: 'PubMed publication type "Retracted Publication"' });
  }
  for (const type of NOTICE_RECORD_TYPES) {
    if (types.includes(type)) warnings.push(`PMID ${pmid ?? '?'} is itself a notice ("${type}"), not the study it concerns`);
  }

  const phase =
    combinePhases(types.flatMap((t) => PHASE_TYPES.filter(([re]) => re.test(t)).map(([, p]) => p))) ??
    (title ? phaseFromTitle(title) : undefined);

  const conditions = elements(first(citation, 'MeshHeadingList'), 'MeshHeading')
    .map((h) => mapCondition(textOf(h, 'DescriptorName') ?? ''))
    .filter((c) => c !== undefined);

  const funders = elements(first(art, 'GrantList'), 'Grant')
    .map((g) => textOf(g, 'Agency'))
    .filter((a): a is string => Boolean(a));

  const facts: PublicationFacts = { notices, warnings, hasAbstract: Boolean(first(art, 'Abstract')) };
  if (title) facts.title = title;
  if (authors.length) facts.authors = authors;
  if (affiliation) facts.affiliation = affiliation;
  if (journalName) facts.journal = titleCaseJournal(journalName);
  if (year) facts.year = year;
  const volume = textOf(issue, 'Volume');
  if (volume) facts.volume = volume;
  const issueNo = textOf(issue, 'Issue');
  if (issueNo) facts.issue = issueNo;
  if (pages) facts.pages = pages;
  if (doi) facts.doi = doi;
  if (pmid) facts.pmid = pmid;
  if (pmcid) facts.pmcid = pmcid;
  if (registrations.length) facts.registrations = registrations;
  if (phase) facts.phase = phase;
  if (types.includes('Randomized Controlled Trial')) facts.randomised = true;
  if (conditions.length) facts.conditions = [...new Set(conditions)];
  if (funders.length) facts.funders = [...new Set(funders)];
  return facts;
}

/** Parses an efetch reply; malformed XML or a reply without the article is an error. */
export function parsePubmedXml(xml: string, pmid: string): PublicationFacts | undefined {
  let root: XmlElement | null;
  try {
    root = parseXml(xml).root;
  } catch (error) {
    throw new RegistryError(
      'malformed',
      `PubMed sent XML that cannot be read for PMID ${pmid}: ${(error as Error).message.split('\n')[0]}`,
      'pubmed',
    );
  }
  if (!root || root.name !== 'PubmedArticleSet') {
    // E-utilities reports some errors as <eFetchResult><ERROR>…</ERROR></eFetchResult>.
    const message = cleanText(root ? first(root, 'ERROR')?.text : undefined);
    if (message && /not found|invalid|empty/i.test(message)) return undefined;
    throw new RegistryError('malformed', `PubMed sent an unexpected reply for PMID ${pmid}${message ? `: ${message}` : ''}`, 'pubmed');
  }
  const article = elements(root, 'PubmedArticle').find((a) => cleanPmid(textOf(a, 'MedlineCitation', 'PMID')) === pmid);
  return article ? readPubmedArticle(article) : undefined;
}

/** Fetches one article by PMID; resolves undefined when PubMed has no such record. */
export async function fetchPubmed(client: RegistryClient, pmid: string): Promise<PublicationFacts | undefined> {
  const url = client.url('pubmed', '/efetch.fcgi', { db: 'pubmed', id: pmid, retmode: 'xml', ...client.ncbiParams() });
  const fetched = await client.get('pubmed', url, 'application/xml');
  if (fetched.status === 404) return undefined;
  return parsePubmedXml(fetched.text, pmid);
}

/** Finds the PMID of a DOI with esearch; undefined when PubMed has none (or more than one). */
export async function pmidForDoi(client: RegistryClient, doi: string): Promise<string | undefined> {
  const url = client.url('pubmed', '/esearch.fcgi', { db: 'pubmed', term: `${doi}[doi]`, retmode: 'json', ...client.ncbiParams() });
  const reply = (await client.getJson('pubmed', url)) as { esearchresult?: { idlist?: unknown } } | undefined;
  const list = reply?.esearchresult?.idlist;
  if (reply !== undefined && !Array.isArray(list)) {
    throw new RegistryError('malformed', `PubMed's search reply for DOI ${doi} has no id list`, 'pubmed');
  }
  const ids = (Array.isArray(list) ? (list as unknown[]) : []).map(cleanPmid).filter((id): id is string => Boolean(id));
  return ids.length === 1 ? ids[0] : undefined;
}
