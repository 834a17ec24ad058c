// `ms-evidence import`: the draft a registry lookup produces, against the bundled data, and the
// client's behaviour when registries misbehave. Runs on the fixtures (tests/fixtures/registries);
// with MS_EVIDENCE_LIVE=1 the comparison with data/ runs against the real services instead.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RegistryError } from '../../src/import/client.js';
import { RegistryClient } from '../../src/import/client.js';
import { importStudy, missingLines, type ImportResult } from '../../src/import/draft.js';
import { parseIdentifier } from '../../src/import/identifier.js';
import { validateStudy } from '../../src/model/validate.js';
import { citationLinks } from '../../src/model/citation.js';
import type { Study } from '../../src/model/schema.js';
import { LIVE, LIVE_SKIP, startFixtureServer, type FixtureServer } from './fixture-server.js';

const data = JSON.parse(readFileSync(new URL('../../data/studies.json', import.meta.url), 'utf8')) as { studies: Study[] };
const bundled = (id: string): Study => data.studies.find((s) => s.id === id)!;

const CITATION_FIELDS = [
  'title',
  'authors',
  'affiliation',
  'journal',
  'year',
  'volume',
  'issue',
  'pages',
  'articleNumber',
  'doi',
  'pmid',
  'pmcid',
] as const;
const DESIGN_FIELDS = ['type', 'phase', 'allocation', 'control', 'masking'] as const;

/**
 * Facts in data/ that no registry states, so an import must leave them to a person (and the
 * test checks it does, rather than guessing). Everything else in citation and design must match.
 */
const NEEDS_A_PERSON: Record<string, string[]> = {
  // Jamali 2024 has no trial registration: only the phase can be read (from the title).
  'jamali-2024': ['design.type', 'design.allocation', 'design.control', 'design.masking'],
  // Lu 2020 is a follow-up of a treated group, registered nowhere; its design is in the text.
  'lu-2020': ['design.type', 'design.phase', 'design.allocation', 'design.control', 'design.masking'],
  'riordan-2018': [],
};

let server: FixtureServer | undefined;
let client: RegistryClient;

before(async () => {
  if (LIVE) {
    client = new RegistryClient({
      tool: 'ms-evidence-elements-tests',
      ...(process.env.MS_EVIDENCE_EMAIL ? { email: process.env.MS_EVIDENCE_EMAIL } : {}),
    });
  } else {
    server = await startFixtureServer();
    client = new RegistryClient({ urls: server.urls, backoffMs: 20 });
  }
});
after(() => server?.close());

const fixtureClient = (options: ConstructorParameters<typeof RegistryClient>[0] = {}) =>
  new RegistryClient({ urls: server!.urls, backoffMs: 20, ...options });

function compareWithData(result: ImportResult, study: Study): void {
  const draft = result.draft as unknown as { citation: Record<string, unknown>; design: Record<string, unknown> };
  for (const field of CITATION_FIELDS) {
    const expected = study.citation[field];
    if (expected === undefined) continue;
    assert.deepEqual(draft.citation[field], expected, `${study.id}: citation.${field}`);
  }
  assert.deepEqual(
    ((draft.citation.registrations as { id: string }[] | undefined) ?? []).map((r) => r.id),
    (study.citation.registrations ?? []).map((r) => r.id),
    `${study.id}: citation.registrations`,
  );
  assert.deepEqual(
    ((draft.citation.notices as { kind: string; date?: string; note?: string }[] | undefined) ?? []).map(({ kind, date, note }) => ({
      kind,
      date,
      note,
    })),
    (study.citation.notices ?? []).map(({ kind, date, note }) => ({ kind, date, note })),
    `${study.id}: citation.notices`,
  );
  for (const field of DESIGN_FIELDS) {
    if (NEEDS_A_PERSON[study.id]!.includes(`design.${field}`)) {
      assert.equal(draft.design[field], undefined, `${study.id}: design.${field} is left to a person`);
      assert.ok(
        missingLines(result).some((l) => l.includes(`design.${field}: is required`)),
        `${study.id}: design.${field} is listed as missing`,
      );
    } else {
      assert.equal(draft.design[field], study.design[field], `${study.id}: design.${field}`);
    }
  }
}

