import { expect } from '@open-wc/testing';
import { checkDataset, formatIssue, validatePage, validateStudy, validateTreatment, type DataIssue } from '../../src/model/validate.js';
import { exampleTreatment, minimalStudy, randomisedTrial, variant } from '../fixtures/records.js';

const issuesOf = (result: { ok: boolean; issues?: DataIssue[] }): DataIssue[] => (result.ok ? [] : (result.issues ?? []));
const paths = (result: { ok: boolean; issues?: DataIssue[] }): string[] => issuesOf(result).map((i) => i.path);

describe('validateStudy', () => {
  it('accepts good records', () => {
    expect(validateStudy(minimalStudy()).ok).to.be.true;
    expect(validateStudy(randomisedTrial()).ok).to.be.true;
  });

  it('names the record and the path of a misspelt enumeration value', () => {
    const result = validateStudy(variant(minimalStudy(), (s) => (s.design.control = 'placbo')));
    const [issue] = issuesOf(result);
    expect(issue).to.include({ kind: 'study', record: 'example-uncontrolled', path: 'design.control' });
    expect(issue!.message).to.contain('"placbo"').and.contain('placebo');
    expect(formatIssue(issue!)).to.match(/^study "example-uncontrolled", design\.control: must be one of/);
  });

  it('reports a missing required field as required', () => {
    const result = validateStudy(variant(minimalStudy(), (s) => delete s.citation.title));
    expect(issuesOf(result)[0]).to.include({ path: 'citation.title', message: 'is required' });
  });

  it('reports an unknown field instead of dropping it', () => {
    const result = validateStudy(variant(minimalStudy(), (s) => (s.design.contrl = 'none')));
    expect(issuesOf(result)[0]).to.include({ path: 'design.contrl' });
    expect(issuesOf(result)[0]!.message).to.contain('not a field');
  });

  it('quotes a stray key that a dotted path could not name (found by fuzzing)', () => {
    const result = validateStudy(variant(minimalStudy(), (s) => (s.design['a.b'] = 1)));
    expect(issuesOf(result)[0]).to.include({ path: 'design["a.b"]' });
  });

  it('refuses a list, a date or a map where an object belongs (found by fuzzing)', () => {
    for (const odd of [[], new Date(0), new Map()]) {
      const result = validateStudy(variant(minimalStudy(), (s) => (s.safety = odd)));
      expect(issuesOf(result)).to.deep.equal([
        { kind: 'study', record: 'example-uncontrolled', path: 'safety', message: 'must be an object with named fields' },
      ]);
    }
    expect(validateTreatment({ ...exampleTreatment(), administration: [] }).ok).to.be.false;
  });

  it('reports wrong types with what was received', () => {
    const result = validateStudy(variant(minimalStudy(), (s) => (s.population.enrolled = '12')));
    expect(issuesOf(result)[0]).to.include({ path: 'population.enrolled' });
    expect(issuesOf(result)[0]!.message).to.contain('"12"');
  });

  it('refuses malformed identifiers', () => {
    const bad = variant(minimalStudy(), (s) => {
      s.citation.pmid = '12a45';
      s.citation.doi = 'javascript:alert(1)';
      s.citation.pmcid = '7506071';
      s.citation.registrations = [{ id: 'NCT123' }];
    });
    expect(paths(validateStudy(bad))).to.have.members(['citation.pmid', 'citation.doi', 'citation.pmcid', 'citation.registrations.0.id']);
  });

  it('refuses negative, fractional and impossible values', () => {
    const bad = variant(minimalStudy(), (s) => {
      s.population.enrolled = -1;
      s.safety = { seriousAdverseEvents: 1.5 };
      s.lastReviewed = '2026-02-30';
      s.id = 'Not An Id';
    });
    expect(paths(validateStudy(bad))).to.have.members(['population.enrolled', 'safety.seriousAdverseEvents', 'lastReviewed', 'id']);
  });

  it('names the position when the record has no id', () => {
    const result = validateStudy(
      variant(minimalStudy(), (s) => delete s.id),
      'studies[4]',
    );
    expect(issuesOf(result)[0]).to.include({ record: 'studies[4]', path: 'id' });
  });

  it('rejects input that is not an object at all', () => {
    for (const input of [null, 42, 'study', [], undefined]) {
      const result = validateStudy(input);
      expect(result.ok, String(input)).to.be.false;
      expect(issuesOf(result)[0]!.path).to.equal('');
    }
  });

  describe('cross-field checks', () => {
    it('analysed must not exceed enrolled', () => {
      const r = validateStudy(variant(minimalStudy(), (s) => (s.population.analysed = 13)));
      expect(paths(r)).to.deep.equal(['population.analysed']);
    });
    it('condition counts must add up to the number enrolled', () => {
      const r = validateStudy(
        variant(
          minimalStudy(),
          (s) =>
            (s.population.conditions = [
              { condition: 'ms-relapsing-remitting', count: 5 },
              { condition: 'neuromyelitis-optica', count: 5 },
            ]),
        ),
      );
      expect(issuesOf(r)[0]).to.include({ path: 'population.conditions', message: 'counts add up to 10, but 12 were enrolled' });
    });
    it('a randomised study needs a control group', () => {
      const r = validateStudy(variant(minimalStudy(), (s) => (s.design.allocation = 'randomised')));
      expect(paths(r)).to.deep.equal(['design.control']);
    });
    it('a comparator contradicts "no control group"', () => {
      const r = validateStudy(variant(minimalStudy(), (s) => (s.comparator = 'Placebo')));
      expect(paths(r)).to.deep.equal(['comparator']);
    });
    it('"other" conditions need a label', () => {
      const r = validateStudy(
        variant(minimalStudy(), (s) => s.population.conditions.push({ condition: 'other' }) && delete s.population.enrolled),
      );
      expect(paths(r)).to.deep.equal(['population.conditions.1.label']);
    });
    it('at least one condition must be MS', () => {
      const r = validateStudy(
        variant(minimalStudy(), (s) => (s.population.conditions = [{ condition: 'neuromyelitis-optica', count: 12 }])),
      );
      expect(paths(r)).to.deep.equal(['population.conditions']);
    });
    it('unverified paths must name fields the record has', () => {
      const r = validateStudy(variant(minimalStudy(), (s) => (s.verification.unverified = ['population.enrolled', 'safety.deaths'])));
      expect(issuesOf(r)).to.have.length(1);
      expect(issuesOf(r)[0]).to.include({ path: 'verification.unverified.1' });
    });
    it('review due must not come before the last review', () => {
      const r = validateStudy(variant(minimalStudy(), (s) => (s.reviewDue = '2026-01-01')));
      expect(paths(r)).to.deep.equal(['reviewDue']);
    });
    it('one status per jurisdiction', () => {
      const r = validateStudy(
        variant(minimalStudy(), (s) => s.regulatory.push({ jurisdiction: 'US', status: 'approved', approvedFor: ['relapsing-ms'] })),
      );
      expect(paths(r)).to.deep.equal(['regulatory.1.jurisdiction']);
    });
    it('flags cure and approval claims for an investigational therapy', () => {
      const r = validateStudy(variant(minimalStudy(), (s) => (s.conclusion = 'These cells cure MS and are FDA-approved.')));
      expect(paths(r)).to.deep.equal(['conclusion', 'conclusion']);
    });
    it('lets an approved medicine be described as approved', () => {
      const r = validateStudy(variant(randomisedTrial(), (s) => (s.conclusion = 'The FDA-approved medicine reduced relapses.')));
      expect(r.ok).to.be.true;
    });
  });
});

