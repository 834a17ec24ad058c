// docs/EVIDENCE-RULES.md lists every certainty the bundled data gets, and why; this recomputes the
// table from data/ with the rules and fails when the document and the data disagree.
import { expect } from '@open-wc/testing';
import studies from '../../data/studies.json';
import treatments from '../../data/treatments.json';
import { studyCertainty, treatmentCertainty, type Certainty } from '../../src/model/certainty.js';
import type { Study, Treatment } from '../../src/model/schema.js';

const concerns = (c: Certainty | undefined) =>
  c?.reasons
    .filter((r) => r.effect < 0)
    .map((r) => `${r.code} (−${-r.effect})`)
    .join(', ') || 'none';

describe('docs/EVIDENCE-RULES.md: the table of every bundled certainty', () => {
  it('matches what the rules give for every record and key study', async () => {
    const doc = await (await fetch('/docs/EVIDENCE-RULES.md')).text();
    const section = doc.slice(doc.indexOf('## Every certainty the bundled data gets'), doc.indexOf('## Beside every rating'));
    const rows = section
      .split('\n')
      .filter((line) => line.startsWith('|'))
      .map((line) =>
        line
          .slice(1, -1)
          .split('|')
          .map((cell) => cell.trim()),
      )
      .filter(([record]) => record !== 'Record' && !/^-+$/.test(record!));

    const expected: string[][] = [];
    for (const s of studies.studies as unknown as Study[]) {
      const c = studyCertainty(s);
      expected.push([`${s.id} (study card)`, '', c.level ?? 'not rated (retracted)', concerns(c)]);
    }
    for (const t of treatments.treatments as unknown as Treatment[]) {
      const c = treatmentCertainty(t);
      (t.evidence.keyStudies ?? []).forEach((k, i) =>
        expected.push([t.id, k.name, c.studies[i]?.level ?? 'not rated', concerns(c.studies[i])]),
      );
      const why = c.lowered
        ? `lowered by the editors from ${c.derived}: ${c.lowered.reason}`
        : c.level
          ? 'lowest of its key studies'
          : 'no key studies';
      expected.push([t.id, '', c.level ?? 'not rated', why]);
    }
    // The "why" of a study card also names its starting point; compare from the first concern on.
    const why = (text = '') => text.replace(/^[^;]*starts low; /, '');
    expect(rows.map(([r, k, level, w]) => [r, k, level, why(w)])).to.deep.equal(expected);
  });
});