describe('import reproduces the bundled studies’ citation and design facts', () => {
  const cases: [string, string][] = [
    ['jamali-2024', '38450623'],
    ['lu-2020', '33013641'],
    ['lu-2020', '10.3389/fneur.2020.00967'],
    ['riordan-2018', '10.1186/s12967-018-1433-7'],
    ['riordan-2018', 'https://doi.org/10.1186/s12967-018-1433-7'],
  ];
  for (const [id, input] of cases) {
    it(`${id} from ${input}`, async () => compareWithData(await importStudy(client, input, { today: '2026-11-28' }), bundled(id)));
  }

  it('riordan-2018 from its NCT id gives the registered design, enrolment and sponsor', async () => {
    const result = await importStudy(client, 'NCT02034188', { today: '2026-11-28' });
    const draft = result.draft as unknown as Study;
    for (const field of DESIGN_FIELDS) assert.equal(draft.design[field], bundled('riordan-2018').design[field], `design.${field}`);
    assert.equal(draft.population.enrolled, 20);
    assert.deepEqual(draft.population.conditions, [{ condition: 'ms-unspecified' }]);
    assert.equal(draft.funding, bundled('riordan-2018').funding);
  });

  it('records where each fact came from, and claims no verification by a person', async () => {
    const result = await importStudy(client, '10.3389/fneur.2020.00967', { today: '2026-11-28' });
    const { verification } = result.draft;
    assert.deepEqual(verification.checkedAgainst, []);
    const from = Object.fromEntries((verification.importedFrom ?? []).map((s) => [s.source, s]));
    assert.deepEqual(from.crossref?.fields.sort(), [
      'citation.articleNumber',
      'citation.authors',
      'citation.doi',
      'citation.journal',
      'citation.title',
      'citation.volume',
    ]);
    assert.deepEqual(from.pubmed?.fields.sort(), ['citation.affiliation', 'citation.pmcid', 'citation.pmid', 'citation.year']);
    assert.equal(from.pubmed?.id, '33013641');
    assert.equal(from.pubmed?.retrieved, '2026-11-28');
  });

  it('leaves what needs a person empty, lists it, and validates with the model’s own rules', async () => {
    const result = await importStudy(client, '10.1186/s12967-018-1433-7', { today: '2026-11-28' });
    assert.equal(result.validation.ok, false);
    const missing = missingLines(result);
    assert.ok(missing.includes('study "riordan-2018", regulatory: is required'), missing.join('\n'));
    assert.ok(missing.includes('study "riordan-2018", lastReviewed: is required'), missing.join('\n'));
    assert.ok(result.todos.some((t) => t.startsWith('outcomes:')));
    assert.ok(result.todos.some((t) => t.startsWith('reading:')));
    assert.ok(result.todos.some((t) => t.startsWith('intervention.routes:')));
    assert.equal((result.draft as unknown as Study).safety, undefined);
    assert.equal((result.draft as unknown as Study).conclusion, undefined);
    // Once a person supplies what only a person can, the model accepts the draft.
    const completed = structuredClone(result.draft) as unknown as Study;
    completed.regulatory = [{ jurisdiction: 'US', status: 'investigational' }];
    completed.lastReviewed = '2026-11-28';
    const verdict = validateStudy(completed);
    assert.equal(verdict.ok, true, verdict.ok ? '' : JSON.stringify(verdict.issues));
  });
});

