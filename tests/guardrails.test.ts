import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { MsStudyCard, TreatmentComparison } from '../src/index.js';
import type { Study } from '../src/model/schema.js';
import studiesFile from '../data/studies.json';
import { minimalStudy, randomisedTrial, variant } from './fixtures/records.js';
import { captureWarnings, root, seen } from './helpers.js';
import { validateStudy } from '../src/model/validate.js';
import { findClaims } from '../src/model/claims.js';

const seed = studiesFile.studies as unknown as Study[];
const riordan = () => structuredClone(seed.find((s) => s.id === 'riordan-2018')!);
const guardrail = (el: Element) => root(el).querySelector('[part~="guardrail"]');
const settle = async (...els: Element[]) => {
  for (const el of els) await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
};

const warnings = captureWarnings();

describe('guardrails: missing not-approved notice', () => {
  it('warns when an unapproved therapy is shown on a page without a not-approved disclaimer', async () => {
    const el = await fixture<MsStudyCard>(html`<ms-study-card .study=${riordan()}></ms-study-card>`);
    expect(warnings).to.deep.equal([
      '<ms-study-card> ms-missing-disclaimer: "Umbilical cord tissue-derived mesenchymal stem cells": shown on a page without <medical-disclaimer kind="not-approved">; add one, or set strict on this element to show the notice in it',
    ]);
    expect(guardrail(el)).to.be.null;
  });

  it('with strict, the card shows the notice itself, named and accessible', async () => {
    const el = await fixture<MsStudyCard>(html`<ms-study-card strict .study=${riordan()}></ms-study-card>`);
    const notice = guardrail(el)!;
    expect(notice.getAttribute('role')).to.equal('note');
    expect(seen(notice)).to.match(
      /^Important: Not an approved treatment This treatment \(Umbilical cord tissue-derived mesenchymal stem cells\) is not FDA-approved for Multiple Sclerosis\./,
    );
    expect(notice.querySelector('h4')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('counts a disclaimer anywhere on the page, also one after the card', async () => {
    const page = await fixture(
      html`<div>
        <ms-study-card strict .study=${riordan()}></ms-study-card>
        <section><medical-disclaimer kind="educational not-approved"></medical-disclaimer></section>
      </div>`,
    );
    const card = page.querySelector('ms-study-card')!;
    await settle(card);
    expect(guardrail(card)).to.be.null;
    expect(warnings.filter((w) => w.includes('ms-missing-disclaimer'))).to.be.empty;
  });

  it('follows disclaimers added and removed later', async () => {
    const page = await fixture(html`<div><ms-study-card strict .study=${riordan()}></ms-study-card></div>`);
    const card = page.querySelector('ms-study-card')!;
    await settle(card);
    expect(guardrail(card)).to.exist;
    const disclaimer = document.createElement('medical-disclaimer');
    disclaimer.setAttribute('kind', 'not-approved');
    page.append(disclaimer);
    await settle(card);
    expect(guardrail(card)).to.be.null;
    disclaimer.kind = 'educational';
    await settle(disclaimer, card);
    expect(guardrail(card)).to.exist;
    disclaimer.remove();
  });

  it('does nothing for an approved medicine', async () => {
    const el = await fixture<MsStudyCard>(html`<ms-study-card strict .study=${randomisedTrial()}></ms-study-card>`);
    expect(guardrail(el)).to.be.null;
    expect(warnings).to.be.empty;
  });

  it('covers comparisons too', async () => {
    const el = await fixture<TreatmentComparison>(
      html`<treatment-comparison strict treatment-ids="natalizumab umbilical-cord-msc-therapy"></treatment-comparison>`,
    );
    expect(seen(guardrail(el))).to.contain(
      'This treatment (Umbilical-cord mesenchymal stem cell (MSC) therapy) is not FDA-approved for Multiple Sclerosis.',
    );
    expect(warnings.some((w) => w.startsWith('<treatment-comparison> ms-missing-disclaimer'))).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('no-guardrails switches the check off, and says so once', async () => {
    const el = await fixture<MsStudyCard>(html`<ms-study-card strict no-guardrails id="promo" .study=${riordan()}></ms-study-card>`);
    expect(guardrail(el)).to.be.null;
    expect(warnings).to.deep.equal([
      '<ms-study-card> ms-guardrails-off: #promo, no-guardrails: guardrails are switched off on this element',
    ]);
    expect(seen(root(el).querySelector('[part="regulatory"]'))).to.contain('Investigational — not FDA-approved for MS');
  });
});

describe('guardrails: claims', () => {
  const claiming = () =>
    variant(minimalStudy(), (s) => {
      s.conclusion = 'Stem cells cure MS and restore lost function.';
    }) as Study;

  it('refuses to show a claim of cure for an unapproved therapy, naming the field', async () => {
    const el = await fixture<MsStudyCard>(html`<ms-study-card .study=${claiming()}></ms-study-card>`);
    root(el).querySelector('details')!.open = true;
    const text = seen(root(el).querySelector('[part~="base"]'));
    expect(text).to.contain('This study cannot be shown');
    expect(text).to.contain('conclusion: claims a cure ("cure") for a therapy that is not approved');
    expect(warnings.filter((w) => w.includes('ms-claim'))).to.have.length(2);
    expect(warnings[0]).to.match(/^<ms-study-card> ms-claim: study "example-uncontrolled", conclusion: claims a cure/);
  });

  it('shows it when the page has switched guardrails off (and reports that)', async () => {
    const el = await fixture<MsStudyCard>(html`<ms-study-card no-guardrails .study=${claiming()}></ms-study-card>`);
    expect(seen(root(el).querySelector('[part="conclusion"]'))).to.contain('Stem cells cure MS');
    expect(warnings.some((w) => w.includes('ms-guardrails-off'))).to.be.true;
  });
});

describe('guardrails: claims', () => {
  it('claims are looked for in more fields and more wordings', () => {
    expect(findClaims('Awaiting FDA approval soon')).to.have.length(1);
    expect(findClaims('It is approved for MS in our clinic')).to.have.length(1);
    const r = validateStudy(variant(minimalStudy(), (s) => (s.limitations = ['Reverses disability in most patients'])));
    expect(r.ok).to.be.false;
    expect(!r.ok && r.issues[0]!.path).to.equal('limitations.0');
  });
});
