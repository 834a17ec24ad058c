// `ms-evidence check`: retractions, corrections, registry news and broken identifiers, on the
// fixtures (tests/fixtures/registries). With MS_EVIDENCE_LIVE=1 the bundled data is checked
// against the real services.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { RegistryClient } from '../../src/import/client.js';
import { checkDocument, checkRecord, type CheckReport } from '../../src/import/check.js';
import { FIXTURES, LIVE, LIVE_SKIP, startFixtureServer, type FixtureServer } from './fixture-server.js';

const read = (path: string | URL): unknown => JSON.parse(readFileSync(path, 'utf8'));
const studies = read(new URL('../../data/studies.json', import.meta.url)) as { studies: Record<string, unknown>[] };
const treatments = read(new URL('../../data/treatments.json', import.meta.url)) as {
  treatments: { id: string; sources?: { id: string; pmid?: string; doi?: string; registration?: string }[] }[];
};
const messages = (r: CheckReport | undefined) => (r?.findings ?? []).map((f) => `${f.level}: ${f.message}`);

let server: FixtureServer | undefined;
let client: RegistryClient;
before(async () => {
  if (LIVE) client = new RegistryClient({ tool: 'ms-evidence-elements-tests' });
  else {
    server = await startFixtureServer();
    client = new RegistryClient({ urls: server.urls, backoffMs: 20 });
  }
});
after(() => server?.close());

describe('check on the bundled data', () => {
  it('flags the recorded correction of Riordan 2018, and nothing retracted', async () => {
    const reports = await checkDocument(client, studies);
    const riordan = reports.find((r) => r.record === 'riordan-2018');
    assert.ok(
      messages(riordan).some((m) =>
        /^notice: Correction \(2021-05-10\): Crossref updated-by: Correction.*; already on the record$/.test(m),
      ),
      messages(riordan).join('\n'),
    );
    assert.equal(
      reports.some((r) => r.retracted),
      false,
    );
    assert.equal(
      reports.some((r) => r.incomplete),
      false,
      JSON.stringify(reports),
    );
    for (const r of reports) assert.ok(!r.findings.some((f) => f.level === 'unresolved'), messages(r).join('\n'));
  });

  it('says a correction is missing from a record that does not mention it', async () => {
    const riordan = structuredClone(studies.studies.find((s) => s.id === 'riordan-2018')!) as { citation: { notices?: unknown } };
    delete riordan.citation.notices;
    const report = await checkRecord(client, riordan, 'studies[0]');
    assert.ok(
      messages(report).some((m) => /^new-notice: Correction \(2021-05-10\).*NOT on the record: add it to citation\.notices$/.test(m)),
    );
  });
});

describe('check on the bundled treatments’ sources', () => {
  it('checks every PMID, DOI and registration a treatment cites, once each, and flags DEFINE’s erratum', async () => {
    const reports = await checkDocument(client, treatments);
    const cited = new Map<string, { pmid?: string; doi?: string; registration?: string }>();
    for (const t of treatments.treatments) for (const s of t.sources ?? []) if (s.pmid || s.doi || s.registration) cited.set(s.id, s);
    assert.ok(cited.size >= 10, `only ${cited.size} sources cite a PMID, DOI or registration`);
    assert.equal(reports.length, cited.size, reports.map((r) => r.record).join('\n'));
    for (const [id, source] of cited) {
      const report = reports.find((r) => r.record.startsWith(`${id} (a source), cited by `));
      assert.ok(report, `no report for ${id}`);
      const lines = messages(report);
      // Each identifier was looked up and resolves; nothing failed, nothing is retracted.
      if (source.doi) assert.ok(lines.includes(`ok: DOI ${source.doi} resolves (Crossref)`), `${id}:\n${lines.join('\n')}`);
      if (source.pmid) assert.ok(lines.includes(`ok: PMID ${source.pmid} resolves (PubMed)`), `${id}:\n${lines.join('\n')}`);
      if (source.registration)
        assert.ok(
          lines.some((l) => l.startsWith(`ok: ${source.registration}`)),
          `${id}:\n${lines.join('\n')}`,
        );
      assert.equal(report.retracted, false, id);
      assert.equal(report.incomplete, false, `${id}:\n${lines.join('\n')}`);
      assert.ok(!lines.some((l) => l.startsWith('unresolved:')), `${id}:\n${lines.join('\n')}`);
    }
    // DEFINE's erratum (PubMed: "Erratum in N Engl J Med. 2012 Dec 13;367(24):2362"), which the
    // treatments citing it do not mention.
    const define = reports.find((r) => r.record.startsWith('define-2012 (a source)'));
    // (A pattern, not the exact line: live, Crossref may add its own evidence for the same notice.)
    assert.ok(
      messages(define).some((m) =>
        /^new-notice: Correction \(2012-12-13\): .*PubMed: Erratum in N Engl J Med\. 2012 Dec 13;367\(24\):2362.*; review what disease-modifying-therapies and dimethyl-fumarate say about it$/.test(
          m,
        ),
      ),
      messages(define).join('\n'),
    );
  });

  it('asks for the PMID or DOI of a source cited by its registration alone', { skip: LIVE_SKIP }, async () => {
    const reports = await checkDocument(client, treatments);
    const confirm = reports.find((r) => r.record.startsWith('confirm-2012 (a source)'));
    assert.deepEqual(messages(confirm), [
      'todo: no PMID or DOI: only the registration can be checked; add the publication’s PMID or DOI',
      'ok: NCT00451451: status not given',
    ]);
  });
});