describe('import: notices, results and hostile replies', { skip: LIVE_SKIP }, () => {
  it('marks a retracted paper, from PubMed and Crossref, first in the to-do list', async () => {
    const result = await importStudy(client, '9500320', { today: '2026-11-28' });
    const notices = (result.draft.citation as Study['citation']).notices;
    assert.deepEqual(notices, [
      {
        kind: 'correction',
        date: '2004-03-06',
        doi: '10.1016/s0140-6736(04)15715-2',
        note: 'A correction to this article was published on 6 March 2004.',
      },
      {
        kind: 'retraction',
        date: '2010-02-06',
        doi: '10.1016/s0140-6736(10)60175-4',
        note: 'The retraction notice was published on 6 February 2010.',
      },
    ]);
    assert.match(result.todos[0]!, /^RETRACTED:/);
  });

  it('imports a trial with posted results and says they are there', async () => {
    const result = await importStudy(client, 'NCT99999901', { today: '2026-11-28' });
    const draft = result.draft as unknown as Study;
    assert.deepEqual(draft.design, {
      type: 'interventional',
      phase: '2',
      allocation: 'randomised',
      masking: 'double-blind',
      control: 'placebo',
    });
    assert.equal(draft.population.enrolled, 120);
    assert.deepEqual(draft.population.conditions, [{ condition: 'ms-relapsing-remitting' }]);
    assert.equal(draft.intervention.product, 'Synthetic drug X');
    assert.deepEqual(draft.intervention.routes, ['oral']);
    assert.deepEqual(
      draft.outcomes.map((o) => [o.role, o.measure, o.direction]),
      [
        ['primary', 'Annualised relapse rate', 'not-reported'],
        ['secondary', 'Fatigue Severity Scale', 'not-reported'],
      ],
    );
    assert.equal(draft.sponsor, 'Synthetic University Hospital (collaborators: Synthetic Research Foundation)');
    assert.ok(result.todos.some((t) => t.includes('NCT99999901 has results posted on ClinicalTrials.gov (2026-09-15)')));
    assert.ok(result.todos.some((t) => t.includes('not mapped with confidence: "Fatigue"')));
    assert.ok(draft.verification.unverified?.includes('outcomes'));
  });

  it('keeps an injection payload as plain text and builds links only from well-formed identifiers', async () => {
    const result = await importStudy(client, '10.5555/injection', { today: '2026-11-28' });
    const citation = result.draft.citation as Study['citation'];
    assert.equal(citation.title, "<img src=x onerror=alert(1)>Stem cells cure MS<script>alert('x')</script>[31m");
    assert.doesNotMatch(citation.title, /[\u001b\u202e]/);
    assert.equal(citation.doi, '10.5555/injection');
    assert.equal(citation.registrations, undefined);
    assert.deepEqual(citation.notices, [
      { kind: 'retraction', date: '2025-01-01', note: 'The retraction notice was published on 1 January 2025.' },
    ]);
    const links = citationLinks({ ...citation, authors: citation.authors ?? ['x'], year: 2024 });
    assert.deepEqual(
      links.map((l) => l.href),
      ['https://doi.org/10.5555/injection'],
    );
    assert.ok(result.warnings.some((w) => w.includes('looks like markup')));
    assert.ok(result.warnings.some((w) => w.includes('when asked for 10.5555/injection')));
    assert.ok(!JSON.stringify(result.draft).includes('"url"'));
  });

  it('says in one line when an identifier does not exist (404 and empty results)', async () => {
    for (const [input, message] of [
      ['NCT00000000', 'NCT00000000 does not exist in ClinicalTrials.gov (check the identifier)'],
      ['10.5555/no-such-doi', 'DOI 10.5555/no-such-doi does not exist in Crossref or PubMed (check the identifier)'],
      ['99999999', 'PMID 99999999 does not exist in PubMed (check the identifier)'],
    ]) {
      await assert.rejects(
        importStudy(client, input!),
        (e: RegistryError) => e.code === 'not-found' && e.message === message && !e.message.includes('\n'),
      );
    }
    await assert.rejects(importStudy(client, 'PMC123'), (e: RegistryError) => e.code === 'invalid-id');
  });

  it('reads identifiers as people paste them', () => {
    assert.deepEqual(parseIdentifier('https://pubmed.ncbi.nlm.nih.gov/33013641/'), { kind: 'pmid', value: '33013641' });
    assert.deepEqual(parseIdentifier('PMID: 33013641'), { kind: 'pmid', value: '33013641' });
    assert.deepEqual(parseIdentifier('doi:10.3389/fneur.2020.00967'), { kind: 'doi', value: '10.3389/fneur.2020.00967' });
    assert.deepEqual(parseIdentifier('https://clinicaltrials.gov/study/nct02034188'), { kind: 'nct', value: 'NCT02034188' });
    assert.equal(parseIdentifier('javascript:alert(1)'), undefined);
  });
});

