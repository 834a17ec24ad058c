// Property-based fuzzing of validation: 10,000 generated inputs per kind of record. Validation
// never throws, never accepts a record the published JSON Schema rejects or that breaks the rules
// written again by hand below (an oracle independent of the schema), and names the record
// and a path that exists in the input.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { Validator } from '@cfworker/json-schema';
import {
  checkDataset,
  hasPath,
  validateStudy,
  validateTreatment,
  validRecords,
  type DataIssue,
  type ValidationResult,
} from '../../src/model/validate.js';
import type { Study, Treatment } from '../../src/model/schema.js';
import studiesFile from '../../data/studies.json';
import treatmentsFile from '../../data/treatments.json';
import studySchema from '../../data/schema/study.schema.json';
import treatmentSchema from '../../data/schema/treatment.schema.json';
import { minimalStudy, randomisedTrial, exampleTreatment } from '../fixtures/records.js';
import { junk, mutated, recordInput } from './arbitraries.js';
import { RUNS, SEED } from './fuzz-harness.js';
const studies = [...(studiesFile.studies as unknown as Study[]), minimalStudy(), randomisedTrial()];
const treatments = [...(treatmentsFile.treatments as unknown as Treatment[]), exampleTreatment()];

/** The input as JSON would carry it (what a data file or `src` can hold), or undefined. */
function asJson(input: unknown): unknown {
  try {
    const text = JSON.stringify(input);
    return text === undefined ? undefined : JSON.parse(text);
  } catch {
    return undefined; // BigInt, cycles
  }
}

const parentOf = (path: string) => path.split('.').slice(0, -1).join('.');

/** A result is well-formed, and every issue names the record and a place in the input. */
function checkResult(input: unknown, result: ValidationResult<unknown>, kind: DataIssue['kind']): void {
  if (result.ok) {
    expect(result.value).to.be.an('object');
    return;
  }
  expect(result.issues.length, 'an invalid record has issues').to.be.greaterThan(0);
  const id = (input as { id?: unknown } | null)?.id;
  for (const issue of result.issues) {
    expect(issue.kind).to.equal(kind);
    expect(issue.message, 'issue message').to.be.a('string').and.match(/\S/);
    expect(issue.record, 'issue record').to.be.a('string').and.match(/\S/);
    if (typeof id === 'string' && id.trim()) expect(issue.record, 'named by its id').to.equal(id);
    // A quoted key (["a.b"]) is a stray key: its parent must exist.
    const where = issue.path.includes('[') ? issue.path.slice(0, issue.path.indexOf('[')) : issue.path;
    const located = where === '' || hasPath(input, where) || parentOf(where) === '' || hasPath(input, parentOf(where));
    expect(located, `issue path "${where}" is in the input`).to.be.true;
  }
}

/**
 * The rules of issue #2 written again by hand, with literal patterns and no model imports: an
 * oracle independent of the valibot definitions (and so of the JSON Schema generated from them).
 * Returns the rules an accepted record breaks.
 */