describe('validateTreatment', () => {
  it('accepts a good record', () => {
    expect(validateTreatment(exampleTreatment()).ok).to.be.true;
  });
  it('requires a comparator and a source for every key study', () => {
    const r = validateTreatment(
      variant(exampleTreatment(), (t) => {
        delete t.evidence.keyStudies[0].comparator;
        delete t.evidence.keyStudies[0].source;
      }),
    );
    expect(paths(r)).to.have.members(['evidence.keyStudies.0.comparator', 'evidence.keyStudies.0.source']);
  });
  it('requires key-study and finding sources to exist', () => {
    const r = validateTreatment(
      variant(exampleTreatment(), (t) => {
        t.evidence.keyStudies[0].source = 'missing';
        t.evidence.keyStudies[0].findings[0].source = 'also-missing';
      }),
    );
    expect(paths(r)).to.deep.equal(['evidence.keyStudies.0.source', 'evidence.keyStudies.0.findings.0.source']);
  });
  it('refuses a figure in free text, where it would have no comparator', () => {
    const r = validateTreatment(variant(exampleTreatment(), (t) => (t.benefits = ['Reduces relapses by 68%'])));
    expect(issuesOf(r)[0]).to.include({ path: 'benefits.0' });
    expect(issuesOf(r)[0]!.message).to.contain('comparator');
  });
  it('needs a reason with a lowered certainty', () => {
    const r = validateTreatment(variant(exampleTreatment(), (t) => (t.evidence.certainty = 'low')));
    expect(paths(r)).to.deep.equal(['evidence.certaintyNote']);
  });
  it('needs a followable identifier or https URL for each source', () => {
    const bare = validateTreatment(variant(exampleTreatment(), (t) => t.sources.push({ id: 'bare', title: 'A book' })));
    expect(paths(bare)).to.deep.equal(['sources.2']);
    const insecure = validateTreatment(
      variant(exampleTreatment(), (t) => t.sources.push({ id: 'web', title: 'Page', url: 'http://insecure.example' })),
    );
    expect(paths(insecure)).to.deep.equal(['sources.2.url']);
  });
  it('refuses javascript: and data: URLs', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'JAVASCRIPT:alert(1)']) {
      const r = validateTreatment(variant(exampleTreatment(), (t) => (t.sources[0].url = url)));
      expect(paths(r), url).to.include('sources.0.url');
    }
  });
});

