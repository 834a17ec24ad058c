// ms-evidence-elements/parse: typed records from unknown JSON, or errors naming the field.
import { expect } from '@open-wc/testing';
import { parseStudy, parseTreatment, type Study, type Treatment } from '../src/parse.js';
import studies from '../data/studies.json';
import treatments from '../data/treatments.json';

describe('parseStudy / parseTreatment', () => {
  it('turns an imported JSON study into a typed Study', () => {
    const result = parseStudy(studies.studies[1]);
    expect(result.ok, result.ok ? '' : result.message).to.equal(true);
    if (!result.ok) return;
    const study: Study = result.value;
    expect(study.id).to.equal('lu-2020');
  });

  it('turns an imported JSON treatment into a typed Treatment', () => {
    const result = parseTreatment(treatments.treatments.find((t) => t.id === 'natalizumab'));
    expect(result.ok, result.ok ? '' : result.message).to.equal(true);
    const treatment: Treatment | undefined = result.ok ? result.value : undefined;
    expect(treatment?.name).to.equal('Natalizumab (Tysabri)');
  });

  it('names the record and the field of every problem', () => {
    const { design: _dropped, ...noDesign } = studies.studies[1]!;
    const result = parseStudy({ ...noDesign, citation: { ...studies.studies[1]!.citation, year: 'soon' } });
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.path)).to.include.members(['design', 'citation.year']);
    expect(result.message.split('\n')).to.have.length(result.issues.length);
    expect(result.message).to.match(/^study "lu-2020", /);
  });

  it('refuses what is not a record at all, with a sentence rather than an exception', () => {
    for (const input of [undefined, null, 'lu-2020', 42, [], '{"id":"x"}']) {
      const study = parseStudy(input);
      const treatment = parseTreatment(input);
      expect(study.ok, JSON.stringify(input)).to.equal(false);
      expect(treatment.ok).to.equal(false);
      if (!study.ok) expect(study.message).to.be.a('string').and.not.equal('');
    }
  });

  it('refuses a claim of cure about an unapproved therapy, as the elements do', () => {
    const lu = studies.studies[1]!;
    const result = parseStudy({ ...lu, conclusion: 'These stem cells cure MS.' });
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.issues.some((i) => i.rule === 'claim')).to.equal(true);
  });
});