const text = (x: unknown) => typeof x === 'string' && x.trim() !== '';
const count = (x: unknown) => x === undefined || (Number.isInteger(x) && (x as number) >= 0);
const MS = /^ms-/;
function brokenStudyRules(s: Record<string, any>): string[] {
  const broken: string[] = [];
  const rule = (ok: unknown, name: string) => !ok && broken.push(name);
  const c = s.citation ?? {};
  rule(text(s.id), 'id is text');
  rule(text(c.title), 'title is text');
  rule(Array.isArray(c.authors) && c.authors.length > 0 && c.authors.every(text), 'authors listed, in order');
  rule(c.pmid === undefined || /^[1-9][0-9]{0,8}$/.test(c.pmid), 'PMID is digits');
  rule(c.pmcid === undefined || /^PMC[1-9][0-9]*$/.test(c.pmcid), 'PMCID is PMC + digits');
  rule(c.doi === undefined || (/^10\.[0-9]{4,9}\//.test(c.doi) && !/[\s"'<>]/.test(c.doi)), 'DOI syntax');
  for (const r of c.registrations ?? []) rule(!/^NCT/i.test(r.id) || /^NCT[0-9]{8}$/.test(r.id), 'NCT + 8 digits');
  const pop = s.population ?? {};
  rule(count(pop.enrolled) && count(pop.analysed), 'counts are whole numbers');
  rule(pop.enrolled === undefined || pop.analysed === undefined || pop.analysed <= pop.enrolled, 'analysed <= enrolled');
  const counts = (pop.conditions ?? []).map((x: { count?: number }) => x.count);
  rule(
    pop.enrolled === undefined ||
      counts.some((n: unknown) => n === undefined) ||
      counts.reduce((a: number, n: number) => a + n, 0) === pop.enrolled,
    'condition counts add up to the number enrolled',
  );
  rule(
    (pop.conditions ?? []).some((x: { condition: string }) => MS.test(x.condition)),
    'at least one form of MS',
  );
  rule(!(s.design?.allocation === 'randomised' && s.design?.control === 'none'), 'randomised studies have a control');
  rule(!(s.design?.control === 'none' && s.comparator), 'no comparator without a control group');
  rule(Array.isArray(s.regulatory) && s.regulatory.length > 0, 'regulatory status given');
  return broken;
}
function brokenTreatmentRules(t: Record<string, any>): string[] {
  const broken: string[] = [];
  const rule = (ok: unknown, name: string) => !ok && broken.push(name);
  rule(text(t.id) && text(t.name), 'id and name are text');
  const sources = new Set((t.sources ?? []).map((x: { id: string }) => x.id));
  rule(sources.size > 0 && sources.size === t.sources.length, 'sources cited, ids unique');
  for (const k of t.evidence?.keyStudies ?? []) {
    rule(text(k.comparator), 'every key study has its comparator');
    rule(sources.has(k.source), 'every key study has its source');
    rule(Array.isArray(k.findings) && k.findings.length > 0, 'every key study reports a finding');
    for (const f of k.findings ?? []) rule(f.source === undefined || sources.has(f.source), 'every finding source is cited');
  }
  rule(Array.isArray(t.regulatory) && t.regulatory.length > 0, 'regulatory status given');
  return broken;
}

function fuzzRecords<T>(
  kind: 'study' | 'treatment',
  records: readonly T[],
  validate: (input: unknown) => ValidationResult<T>,
  schema: object,
) {
  const validator = new Validator(schema as never, '7', false);
  let accepted = 0;
  let rejected = 0;
  fc.assert(
    fc.property(recordInput(records), (input) => {
      checkResult(input, validate(input), kind);
      const json = asJson(input);
      if (json === undefined) return;
      const result = validate(json);
      checkResult(json, result, kind);
      const checked = validator.validate(json);
      const schemaValid = checked.valid;
      if (result.ok) {
        accepted++;
        expect(
          schemaValid,
          `accepted by validation, refused by the JSON Schema: ${checked.errors.map((e) => `${e.instanceLocation} ${e.error}`).join('; ')}`,
        ).to.be.true;
        expect(validate(result.value).ok, 'a validated value validates again').to.be.true;
        const broken = kind === 'study' ? brokenStudyRules(json as never) : brokenTreatmentRules(json as never);
        expect(broken, 'accepted, but breaks rules written independently of the schema').to.deep.equal([]);
      } else rejected++;
    }),
    { numRuns: RUNS, seed: SEED, includeErrorInReport: true },
  );
  return { accepted, rejected };
}

describe('validation fuzzing (fast-check)', function () {
  this.timeout(120_000);

  it(`studies: ${RUNS} valid, mutated and junk inputs`, () => {
    const { accepted, rejected } = fuzzRecords('study', studies, validateStudy, studySchema);
    // Both outcomes must occur often, or the generator is not testing anything.
    expect(accepted, 'accepted').to.be.greaterThan(RUNS * 0.15);
    expect(rejected, 'rejected').to.be.greaterThan(RUNS * 0.5);
  });

  it(`treatments: ${RUNS} valid, mutated and junk inputs`, () => {
    const { accepted, rejected } = fuzzRecords('treatment', treatments, validateTreatment, treatmentSchema);
    expect(accepted, 'accepted').to.be.greaterThan(RUNS * 0.15);
    expect(rejected, 'rejected').to.be.greaterThan(RUNS * 0.5);
  });

  it(`datasets: ${RUNS} inputs; only records that validate on their own are used`, () => {
    const dataset = fc.oneof(
      junk,
      fc.record(
        { studies: fc.array(recordInput(studies), { maxLength: 4 }), treatments: fc.array(recordInput(treatments), { maxLength: 4 }) },
        { requiredKeys: [] },
      ),
      mutated([{ studies, treatments }]),
    );
    fc.assert(
      fc.property(dataset, (input) => {
        const checked = checkDataset(input);
        const usable = validRecords(checked);
        for (const s of usable.studies) expect(validateStudy(s).ok, `usable study ${s.id}`).to.be.true;
        for (const t of usable.treatments) expect(validateTreatment(t).ok, `usable treatment ${t.id}`).to.be.true;
      }),
      { numRuns: RUNS, seed: SEED, includeErrorInReport: true },
    );
  });
});
