import { expect, fixture, html } from '@open-wc/testing';
import '../src/medical-disclaimer.js';
import '../src/ms-evidence-provider.js';
import type { MedicalDisclaimer } from '../src/medical-disclaimer.js';
import { captureWarnings, root, seen } from './helpers.js';

const notices = (el: MedicalDisclaimer) => [...root(el).querySelectorAll('[role="note"]')];

const warnings = captureWarnings();

describe('<medical-disclaimer>', () => {
  it('educational by default: a note with a real heading and a hidden "Important:" prefix', async () => {
    const el = await fixture<MedicalDisclaimer>(html`<medical-disclaimer></medical-disclaimer>`);
    const [note] = notices(el);
    expect(note!.getAttribute('role')).to.equal('note');
    const h = note!.querySelector('h2')!;
    expect(h.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Important: For education only');
    expect(getComputedStyle(h.querySelector('.visually-hidden')!).clipPath).to.equal('inset(50%)');
    expect(note!.getAttribute('aria-labelledby')).to.equal(h.id);
    expect(seen(note)).to.contain('This page is for educational purposes only and does not constitute medical advice.');
    expect(root(el).querySelector('[role="alert"]')).to.be.null;
    await expect(el).to.be.accessible();
  });

  for (const [kind, heading, text] of [
    ['not-approved', 'Not an approved treatment', 'Stem cell and regenerative therapies for Multiple Sclerosis are not FDA-approved.'],
    ['consult', 'Talk to your healthcare team', 'Always consult your healthcare provider before making treatment decisions.'],
    ['emergency', 'If it is an emergency', 'call 911'],
  ]) {
    it(`kind="${kind}"`, async () => {
      const el = await fixture<MedicalDisclaimer>(html`<medical-disclaimer kind=${kind!}></medical-disclaimer>`);
      expect(seen(notices(el)[0]!.querySelector('h2'))).to.equal(`Important: ${heading}`);
      expect(seen(notices(el)[0])).to.contain(text);
      await expect(el).to.be.accessible();
    });
  }

  it('shows several kinds at once, in the order given', async () => {
    const el = await fixture<MedicalDisclaimer>(html`<medical-disclaimer kind="educational not-approved consult"></medical-disclaimer>`);
    expect(notices(el).map((n) => seen(n.querySelector('h2')))).to.deep.equal([
      'Important: For education only',
      'Important: Not an approved treatment',
      'Important: Talk to your healthcare team',
    ]);
    await expect(el).to.be.accessible();
  });

  it('names the therapy by attribute or by slot', async () => {
    const byAttr = await fixture<MedicalDisclaimer>(
      html`<medical-disclaimer kind="not-approved" therapy="Umbilical-cord MSC therapy"></medical-disclaimer>`,
    );
    expect(seen(notices(byAttr)[0])).to.contain('This treatment (Umbilical-cord MSC therapy) is not FDA-approved for Multiple Sclerosis.');
    const bySlot = await fixture<MedicalDisclaimer>(
      html`<medical-disclaimer kind="not-approved"><span slot="therapy">Stem cell infusions</span></medical-disclaimer>`,
    );
    await bySlot.updateComplete;
    expect(seen(notices(bySlot)[0])).to.contain('This treatment (Stem cell infusions) is not FDA-approved for Multiple Sclerosis.');
    expect(seen(root(bySlot).querySelector('[part="base"]'))).not.to.match(/^Stem cell infusions/);
  });

  it("uses the jurisdiction's regulator and emergency number", async () => {
    const el = await fixture<MedicalDisclaimer>(
      html`<medical-disclaimer kind="not-approved emergency" jurisdiction="GB" therapy="X"></medical-disclaimer>`,
    );
    expect(seen(notices(el)[0])).to.contain('This treatment (X) is not MHRA-approved');
    expect(seen(notices(el)[1])).to.contain('call 999');
  });

  it("replaces a kind's text by its slot, and extends the last notice with the default slot", async () => {
    const el = await fixture<MedicalDisclaimer>(
      html`<medical-disclaimer kind="educational consult">
        <p slot="educational">Our own wording.</p>
        <p>Call our nurse line on weekdays.</p>
      </medical-disclaimer>`,
    );
    const [edu, consult] = notices(el);
    const slotted = (n: Element, name: string) =>
      (n.querySelector<HTMLSlotElement>(name ? `slot[name="${name}"]` : 'slot:not([name])')!.assignedElements() as HTMLElement[]).map(
        (e) => e.innerText,
      );
    expect(seen(edu)).to.equal('Important: For education only');
    expect(slotted(edu!, 'educational')).to.deep.equal(['Our own wording.']);
    expect(el.querySelector('[slot="educational"]')!.checkVisibility()).to.be.true;
    expect(seen(consult)).to.contain('Always consult your healthcare provider');
    expect(slotted(consult!, '')).to.deep.equal(['Call our nurse line on weekdays.']);
    expect(edu!.querySelector('slot:not([name])')).to.be.null;
    await expect(el).to.be.accessible();
  });

  it("uses a page's own notice wording from its provider", async () => {
    const provider = await fixture(
      html`<ms-evidence-provider
        .data=${{ page: { notices: { consult: { heading: 'Ask us first', text: ['Book a consultation with our neurologist.'] } } } }}
      >
        <medical-disclaimer kind="consult"></medical-disclaimer>
      </ms-evidence-provider>`,
    );
    const el = provider.querySelector('medical-disclaimer')!;
    await (provider as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    await el.updateComplete;
    expect(seen(notices(el)[0])).to.equal('Important: Ask us first Book a consultation with our neurologist.');
  });

  it('sets the heading level', async () => {
    const el = await fixture<MedicalDisclaimer>(html`<medical-disclaimer heading-level="4"></medical-disclaimer>`);
    expect(root(el).querySelector('h4')).to.exist;
  });

  it('reports an unknown kind on the page and once on the console', async () => {
    const el = await fixture<MedicalDisclaimer>(html`<medical-disclaimer kind="educatonal consult"></medical-disclaimer>`);
    expect(seen(root(el).querySelector('[part="problem"]'))).to.equal(
      'Unknown kind of notice: “educatonal”. Use educational, not-approved, consult or emergency.',
    );
    expect(notices(el)).to.have.length(1);
    expect(warnings).to.deep.equal([
      '<medical-disclaimer> ms-invalid-data: kind attribute, educatonal: is not a kind of notice; use educational, not-approved, consult, emergency',
    ]);
    await expect(el).to.be.accessible();
  });

  it('prints without the tinted background', async () => {
    const { emulateMedia } = await import('@web/test-runner-commands');
    const el = await fixture<MedicalDisclaimer>(html`<medical-disclaimer></medical-disclaimer>`);
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(notices(el)[0]!).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});
