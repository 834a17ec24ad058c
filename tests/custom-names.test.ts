// The /class entries under other tag names (scoped registries, a site's own prefix): every state,
// texts and guardrails behave as under the registered names (issue #14: texts were looked up by
// localName, and the guardrail looked for <medical-disclaimer> by name).
// Tag names here are static parts (lit/static-html unsafeStatic), which the lit lint rules cannot tell from bindings.
/* eslint-disable lit/binding-positions, lit/no-invalid-html */
import { expect, fixture, html as plain } from '@open-wc/testing';
import { html, unsafeStatic } from 'lit/static-html.js';
import { MsStudyCard } from '../src/components/ms-study-card/ms-study-card.js';
import { TreatmentComparison } from '../src/components/treatment-comparison/treatment-comparison.js';
import { MsReviewInfo } from '../src/components/ms-review-info/ms-review-info.js';
import { MedicalDisclaimer } from '../src/components/medical-disclaimer/medical-disclaimer.js';
import { MsEvidenceProvider } from '../src/components/ms-evidence-provider/ms-evidence-provider.js';
import { captureWarnings, part, seen, settle } from './helpers.js';
import { dataElementSuite } from './suites/data-element.suite.js';
import { dataElementCases } from './suites/cases.js';

const TAGS = { card: 'clinic-study', comparison: 'clinic-options', review: 'clinic-review', provider: 'clinic-data' };
customElements.define(TAGS.card, MsStudyCard);
customElements.define(TAGS.comparison, TreatmentComparison);
customElements.define(TAGS.review, MsReviewInfo);
customElements.define(TAGS.provider, MsEvidenceProvider);

const warnings = captureWarnings();

for (const c of dataElementCases(TAGS)) dataElementSuite(c);

describe('guardrails under other names', () => {
  const card = unsafeStatic(TAGS.card);

  it('a strict card shows the notice and warns, naming itself by its own tag', async () => {
    const el = await fixture(html`<${card} strict study-id="riordan-2018"></${card}>`);
    expect(seen(part(el, 'guardrail'))).to.match(/^Important: Not an approved treatment/);
    expect(warnings.filter((w) => w.includes('ms-missing-disclaimer'))).to.have.length(1);
    expect(warnings.find((w) => w.includes('ms-missing-disclaimer'))).to.match(/^<clinic-study> ms-missing-disclaimer: /);
  });

  it('a not-approved notice under another name satisfies it, even before that name is defined', async () => {
    const page = await fixture(
      plain`<div><clinic-notice kind="not-approved" therapy="Stem cells"></clinic-notice>${html`<${card} strict study-id="riordan-2018"></${card}>`}</div>`,
    );
    const el = page.querySelector(TAGS.card)!;
    await settle(el);
    expect(part(el, 'guardrail')).to.equal(null);
    customElements.define('clinic-notice', MedicalDisclaimer);
    await settle(page.querySelector('clinic-notice')!, el);
    expect(seen(part(page.querySelector('clinic-notice')!, 'notice'))).to.contain('Stem cells');
    expect(part(el, 'guardrail')).to.equal(null);
    expect(warnings.filter((w) => w.includes('ms-missing-disclaimer'))).to.deep.equal([]);
  });
});
