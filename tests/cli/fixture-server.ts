/**
 * A local stand-in for PubMed E-utilities, Crossref and ClinicalTrials.gov that answers from the
 * fixture files in tests/fixtures/registries (see the README there), on 127.0.0.1. Tests point
 * the client (or the CLI, through MS_EVIDENCE_*_URL) at it, so the real fetch, timeouts and
 * retries run. A script can make a path answer something else first (429, 503, broken bodies).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';

export const FIXTURES = join(import.meta.dirname, '../fixtures/registries');

/** One scripted answer. */
export interface Scripted {
  status: number;
  body?: string;
  headers?: Record<string, string>;
  /** Milliseconds to wait before answering (to provoke timeouts). */
  delayMs?: number;
}

/** A running fixture server. */
export interface FixtureServer {
  /** Base URLs for the three services. */
  urls: { pubmed: string; crossref: string; 'clinicaltrials-gov': string };
  /** Every request received, with its time. */
  requests: { url: URL; at: number; headers: IncomingMessage['headers'] }[];
  /** Queues answers for requests whose path and query contain `match`, used before the fixtures. */
  script(match: string, ...answers: Scripted[]): void;
  close(): Promise<void>;
}

const EMPTY_SEARCH = (term: string) =>
  JSON.stringify({
    header: { type: 'esearch', version: '0.3' },
    esearchresult: { count: '0', retmax: '0', retstart: '0', idlist: [], translationset: [], querytranslation: term },
  });

const EMPTY_EFETCH =
  '<?xml version="1.0" ?>\n<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January 2025//EN" "https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd">\n<PubmedArticleSet></PubmedArticleSet>\n';

function answerFromFixtures(url: URL): Scripted {
  const path = url.pathname;
  if (path === '/pubmed/efetch.fcgi') {
    const file = join(FIXTURES, 'pubmed', `efetch-${url.searchParams.get('id')}.xml`);
    return { status: 200, body: existsSync(file) ? readFileSync(file, 'utf8') : EMPTY_EFETCH, headers: { 'content-type': 'text/xml' } };
  }
  if (path === '/pubmed/esearch.fcgi') {
    const term = url.searchParams.get('term') ?? '';
    const file = join(FIXTURES, 'pubmed', `esearch-${encodeURIComponent(term.replace(/\[doi\]$/, '').toLowerCase())}.json`);
    return {
      status: 200,
      body: existsSync(file) ? readFileSync(file, 'utf8') : EMPTY_SEARCH(term),
      headers: { 'content-type': 'application/json' },
    };
  }
  const work = /^\/crossref\/works\/(.+)$/.exec(path);
  if (work) {
    const doi = decodeURIComponent(work[1]!).toLowerCase();
    const file = join(FIXTURES, 'crossref', `${encodeURIComponent(doi)}.json`.replace(/%28/g, '(').replace(/%29/g, ')'));
    return existsSync(file)
      ? { status: 200, body: readFileSync(file, 'utf8'), headers: { 'content-type': 'application/json' } }
      : { status: 404, body: 'Resource not found.', headers: { 'content-type': 'text/plain' } };
  }
  const study = /^\/ctgov\/studies\/([^/]+)$/.exec(path);
  if (study) {
    const file = join(FIXTURES, 'clinicaltrials-gov', `${study[1]}.json`);
    return existsSync(file)
      ? { status: 200, body: readFileSync(file, 'utf8'), headers: { 'content-type': 'application/json' } }
      : { status: 404, body: `{"message":"Study not found"}`, headers: { 'content-type': 'application/json' } };
  }
  return { status: 400, body: 'unknown fixture path' };
}

/** Starts a fixture server on a free port of 127.0.0.1. */
export async function startFixtureServer(): Promise<FixtureServer> {
  const scripts: { match: string; answers: Scripted[] }[] = [];
  const requests: FixtureServer['requests'] = [];
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push({ url, at: Date.now(), headers: req.headers });
    const scripted = scripts.find((s) => s.answers.length && decodeURIComponent(url.pathname + url.search).includes(s.match));
    const answer = scripted ? scripted.answers.shift()! : answerFromFixtures(url);
    const send = () => {
      res.writeHead(answer.status, answer.headers ?? {});
      res.end(answer.body ?? '');
    };
    if (answer.delayMs) setTimeout(send, answer.delayMs);
    else send();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    urls: { pubmed: `${base}/pubmed`, crossref: `${base}/crossref`, 'clinicaltrials-gov': `${base}/ctgov` },
    requests,
    script: (match, ...answers) => scripts.push({ match, answers }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Whether the tests run against the real services (`MS_EVIDENCE_LIVE=1`, needs the network). */
export const LIVE = process.env.MS_EVIDENCE_LIVE === '1';

/** The skip reason printed for fixture-only tests in live mode, and for live tests offline. */
export const LIVE_SKIP = LIVE ? 'fixture-only case (cannot be provoked on the real services)' : false;
