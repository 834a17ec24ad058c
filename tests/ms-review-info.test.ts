import { expect, fixture, html } from '@open-wc/testing';
import '../src/ms-review-info.js';
import '../src/ms-evidence-provider.js';
import type { MsReviewInfo } from '../src/ms-review-info.js';
import page from '../data/page.json';
import { captureWarnings, root, seen } from './helpers.js';

const base = (el: MsReviewInfo) => root(el).querySelector('[part~="base"]');

const warnings = captureWarnings();

describe('<ms-review-info>', () => {
  it('shows a page review from its provider: reviewer, credentials, date, and its note', async () => {
    const provider = await fixture(
      html`<ms-evidence-provider .data=${{ page: page.page }}><ms-review-info></ms-review-info></ms-evidence-provider>`,
    );
    const el = provider.querySelector('ms-review-info') as MsReviewInfo;
    await el.updateComplete;
    const text = seen(base(el));
    expect(text).to.match(/^Medically reviewed by Dr\. Gerald Mastaw, MD, Board-Certified Physician\. Last reviewed October 2025\./);
    expect(text).to.contain('have not been re-reviewed');
    expect(root(el).querySelector('time')!.getAttribute('datetime')).to.equal('2025-10');
    await expect(el).to.be.accessible();
  });

  it('takes the review from attributes, for CMS pages', async () => {
    const el = await fixture<MsReviewInfo>(
      html`<ms-review-info reviewer="Dr A Example" credentials="MD, Neurologist" last-reviewed="2026-03-02"></ms-review-info>`,
    );
    expect(seen(base(el))).to.equal('Medically reviewed by Dr A Example, MD, Neurologist. Last reviewed March 2, 2026.');
  });

  it('keeps the schedule internal unless the page asks', async () => {
    const el = await fixture<MsReviewInfo>(
      html`<ms-review-info reviewer="Dr A" last-reviewed="2026-03-02" next-review-due="2099-03-02"></ms-review-info>`,
    );
    expect(seen(base(el))).not.to.contain('2099');
    el.showSchedule = true;
    await el.updateComplete;
    expect(seen(root(el).querySelector('[part="schedule"]'))).to.equal('Next review due March 2, 2099.');
  });

  it('past the due date: warns always, shows a notice only with show-stale', async () => {
    const el = await fixture<MsReviewInfo>(
      html`<ms-review-info reviewer="Dr A" last-reviewed="2020-01-10" next-review-due="2021-01-10"></ms-review-info>`,
    );
    expect(root(el).querySelector('[part="stale"]')).to.be.null;
    expect(warnings).to.deep.equal(['<ms-review-info> ms-review-overdue: review, nextReviewDue: the review was due on 2021-01-10']);
    el.showStale = true;
    await el.updateComplete;
    expect(seen(root(el).querySelector('[part="stale"]'))).to.equal(
      'Review due: this page was due for medical review on January 10, 2021 and may be out of date.',
    );
    expect(warnings).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('a review dated in the future is refused, visibly', async () => {
    const el = await fixture<MsReviewInfo>(html`<ms-review-info reviewer="Dr A" last-reviewed="2999-01-01"></ms-review-info>`);
    base(el)!.querySelector('details')!.open = true;
    expect(seen(base(el))).to.equal(
      'Review information cannot be shown The record of this page’s medical review is incomplete. Details for the page’s editors lastReviewed: is in the future (January 1, 2999)',
    );
    expect(warnings[0]).to.contain('ms-invalid-data');
    await expect(el).to.be.accessible();
  });

  it('a missing reviewer reads "Reviewer not reported" and warns', async () => {
    const el = await fixture<MsReviewInfo>(html`<ms-review-info last-reviewed="2026-01-05"></ms-review-info>`);
    expect(seen(base(el))).to.equal('Reviewer not reported. Last reviewed January 5, 2026.');
    expect(warnings[0]).to.contain('ms-review-incomplete');
    await expect(el).to.be.accessible();
  });

  it('a page without any review says so', async () => {
    const provider = await fixture(
      html`<ms-evidence-provider .data=${{ page: {} }}><ms-review-info></ms-review-info></ms-evidence-provider>`,
    );
    const el = provider.querySelector('ms-review-info')!;
    await el.updateComplete;
    expect(seen(base(el))).to.equal('Not yet medically reviewed This page has no record of a medical review.');
    await expect(el).to.be.accessible();
  });

  it('an invalid date in attributes names the field', async () => {
    const el = await fixture<MsReviewInfo>(html`<ms-review-info reviewer="Dr A" last-reviewed="last week"></ms-review-info>`);
    base(el)!.querySelector('details')!.open = true;
    expect(seen(base(el))).to.contain('lastReviewed: must be a date like 2026-11-24 or a month like 2025-10');
  });
});

describe('<ms-review-info> from a CMS', () => {
  it('treats empty attributes as not given', async () => {
    const el = await fixture<MsReviewInfo>(
      html`<ms-review-info reviewer="" credentials=" " last-reviewed="2026-01-05" next-review-due=""></ms-review-info>`,
    );
    expect(seen(base(el))).to.equal('Reviewer not reported. Last reviewed January 5, 2026.');
  });
});

describe('<ms-review-info> never borrows a review', () => {
  it('with no data, says the page is not reviewed instead of showing the bundled example reviewer', async () => {
    const el = await fixture<MsReviewInfo>(html`<ms-review-info></ms-review-info>`);
    expect(seen(base(el))).to.equal('Not yet medically reviewed This page has no record of a medical review.');
    expect(seen(base(el))).not.to.contain('Mastaw');
  });

  it('shows slotted text as the note', async () => {
    const el = await fixture<MsReviewInfo>(
      html`<ms-review-info reviewer="Dr A" last-reviewed="2026-01-05">Reviewed for accuracy.</ms-review-info>`,
    );
    const slot = root(el).querySelector('slot')!;
    expect(slot.assignedNodes().map((n) => n.textContent)).to.deep.equal(['Reviewed for accuracy.']);
  });
});
