/**
 * Crossref's REST API (`/works/{doi}`): the publisher's own metadata for a DOI, including the
 * `updated-by` relations that point at corrections, retractions and expressions of concern, and
 * the trial registrations and funders the publisher deposited.
 */
import type { PublicationNoticeKind } from '../model/vocabulary.js';
import { RegistryError, type RegistryClient } from './client.js';
import type { FoundNotice, PublicationFacts } from './facts.js';
import { cleanDoi, cleanRegistration, cleanText, initialsOf, isoDate, looksLikeMarkup } from './text.js';

/** Crossref update types that are publication notices (both spellings Crossref uses). */
const UPDATE_KINDS: Record<string, { kind: PublicationNoticeKind; words: string }> = {
  retraction: { kind: 'retraction', words: 'retraction' },
  removal: { kind: 'retraction', words: 'removal' },
  withdrawal: { kind: 'retraction', words: 'withdrawal' },
  partial_retraction: { kind: 'correction', words: 'partial retraction' },
  'partial-retraction': { kind: 'correction', words: 'partial retraction' },
  correction: { kind: 'correction', words: 'correction' },
  erratum: { kind: 'correction', words: 'erratum' },
  corrigendum: { kind: 'correction', words: 'corrigendum' },
  expression_of_concern: { kind: 'expression-of-concern', words: 'expression of concern' },
  'expression-of-concern': { kind: 'expression-of-concern', words: 'expression of concern' },
};

type Json = Record<string, unknown>;
const obj = (v: unknown): Json | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : undefined);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const firstText = (v: unknown): string | undefined => cleanText(Array.isArray(v) ? v[0] : v);

/** Inline formatting publishers put in titles (JATS/HTML); dropped, the words kept. */
const INLINE_TAGS = /<\/?(?:i|b|em|strong|sub|sup|scp|u|sc|italic|bold|mml:[a-z]+|jats:[a-z]+)(?:\s[^<>]*)?>/gi;

const dateParts = (v: unknown): string | undefined => {
  const parts = list(obj(v)?.['date-parts'])[0];
  return Array.isArray(parts) ? isoDate(parts) : undefined;
};

/** Reads the notices in `updated-by` (this work was updated) into found notices. */
function noticesOf(updates: unknown, direction: 'updated-by'): FoundNotice[] {
  const found: FoundNotice[] = [];
  for (const item of list(updates)) {
    const u = obj(item);
    const type = cleanText(u?.type)?.toLowerCase();
    const known = type ? UPDATE_KINDS[type] : undefined;
    if (!u || !known) continue;
    const date = dateParts(u.updated);
    const doi = cleanDoi(u.DOI);
    const label = cleanText(u.label, 80);
    found.push({
      kind: known.kind,
      ...(date ? { date } : {}),
      ...(doi ? { doi } : {}),
      evidence: `Crossref ${direction}: ${label ?? known.words}${doi ? ` ${doi}` : ''}`,
    });
  }
  return found;
}

/** Reads a Crossref work message into facts. */
export function readCrossrefWork(message: Json): PublicationFacts {
  const warnings: string[] = [];
  const rawTitle = firstText(message.title)?.replace(INLINE_TAGS, '');
  const title = cleanText(rawTitle);
  if (title && looksLikeMarkup(title)) warnings.push('Crossref title contains text that looks like markup; it is kept as plain text');

  const people = list(message.author)
    .map(obj)
    .filter((a): a is Json => Boolean(a));
  const authors: string[] = [];
  let complete = people.length > 0;
  for (const a of people) {
    const family = cleanText(a.family, 200);
    const given = cleanText(a.given, 200);
    const name = cleanText(a.name, 300);
    if (family && given) authors.push(`${family} ${initialsOf(given)}`);
    else if (family || name) {
      authors.push((family ?? name)!);
      if (family) complete = false;
    }
  }
  const affiliation = cleanText(obj(list(people[0]?.affiliation)[0])?.name);

  // The year alone is enough here; dates with only a year have no ISO month form.
  const yearIn = (v: unknown): number | undefined => {
    const parts = list(obj(v)?.['date-parts'])[0];
    const y = Array.isArray(parts) ? Number(parts[0]) : NaN;
    return Number.isInteger(y) ? y : undefined;
  };
  const year = yearIn(message.issued) ?? yearIn(message['published-print']) ?? yearIn(message['published-online']);
  const doi = cleanDoi(message.DOI);

  const registrations = list(message['clinical-trial-number'])
    .map((t) => cleanRegistration(obj(t)?.['clinical-trial-number']))
    .filter((id): id is string => Boolean(id));

  const notices = noticesOf(message['updated-by'], 'updated-by');
  if (list(message['update-to']).length) {
    warnings.push(`DOI ${doi ?? '?'} is itself a notice that updates another publication (Crossref update-to), not the study it concerns`);
  }

  const funders = list(message.funder)
    .map((f) => cleanText(obj(f)?.name, 300))
    .filter((n): n is string => Boolean(n));

  const facts: PublicationFacts = { notices, warnings };
  if (title) facts.title = title;
  // Authors without given names would read "Surname" alone: PubMed's list is better then.
  if (authors.length && complete) facts.authors = authors;
  if (affiliation) facts.affiliation = affiliation;
  const journal = firstText(message['container-title']);
  if (journal) facts.journal = journal;
  if (year && year >= 1900 && year <= 2100) facts.year = year;
  const volume = cleanText(message.volume, 40);
  if (volume) facts.volume = volume;
  const issue = cleanText(message.issue, 40);
  if (issue) facts.issue = issue;
  const pages = cleanText(message.page, 40);
  if (pages) facts.pages = pages;
  const articleNumber = cleanText(message['article-number'], 40);
  if (articleNumber) facts.articleNumber = articleNumber;
  if (doi) facts.doi = doi;
  if (registrations.length) facts.registrations = [...new Set(registrations)];
  if (funders.length) facts.funders = [...new Set(funders)];
  if (message.abstract !== undefined) facts.hasAbstract = true;
  return facts;
}

/** Fetches a work by DOI; resolves undefined when Crossref has no such DOI. */
export async function fetchCrossref(client: RegistryClient, doi: string): Promise<PublicationFacts | undefined> {
  const path = `/works/${doi.split('/').map(encodeURIComponent).join('/')}`;
  const reply = await client.getJson('crossref', client.url('crossref', path, client.crossrefParams()));
  if (reply === undefined) return undefined;
  const message = obj(obj(reply)?.message);
  if (!message || obj(reply)?.status !== 'ok') {
    throw new RegistryError('malformed', `Crossref's reply for DOI ${doi} has no work in it`, 'crossref');
  }
  const facts = readCrossrefWork(message);
  // The DOI asked for is known to be well-formed; a reply naming another (or a mangled one) is noted.
  if (facts.doi?.toLowerCase() !== doi.toLowerCase()) {
    facts.warnings.push(
      `Crossref answered for DOI ${JSON.stringify(cleanText(message.DOI, 120) ?? '')} when asked for ${doi}; ${doi} is kept`,
    );
    facts.doi = doi;
  }
  return facts;
}
