// `npm run validate-data` itself: the script run in Node on real files, its exit code and output.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import studiesFile from '../../data/studies.json';
import treatmentsFile from '../../data/treatments.json';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}
const run = (files?: Record<string, string>, strict = false) =>
  executeServerCommand<Run, { files?: Record<string, string>; strict?: boolean }>('validate-data', { files, strict });
const lu = () => structuredClone(studiesFile.studies.find((s) => s.id === 'lu-2020')!) as Record<string, any>;

describe('npm run validate-data', function () {
  this.timeout(30_000);

  it("passes the repository's data files", async () => {
    const { code, stdout } = await run();
    expect(code).to.equal(0);
    expect(stdout).to.contain('data/studies.json: 3 studies, 0 treatments: valid');
  });

  it('fails naming the file, the record and each bad field', async () => {
    const badPmid = lu();
    badPmid.citation.pmid = 'abc';
    badPmid.design.control = 'placbo';
    const tooMany = lu();
    tooMany.id = 'lu-2020-copy';
    tooMany.population.analysed = 99;
    const { code, stderr } = await run({ 'bad.json': JSON.stringify({ studies: [badPmid, tooMany] }) });
    expect(code).to.equal(1);
    expect(stderr).to.contain('bad.json: study "lu-2020", citation.pmid: must be a PubMed id (digits only)');
    expect(stderr).to.contain('bad.json: study "lu-2020", design.control:');
    // Rules across fields run once a record has the right shape.
    expect(stderr).to.contain('bad.json: study "lu-2020-copy", population.analysed: must not exceed the number enrolled (10)');
    expect(stderr).to.match(/\n3 problems found\.\n$/);
  });

  it('fails on a claim of cure for an investigational therapy', async () => {
    const bad = lu();
    bad.conclusion = 'These cells cure MS.';
    const { code, stderr } = await run({ 'claim.json': JSON.stringify({ studies: [bad] }) });
    expect(code).to.equal(1);
    expect(stderr).to.contain('claim.json: study "lu-2020", conclusion: claims a cure ("cure") for a therapy that is not approved');
  });

  it('fails on a file that is not JSON', async () => {
    const { code, stderr } = await run({ 'broken.json': '{ "studies": [' });
    expect(code).to.equal(1);
    expect(stderr).to.contain('broken.json: cannot be read as JSON');
  });

  it("passes the repository's data files in strict mode (what CI runs)", async () => {
    const { code, stdout } = await run(undefined, true);
    expect(code).to.equal(0);
    expect(stdout).to.contain('data/treatments.json: 0 studies, 12 treatments: valid (strict)');
  });

  const natalizumab = () => structuredClone(treatmentsFile.treatments.find((t) => t.id === 'natalizumab')!) as Record<string, any>;

  it('fails a secondary source in strict mode only', async () => {
    const copy = natalizumab();
    copy.sources.push({ id: 'copy', title: 'TYSABRI prescribing information (copy)', url: 'https://studyres.com/doc/15241144' });
    const files = { 'copy.json': JSON.stringify({ treatments: [copy] }) };
    expect((await run(files)).code).to.equal(0);
    const strict = await run(files, true);
    expect(strict.code).to.equal(1);
    expect(strict.stderr).to.contain('copy.json: treatment "natalizumab", sources.2: is a secondary copy (studyres.com)');
  });

  it('warns about a percentage without its absolute numbers, and fails it in strict mode', async () => {
    const relative = natalizumab();
    delete relative.evidence.keyStudies[0].findings[0].absolute;
    const files = { 'relative.json': JSON.stringify({ treatments: [relative] }) };
    const lenient = await run(files);
    expect(lenient.code).to.equal(0);
    expect(lenient.stderr).to.contain(
      'relative.json: warning: treatment "natalizumab", evidence.keyStudies.0.findings.0.relative: gives a relative effect',
    );
    const strict = await run(files, true);
    expect(strict.code).to.equal(1);
    expect(strict.stderr).to.contain('relative.json: treatment "natalizumab", evidence.keyStudies.0.findings.0.relative');
  });

  describe('translations', () => {
    it('prints 100% Spanish coverage for data/, and fails an overlay with gaps in strict mode', async () => {
      const { code, stdout } = await run(undefined, true);
      expect(code).to.equal(0);
      expect(stdout).to.contain('data/locales/es.json: es overlay: valid');
      expect(stdout).to.match(/Translation coverage, es: (\d+) of \1 reader-facing texts \(100%\)/);
    });

    it("lists a record's untranslated fields, per language and record", async () => {
      const study = lu();
      study.translations = { es: { conclusion: 'Seguro y factible a largo plazo.' } };
      const { code, stdout } = await run({ 'own.json': JSON.stringify({ studies: [study] }) });
      expect(code).to.equal(0);
      expect(stdout).to.match(/Translation coverage, es: 1 of \d+ reader-facing texts/);
      expect(stdout).to.contain('study "lu-2020":');
      expect(stdout).to.contain('9 of 10 untranslated: design.note, intervention.product');
      expect(stdout).not.to.match(/untranslated: [^\n]*\bconclusion\b/);
    });

    it('fails a translation path that names no reader-facing text, and a claim in a translation', async () => {
      const study = lu();
      study.translations = {
        es: { 'outcomes.7.result': 'Mejoró.', 'citation.title': 'Título', conclusion: 'Estas células curan la EM.' },
      };
      const { code, stderr } = await run({ 'bad-es.json': JSON.stringify({ studies: [study] }) });
      expect(code).to.equal(1);
      expect(stderr).to.contain(
        'bad-es.json: study "lu-2020", translations.es["outcomes.7.result"]: names "outcomes.7.result", which is not a reader-facing text of this record',
      );
      // A title is quoted as published: never translated.
      expect(stderr).to.contain('translations.es["citation.title"]: names "citation.title"');
      expect(stderr).to.contain('translations.es["conclusion"]: claims a cure ("curan")');
    });

    it('checks a locale overlay against the records it translates', async () => {
      const overlay = { language: 'es', studies: { 'lu-2020': { 'bogus.path': 'x' }, 'no-such-study': { conclusion: 'y' } } };
      const { code, stderr } = await run({ 'lu.json': JSON.stringify({ studies: [lu()] }), 'es.json': JSON.stringify(overlay) }, true);
      expect(code).to.equal(1);
      expect(stderr).to.contain(
        'es.json: studies.lu-2020["bogus.path"]: names a field that is not a reader-facing text of study "lu-2020"',
      );
      expect(stderr).to.contain('es.json: studies.no-such-study: no study "no-such-study" in the data');
      expect(stderr).to.contain('the es overlay leaves reader-facing texts untranslated');
    });
  });
});
