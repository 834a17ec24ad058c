// Validation that keeps the data honest: no benefit without its harms, approval by indication,
// certainty only lowered by hand, relative effects with absolute numbers, primary sources (strict),
// and one marked text type that decides which fields are claim-checked.
import { expect } from '@open-wc/testing';
import * as v from 'valibot';
import { checkDataset, claimTexts, validateStudy, validateTreatment, type DataIssue } from '../../src/model/validate.js';
import { ClaimText, Quoted, PageContentSchema, StudySchema, TreatmentSchema, type Treatment } from '../../src/model/schema.js';
import { isPrimaryHost, sourceProblem } from '../../src/model/sources.js';
import { exampleTreatment, longStudy, minimalStudy, variant } from '../fixtures/records.js';

const issuesOf = (r: { ok: boolean; issues?: DataIssue[] }): DataIssue[] => (r.ok ? [] : (r.issues ?? []));
const paths = (r: { ok: boolean; issues?: DataIssue[] }) => issuesOf(r).map((i) => i.path);
const change = (f: (d: Record<string, any>) => void) => variant(exampleTreatment(), f);

describe('no benefit without its harms', () => {
  it("refuses an approved option with trial figures and no warnings (glatiramer's old record)", () => {
    const r = validateTreatment(change((t) => delete t.warnings));
    expect(paths(r)).to.deep.equal(['warnings']);
    expect(issuesOf(r)[0]!.message).to.contain('boxed warnings first');
  });

  it('refuses an approved option with benefits and no warnings, even without figures', () => {
    const r = validateTreatment(
      change((t) => {
        delete t.warnings;
        delete t.evidence.keyStudies;
        t.benefits = ['Fewer relapses than placebo in a randomised trial'];
      }),
    );
    expect(paths(r)).to.deep.equal(['warnings']);
  });

  it('does not ask for label warnings when nothing is approved or nothing is claimed', () => {
    expect(validateTreatment(change((t) => (delete t.warnings, delete t.evidence.keyStudies))).ok).to.be.true;
    const exercise = change((t) => {
      delete t.warnings;
      t.regulatory = [{ jurisdiction: 'US', status: 'not-applicable' }];
    });
    expect(validateTreatment(exercise).ok).to.be.true;
  });

  it('puts boxed warnings first', () => {
    const r = validateTreatment(change((t) => t.warnings.unshift({ text: 'Headache', source: 'example-label' })));
    expect(paths(r)).to.deep.equal(['warnings.1.boxed']);
  });

  it("traces each warning of an approved medicine to its label among the record's sources", () => {
    expect(paths(validateTreatment(change((t) => delete t.warnings[0].source)))).to.deep.equal(['warnings.0.source']);
    expect(paths(validateTreatment(change((t) => (t.warnings[0].source = 'nowhere'))))).to.deep.equal(['warnings.0.source']);
  });

  it("makes a category show its options' boxed warnings, word for word", () => {
    const option = exampleTreatment();
    const category = variant(exampleTreatment(), (c) => {
      c.id = 'example-category';
      c.scope = 'category';
      c.warnings = [{ text: 'Some other warning.', source: 'example-label' }];
    });
    const { issues } = checkDataset({ treatments: [category, option] });
    expect(issues).to.have.length(1);
    expect(issues[0]).to.include({ record: 'example-category', path: 'warnings' });
    expect(issues[0]!.message).to.contain('example-medicine');
    const fixed = variant(category, (c) => c.warnings.unshift({ ...option.warnings![0], medicine: 'Example medicine' }));
    expect(checkDataset({ treatments: [fixed, option] }).issues).to.deep.equal([]);
  });
});

describe('approval names its indication and history', () => {
  it('requires approvedFor on an approved status', () => {
    const r = validateTreatment(change((t) => delete t.regulatory[0].approvedFor));
    expect(paths(r)).to.deep.equal(['regulatory.0.approvedFor']);
    expect(issuesOf(r)[0]!.message).to.contain('never just "MS"');
  });

  it('refuses an indication or history on a status that is not approved', () => {
    const r = validateStudy(variant(minimalStudy(), (s) => (s.regulatory[0].approvedFor = ['relapsing-ms'])));
    expect(paths(r)).to.deep.equal(['regulatory.0.status']);
  });

  it('refuses a history event before the first approval', () => {
    const r = validateTreatment(change((t) => (t.regulatory[0].history = [{ event: 'withdrawn', date: '2019' }])));
    expect(paths(r)).to.deep.equal(['regulatory.0.history.0.date']);
  });
});

