// The bundled content: every file valid, and the corrections of the seed page kept.
import { expect } from '@open-wc/testing';
import studies from '../../data/studies.json';
import treatments from '../../data/treatments.json';
import page from '../../data/page.json';
import { checkDataset, formatIssue } from '../../src/model/validate.js';
import { studyCertainty } from '../../src/model/certainty.js';
import { regulatoryLabel } from '../../src/model/regulatory.js';
import { isUnverified } from '../../src/model/citation.js';
import type { Study } from '../../src/model/schema.js';

const dataset = { ...studies, ...treatments, ...page };
const study = (id: string) => (dataset.studies as unknown as Study[]).find((s) => s.id === id)!;

describe('bundled data', () => {
  it('is valid: every record, and every link between records', () => {
    expect(checkDataset(dataset).issues.map(formatIssue)).to.deep.equal([]);
  });

  it('holds the three seed studies and the six categories of care', () => {
    expect(dataset.studies.map((s) => s.id)).to.deep.equal(['jamali-2024', 'lu-2020', 'riordan-2018']);
    expect(dataset.treatments.filter((t) => t.scope === 'category').map((t) => t.category)).to.have.members([
      'disease-modifying-therapy',
      'relapse-treatment',
      'symptom-management',
      'rehabilitation',
      'lifestyle-and-support',
      'cell-therapy',
    ]);
  });

  it("corrects the seed page's wrong authors", () => {
    expect(study('jamali-2024').citation.authors[0]).to.equal('Jamali F');
    expect(study('lu-2020').citation.authors[0]).to.equal('Lu Z');
    const all = dataset.studies.flatMap((s) => s.citation.authors).join(' ');
    expect(all).not.to.match(/Petrou|Wang L/);
  });

  it('keeps the page-only facts of the 2024 study marked unverified', () => {
    const s = study('jamali-2024');
    for (const path of ['citation.pmid', 'population.enrolled', 'outcomes.0']) {
      expect(isUnverified(s, path), path).to.be.true;
    }
    // The page reports results "by 6 months" but never says how long people were followed.
    expect(s.followUp).to.equal(undefined);
    expect(s.outcomes.map((o) => o.timePoint)).to.deep.equal(['6 months', '6 months']);
    expect(isUnverified(s, 'citation.title')).to.be.false;
  });

  it('shows the 2020 study had only 5 people with MS and no control group', () => {
    const s = study('lu-2020');
    expect(s.design.control).to.equal('none');
    expect(studyCertainty(s).reasons.find((r) => r.code === 'not-all-ms')?.text).to.equal(
      'Not everyone had MS: only 5 of 10 participants did.',
    );
  });

  it('rates every seed study very low, and labels each therapy investigational in its trial', () => {
    for (const s of dataset.studies as unknown as Study[]) {
      expect(studyCertainty(s).level, s.id).to.equal('very-low');
      expect(regulatoryLabel(s.regulatory).text, s.id).to.equal('Investigational — not FDA-approved for MS');
    }
  });

  it('calls the cell therapy sold by clinics unapproved, not investigational', () => {
    const msc = dataset.treatments.find((t) => t.category === 'cell-therapy')!;
    expect(regulatoryLabel(msc.regulatory as never).status).to.equal('unapproved');
  });

  it('reports the 2018 MRI result as 15 of 18, not "83% of patients"', () => {
    const mri = study('riordan-2018').outcomes.find((o) => o.measure.startsWith('MRI'))!;
    expect(mri.result).to.contain('15 of the 18');
  });
});