describe('validatePage', () => {
  it('checks that the next review is not before the last', () => {
    const r = validatePage({ review: { reviewer: { name: 'Dr A' }, lastReviewed: '2025-10', nextReviewDue: '2025-01' } });
    expect(paths(r)).to.deep.equal(['review.nextReviewDue']);
  });
  it('refuses unknown notice kinds', () => {
    const r = validatePage({ notices: { urgent: { text: ['Hi'] } } });
    expect(paths(r)).to.deep.equal(['notices.urgent']);
  });
});

describe('checkDataset', () => {
  it('keeps good records when one is bad, and reports the bad one', () => {
    const checked = checkDataset({ studies: [minimalStudy(), variant(randomisedTrial(), (s) => (s.design.phase = 'three'))] });
    expect(checked.studies.get('example-uncontrolled')?.ok).to.be.true;
    expect(checked.studies.get('example-rct')?.ok).to.be.false;
    expect(checked.issues.map((i) => `${i.record} ${i.path}`)).to.deep.equal(['example-rct design.phase']);
  });
  it('reports repeated ids, unknown top-level fields and non-list collections', () => {
    const checked = checkDataset({ studies: [minimalStudy(), minimalStudy()], treatment: [], treatments: {} });
    expect(checked.issues.map((i) => i.path)).to.have.members(['treatment', 'studies.1.id', 'treatments']);
  });
  it('reports a treatment that names a study not in the dataset', () => {
    const checked = checkDataset({ treatments: [variant(exampleTreatment(), (t) => (t.evidence.studyIds = ['nowhere']))] });
    expect(checked.issues[0]).to.include({ record: 'example-medicine', path: 'evidence.studyIds.0' });
  });
  it('refuses a document that is not an object', () => {
    expect(checkDataset([]).issues[0]!.message).to.contain('must be an object');
  });
});