describe('certainty by rule', () => {
  it('lets a hand-entered certainty lower the derived one, with a reason', () => {
    const r = validateTreatment(
      change((t) => {
        t.evidence.certainty = 'moderate';
        t.evidence.certaintyNote = 'The trial excluded people over 55.';
      }),
    );
    expect(r.ok).to.be.true;
  });

  it('refuses a hand-entered certainty that equals or raises the derived one', () => {
    const r = validateTreatment(
      change((t) => {
        t.evidence.keyStudies[0].methods.enrolled = t.evidence.keyStudies[0].methods.analysed = 251;
        t.evidence.certainty = 'high';
        t.evidence.certaintyNote = 'Typed by hand.';
      }),
    );
    expect(paths(r)).to.deep.equal(['evidence.certainty']);
    expect(issuesOf(r)[0]!.message).to.contain('(moderate)');
  });

  it('refuses a hand-entered certainty when nothing can be derived', () => {
    const r = validateTreatment(
      change((t) => {
        delete t.evidence.keyStudies[0].methods;
        t.evidence.certainty = 'low';
        t.evidence.certaintyNote = 'A guess.';
      }),
    );
    expect(paths(r)).to.deep.equal(['evidence.certainty']);
  });
});

describe('relative vs absolute', () => {
  const relativeOnly = () =>
    change((t) => {
      delete t.evidence.keyStudies[0].findings[0].absolute;
    });

  it('warns, without refusing the record, when a relative effect comes without absolute numbers', () => {
    const r = validateTreatment(relativeOnly());
    expect(r.ok).to.be.true;
    expect(r.ok && r.warnings?.map((w) => [w.path, w.severity])).to.deep.equal([['evidence.keyStudies.0.findings.0.relative', 'warning']]);
  });

  it('recognises a percentage reduction written in the result text', () => {
    const r = validateTreatment(
      change((t) => {
        const f = t.evidence.keyStudies[0].findings[0];
        delete f.relative;
        delete f.absolute;
        f.result = '67% fewer';
      }),
    );
    expect(r.ok && r.warnings?.map((w) => w.path)).to.deep.equal(['evidence.keyStudies.0.findings.0.result']);
  });

  it('makes the warning an error in strict mode', () => {
    const lenient = checkDataset({ treatments: [relativeOnly()] });
    expect(lenient.issues).to.deep.equal([]);
    expect(lenient.warnings).to.have.length(1);
    const strict = checkDataset({ treatments: [relativeOnly()] }, { strict: true });
    expect(strict.issues.map((i) => i.path)).to.deep.equal(['evidence.keyStudies.0.findings.0.relative']);
    expect(strict.warnings).to.deep.equal([]);
  });
});

describe('primary sources (strict mode)', () => {
  it('accepts identifiers and primary publishers, refuses secondary copies and bare titles', () => {
    expect(sourceProblem({ id: 'a', title: 'Trial', pmid: '16510744' })).to.equal(undefined);
    expect(sourceProblem({ id: 'a', title: 'Label', dailymedSetId: 'c5fdde91-1989-4dd2-9129-4f3323ea2962' })).to.equal(undefined);
    expect(sourceProblem({ id: 'a', title: 'DSC', url: 'https://www.fda.gov/drugs/x' })).to.equal(undefined);
    expect(sourceProblem({ id: 'a', title: 'NG220', url: 'https://www.nice.org.uk/guidance/ng220' })).to.equal(undefined);
    expect(sourceProblem({ id: 'a', title: 'Copy', url: 'https://drugs.com/pro/ampyra.html' })).to.contain('secondary copy (drugs.com)');
    expect(sourceProblem({ id: 'a', title: 'A book' })).to.contain('no identifier');
    expect(isPrimaryHost('https://evil-fda.gov.example.com/')).to.be.false;
    expect(isPrimaryHost('https://dailymed.nlm.nih.gov/dailymed/')).to.be.true;
  });

  it('fails a secondary source only in strict mode', () => {
    const withCopy = change((t) => t.sources.push({ id: 'copy', title: 'Label copy', url: 'https://www.drugs.com/pro/x.html' }));
    expect(checkDataset({ treatments: [withCopy] }).issues).to.deep.equal([]);
    const strict = checkDataset({ treatments: [withCopy] }, { strict: true }).issues;
    expect(strict.map((i) => i.path)).to.deep.equal(['sources.2']);
  });
});

