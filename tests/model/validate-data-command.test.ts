// `npm run validate-data` itself: the script run in Node on real files, its exit code and output.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import studiesFile from '../../data/studies.json';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}
const run = (files?: Record<string, string>) => executeServerCommand<Run, { files?: Record<string, string> }>('validate-data', { files });
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
});