describe('check on the fixture records', { skip: LIVE_SKIP }, () => {
  it('flags the retraction, from both registries, with the notice dates', async () => {
    const [report] = await checkDocument(client, read(`${FIXTURES}/records/retracted.json`));
    assert.equal(report!.retracted, true);
    assert.deepEqual(messages(report), [
      'ok: DOI 10.1016/s0140-6736(97)11096-0 resolves (Crossref)',
      'ok: PMID 9500320 resolves (PubMed)',
      'new-notice: Correction (2004-03-06): Crossref updated-by: Correction 10.1016/s0140-6736(04)15715-2; NOT on the record: add it to citation.notices',
      'retraction: RETRACTED (2010-02-06): Crossref updated-by: Retraction 10.1016/s0140-6736(10)60175-4; PubMed: Retraction in Lancet. 2010 Feb 6;375(9713):445; NOT on the record: add it to citation.notices',
    ]);
  });

  it('flags a retracted paper among the sources a treatment cites', async () => {
    const [report] = await checkDocument(client, read(`${FIXTURES}/records/treatment-citing-retracted.json`));
    assert.equal(report!.record, 'wakefield-1998 (a source), cited by fixture-treatment');
    assert.equal(report!.retracted, true);
    assert.ok(
      messages(report).includes(
        'retraction: RETRACTED (2010-02-06): PubMed: Retraction in Lancet. 2010 Feb 6;375(9713):445; Crossref updated-by: Retraction 10.1016/s0140-6736(10)60175-4; review what fixture-treatment says about it',
      ),
      messages(report).join('\n'),
    );
  });

  it('reports newly posted results and identifiers that no longer resolve', async () => {
    const [results, broken] = await checkDocument(client, read(`${FIXTURES}/records/registry-and-broken.json`));
    assert.deepEqual(messages(results), [
      'todo: no PMID or DOI: only the registration can be checked; add the publication’s PMID or DOI',
      'registry: NCT99999901: completed, last update posted 2026-09-15 (after the last review, 2026-01-15)',
      'registry: NCT99999901 has results posted (2026-09-15); newly posted since the last review: compare them with the record',
    ]);
    assert.deepEqual(messages(broken), [
      'unresolved: DOI 10.5555/no-such-doi no longer resolves in Crossref (or was never registered there)',
      'unresolved: PMID 99999999 no longer resolves in PubMed',
      'unresolved: NCT00000000 no longer resolves in ClinicalTrials.gov',
    ]);
  });

  it('reports a failed lookup on its record and goes on with the others', async () => {
    server!.script('/crossref/works/10.3389', { status: 200, body: 'not json' });
    const reports = await checkDocument(new RegistryClient({ urls: server!.urls, backoffMs: 20 }), studies);
    const lu = reports.find((r) => r.record === 'lu-2020')!;
    assert.equal(lu.incomplete, true);
    assert.ok(
      messages(lu).includes(
        'error: DOI 10.3389/fneur.2020.00967: Crossref sent a reply that is not valid JSON (' +
          server!.urls.crossref +
          '/works/10.3389/fneur.2020.00967)',
      ),
      messages(lu).join('\n'),
    );
    assert.ok(messages(lu).includes('ok: PMID 33013641 resolves (PubMed)'));
    assert.equal(reports.find((r) => r.record === 'riordan-2018')!.incomplete, false);
  });
});