describe('one marked text type for claim-checked fields', () => {
  /** Every string leaf of a schema, with its path and whether it is ClaimText, Quoted or other. */
  function stringLeaves(schema: any, path = ''): [string, 'claim' | 'quoted' | 'other'][] {
    if (schema === ClaimText) return [[path, 'claim']];
    if (schema === Quoted) return [[path, 'quoted']];
    const at = (k: string) => (path ? `${path}.${k}` : k);
    switch (schema.type) {
      case 'optional':
        return stringLeaves(schema.wrapped, path);
      case 'strict_object':
      case 'object':
        return Object.entries(schema.entries).flatMap(([k, s]) => stringLeaves(s, at(k)));
      case 'array':
        return stringLeaves(schema.item, at('*'));
      case 'union':
        return schema.options.flatMap((o: any) => stringLeaves(o, path));
      case 'string':
        return [[path, 'other']];
      default:
        return [];
    }
  }
  const leaves = [
    ...stringLeaves(StudySchema, 'study'),
    ...stringLeaves(TreatmentSchema, 'treatment'),
    ...stringLeaves(PageContentSchema, 'page'),
  ];

  it('leaves no free-text field unmarked: every string is claim-checked, quoted, or a pattern (id, date, code)', () => {
    const others = leaves.filter(([, kind]) => kind === 'other').map(([p]) => p);
    // Plain strings allowed only where a pattern makes free text impossible.
    for (const p of others)
      expect(p, p).to.match(
        /(?:\.id|\.pmid|\.pmcid|\.doi|\.registration|\.dailymedSetId|\.url|\.jurisdiction|Date|date|lastReviewed|reviewDue|nextReviewDue|accessed|retrieved|\.source|\.studyId|studyIds\.\*|\.unverified\.\*|\.fields\.\*)$/,
      );
  });

  it('exempts only quotations of others: titles, authors, journals, publishers, names', () => {
    const quoted = leaves.filter(([, kind]) => kind === 'quoted').map(([p]) => p);
    expect(quoted).to.have.members([
      'study.citation.title',
      'study.citation.authors.*',
      'study.citation.affiliation',
      'study.citation.journal',
      'study.citation.volume',
      'study.citation.issue',
      'study.citation.pages',
      'study.citation.articleNumber',
      'treatment.sources.*.title',
      'treatment.sources.*.publisher',
      'page.review.reviewer.name',
      'page.review.reviewer.credentials',
    ]);
  });

  it('finds every claim-checked text of a record, with its path', () => {
    const texts = claimTexts(StudySchema, longStudy());
    expect(texts.map(([p]) => p)).to.include.members(['outcomes.0.measure', 'outcomes.7.statistics', 'limitations.4', 'conclusion']);
    expect(texts.map(([p]) => p)).not.to.include('citation.title');
  });

  it('checks a field the old hand-kept lists missed (a warning of an unapproved therapy)', () => {
    const t = change((d) => {
      d.regulatory = [{ jurisdiction: 'US', status: 'unapproved' }];
      d.warnings = [{ text: 'Unlike drugs, these cells cure MS.' }];
    }) as Treatment;
    const r = validateTreatment(t);
    expect(
      issuesOf(r)
        .filter((i) => i.rule === 'claim')
        .map((i) => i.path),
    ).to.deep.equal(['warnings.0.text']);
  });

  it('is a real valibot schema that still validates text', () => {
    expect(v.safeParse(ClaimText, ' ').success).to.be.false;
    expect(v.safeParse(Quoted, 'A title').success).to.be.true;
  });
});
