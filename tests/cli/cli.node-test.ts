// The `ms-evidence` command as users run it: the built bin (dist/cli/ms-evidence.js, rebuilt
// here), its output, exit codes and files; and the same bin from the packed tarball.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { FIXTURES, LIVE_SKIP, startFixtureServer, type FixtureServer } from './fixture-server.js';

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'dist/cli/ms-evidence.js');
let server: FixtureServer;
let work: string;

/** Runs the bin asynchronously: the fixture server lives in this process and must keep answering. */
const run = (args: string[], options: { cwd?: string; bin?: string; env?: Record<string, string> } = {}) =>
  new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
    execFile(
      process.execPath,
      [options.bin ?? BIN, ...args],
      {
        cwd: options.cwd ?? work,
        encoding: 'utf8',
        timeout: 60_000,
        env: {
          PATH: process.env.PATH ?? '',
          MS_EVIDENCE_PUBMED_URL: server.urls.pubmed,
          MS_EVIDENCE_CROSSREF_URL: server.urls.crossref,
          MS_EVIDENCE_CTGOV_URL: server.urls['clinicaltrials-gov'],
          MS_EVIDENCE_EMAIL: 'editor@example.org',
          ...options.env,
        },
      },
      (error, stdout, stderr) => done({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr }),
    );
  });

before(async () => {
  // Always rebuilt (under a second), so the test never runs a bin older than its sources.
  execFileSync('npx', ['vite', 'build', '--config', 'vite.cli.config.ts', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  server = await startFixtureServer();
  work = mkdtempSync(join(tmpdir(), 'ms-evidence-cli-'));
});
after(async () => {
  await server.close();
  rmSync(work, { recursive: true, force: true });
});

describe('ms-evidence (built bin)', { skip: LIVE_SKIP }, () => {
  it('imports a study into a dataset file and prints the to-dos and what validate-data refuses', async () => {
    const { code, stdout, stderr } = await run(['import', '10.1186/s12967-018-1433-7']);
    assert.equal(code, 0, stderr);
    assert.match(stdout, /^Imported "riordan-2018" from Crossref \(10\.1186\/s12967-018-1433-7\), ClinicalTrials\.gov \(NCT02034188\)\.$/m);
    assert.match(stdout, /^Wrote riordan-2018\.json: a dataset file with one draft study\.$/m);
    assert.match(stdout, /^ {2}- correction 2021-05-10: A correction to this article was published on 10 May 2021\.$/m);
    assert.match(stdout, /^ {2}- study "riordan-2018", regulatory: is required$/m);
    const doc = JSON.parse(readFileSync(join(work, 'riordan-2018.json'), 'utf8')) as { studies: { id: string }[] };
    assert.equal(doc.studies[0]!.id, 'riordan-2018');
    // The real validate-data on the written file names the same missing fields.
    const validate = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/validate-data.ts', join(work, 'riordan-2018.json')], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    assert.equal(validate.status, 1);
    assert.match(validate.stderr, /study "riordan-2018", regulatory: is required/);
    // An existing file is not overwritten.
    const again = await run(['import', '10.1186/s12967-018-1433-7']);
    assert.equal(again.code, 2);
    assert.equal(again.stderr.trim(), 'ms-evidence import: riordan-2018.json already exists; give --out FILE or --force');
  });

  it('fails in one line for an unknown identifier, a bad one, and offline', async () => {
    const missing = await run(['import', 'NCT00000000']);
    assert.equal(missing.code, 2);
    assert.equal(missing.stderr.trim(), 'ms-evidence import: NCT00000000 does not exist in ClinicalTrials.gov (check the identifier)');
    const bad = await run(['import', 'hello']);
    assert.equal(bad.code, 2);
    assert.equal(bad.stderr.trim().split('\n').length, 1);
    const offline = await run(['import', '33013641'], { env: { MS_EVIDENCE_PUBMED_URL: 'https://eutils.invalid/entrez/eutils' } });
    assert.equal(offline.code, 2);
    assert.match(
      offline.stderr.trim(),
      /^ms-evidence import: Cannot reach PubMed \(eutils\.invalid\): no network connection\? \((ENOTFOUND|EAI_AGAIN)\)$/,
    );
  });

  it('check exits 0 on the bundled studies and flags the correction', async () => {
    const { code, stdout } = await run(['check', 'data/studies.json'], { cwd: ROOT });
    assert.equal(code, 0, stdout);
    assert.match(stdout, /notice {4}Correction \(2021-05-10\): Crossref updated-by: Correction; already on the record/);
    assert.doesNotMatch(stdout, /BROKEN/);
    assert.match(stdout, /^3 records checked: 0 retracted,/m);
  });

  it('check data/treatments.json checks the sources the treatments cite and flags DEFINE’s erratum', async () => {
    const { code, stdout } = await run(['check', 'data/treatments.json'], { cwd: ROOT });
    assert.equal(code, 0, stdout);
    assert.match(stdout, /^ {2}define-2012 \(a source\), cited by disease-modifying-therapies, dimethyl-fumarate$/m);
    assert.match(
      stdout,
      /^ {4}NEW {7}Correction \(2012-12-13\): PubMed: Erratum in N Engl J Med\. 2012 Dec 13;367\(24\):2362; review what/m,
    );
    assert.match(stdout, /^ {4}ok {8}PMID 7617181 resolves \(PubMed\)$/m);
    assert.match(stdout, /^ {4}TODO {6}no PMID or DOI: only the registration can be checked/m);
    assert.doesNotMatch(stdout, /BROKEN|FAILED/);
    assert.match(
      stdout,
      /^10 records checked: 0 retracted, 1 with a notice not on the record, 0 with registry news, 0 with identifiers that do not resolve, 0 not fully checked\.$/m,
    );
  });

  it('check exits 1 on a retraction', async () => {
    const { code, stdout } = await run(['check', join(FIXTURES, 'records/retracted.json'), 'data/studies.json'], { cwd: ROOT });
    assert.equal(code, 1);
    assert.match(stdout, /^ {2}wakefield-1998 {2}RETRACTED$/m);
    assert.match(stdout, /^4 records checked: 1 retracted, 1 with a notice not on the record,/m);
  });

  it('works from the packed tarball, without node_modules', async () => {
    const pack = mkdtempSync(join(tmpdir(), 'ms-evidence-pack-'));
    try {
      const [info] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', pack], { cwd: ROOT, encoding: 'utf8' })) as {
        filename: string;
        files: { path: string }[];
      }[];
      assert.ok(info!.files.some((f) => f.path === 'dist/cli/ms-evidence.js'));
      const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string>; version: string };
      assert.deepEqual(pkg.bin, { 'ms-evidence': 'dist/cli/ms-evidence.js' });
      execFileSync('tar', ['-xzf', join(pack, info!.filename), '-C', pack]);
      const result = await run(['import', '33013641', '--stdout'], { bin: join(pack, 'package/dist/cli/ms-evidence.js'), cwd: pack });
      assert.equal(result.code, 0, result.stderr);
      assert.equal((JSON.parse(result.stdout) as { studies: { id: string }[] }).studies[0]!.id, 'lu-2020');
      assert.equal(
        (await run(['--version'], { bin: join(pack, 'package/dist/cli/ms-evidence.js'), cwd: pack })).stdout.trim(),
        pkg.version,
      );
    } finally {
      rmSync(pack, { recursive: true, force: true });
    }
  });
});