describe('the client: polite and robust', { skip: LIVE_SKIP }, () => {
  it('waits as a 429 asks (Retry-After), then succeeds', async () => {
    const s = server!;
    s.script('/crossref/works/10.3389', { status: 429, body: '{"error":"rate limited"}', headers: { 'retry-after': '1' } });
    const retries: number[] = [];
    const c = fixtureClient({ onRetry: ({ waitMs }) => retries.push(waitMs) });
    const start = s.requests.length;
    const result = await importStudy(c, '10.3389/fneur.2020.00967', { today: '2026-11-28' });
    assert.equal((result.draft.citation as Study['citation']).doi, '10.3389/fneur.2020.00967');
    const crossref = s.requests.slice(start).filter((r) => r.url.pathname.startsWith('/crossref/'));
    assert.equal(crossref.length, 2);
    assert.ok(crossref[1]!.at - crossref[0]!.at >= 950, `waited ${crossref[1]!.at - crossref[0]!.at} ms`);
    assert.ok(retries[0]! >= 1000);
  });

  it('backs off on 5xx and gives up with one line after the last retry', async () => {
    const s = server!;
    s.script('/ctgov/studies/NCT02034188', ...Array.from({ length: 3 }, () => ({ status: 503, body: 'busy' })));
    await assert.rejects(
      fixtureClient({ retries: 2 }).get('clinicaltrials-gov', `${s.urls['clinicaltrials-gov']}/studies/NCT02034188`, 'application/json'),
      (e: RegistryError) =>
        e.code === 'http' && e.message === 'ClinicalTrials.gov still answered 503 Service Unavailable after 3 attempts; try later',
    );
  });

  it('refuses to wait longer than it should for a Retry-After', async () => {
    server!.script('/ctgov/studies/NCT02034188', { status: 429, headers: { 'retry-after': '3600' } });
    await assert.rejects(
      importStudy(fixtureClient(), 'NCT02034188'),
      (e: RegistryError) => e.code === 'rate-limited' && /asks to wait 3600 s/.test(e.message),
    );
  });

  it('reports malformed JSON and malformed XML as such', async () => {
    server!.script('/ctgov/studies/NCT02034188', { status: 200, body: '{"protocolSection": {"identificationModule": ' });
    await assert.rejects(
      importStudy(fixtureClient(), 'NCT02034188'),
      (e: RegistryError) => e.code === 'malformed' && /not valid JSON/.test(e.message),
    );
    server!.script('/pubmed/efetch.fcgi', { status: 200, body: '<?xml version="1.0"?><PubmedArticleSet><PubmedArticle><MedlineCitation>' });
    await assert.rejects(
      importStudy(fixtureClient(), '33013641'),
      (e: RegistryError) => e.code === 'malformed' && /XML that cannot be read/.test(e.message),
    );
    server!.script('/pubmed/efetch.fcgi', { status: 200, body: '<html><body>Service unavailable</body></html>' });
    await assert.rejects(importStudy(fixtureClient(), '33013641'), (e: RegistryError) => e.code === 'malformed');
  });

  it('times out a request that does not answer', async () => {
    server!.script('/ctgov/studies/NCT02034188', { status: 200, body: '{}', delayMs: 1500 });
    await assert.rejects(
      importStudy(fixtureClient({ timeoutMs: 200, retries: 0 }), 'NCT02034188'),
      (e: RegistryError) => e.code === 'timeout',
    );
  });

  it('says in one line when offline', async () => {
    // A port that was just free: nothing listens there, as when the network is down.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
    const c = new RegistryClient({ urls: { pubmed: `http://127.0.0.1:${port}/eutils` }, retries: 1, backoffMs: 10 });
    await assert.rejects(
      importStudy(c, '33013641'),
      (e: RegistryError) =>
        e.code === 'offline' && e.message === `Cannot reach PubMed (127.0.0.1:${port}): no network connection? (ECONNREFUSED)`,
    );
  });

  it('with skipUnreachable (the composer), goes on without a registry a browser cannot reach, and says so', async () => {
    // What a browser's fetch does when a service is down or refuses a page's cross-origin request.
    const refusing: typeof fetch = (input, init) =>
      String(input).startsWith(server!.urls['clinicaltrials-gov']) ? Promise.reject(new TypeError('Failed to fetch')) : fetch(input, init);
    const c = fixtureClient({ fetch: refusing, retries: 0 });
    await assert.rejects(importStudy(c, '10.1186/s12967-018-1433-7'), (e: RegistryError) => e.code === 'offline');
    const result = await importStudy(c, '10.1186/s12967-018-1433-7', { skipUnreachable: true });
    assert.equal((result.draft.citation as { title?: string }).title, bundled('riordan-2018').citation.title);
    assert.deepEqual(result.draft.design, {});
    assert.ok(
      result.todos.includes(
        'ClinicalTrials.gov could not be reached from here, so nothing from its record of NCT02034188 is in this draft; ' +
          'fill those fields from the record, or run `npx ms-evidence import` where the network allows it',
      ),
      result.todos.join('\n'),
    );
    // The first registry asked still decides: nothing to draft without it.
    await assert.rejects(importStudy(c, 'NCT02034188', { skipUnreachable: true }), (e: RegistryError) => e.code === 'offline');
  });

  it('keeps to NCBI’s 3 requests a second without a key, and sends tool, email and api_key', async () => {
    const s = server!;
    const c = fixtureClient({ email: 'editor@example.org', tool: 'ms-evidence-test' });
    const start = s.requests.length;
    for (let i = 0; i < 4; i++)
      await c.get('pubmed', c.url('pubmed', '/efetch.fcgi', { db: 'pubmed', id: '33013641', ...c.ncbiParams() }), 'application/xml');
    const times = s.requests.slice(start).map((r) => r.at);
    assert.ok(times[3]! - times[0]! >= 1000, `4 requests in ${times[3]! - times[0]!} ms`);
    const params = s.requests.at(-1)!.url.searchParams;
    assert.equal(params.get('tool'), 'ms-evidence-test');
    assert.equal(params.get('email'), 'editor@example.org');
    assert.equal(params.get('api_key'), null);
    const keyed = fixtureClient({ ncbiApiKey: 'k3y' });
    assert.equal(new URL(keyed.url('pubmed', '/efetch.fcgi', keyed.ncbiParams())).searchParams.get('api_key'), 'k3y');
    assert.equal(new URL(c.url('crossref', '/works/x', c.crossrefParams())).searchParams.get('mailto'), 'editor@example.org');
  });
});

describe(
  'live mode',
  {
    skip: LIVE
      ? false
      : 'set MS_EVIDENCE_LIVE=1 on a machine with the network to run the comparison against PubMed, Crossref and ClinicalTrials.gov',
  },
  () => {
    it('runs the comparison above against the real services', () => assert.ok(LIVE));
  },
);
