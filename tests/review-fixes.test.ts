// Regressions found in review: each test names the failure it guards against.
import { expect, fixture, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import type { MsStudyCard, TreatmentComparison } from '../src/index.js';
import type { Study } from '../src/model/schema.js';
import studiesFile from '../data/studies.json';
import { lazy } from '../src/components/shared/loaders.js';
import { clearJsonCache } from '../src/components/shared/fetch-json.js';
import { studyJsonLd } from '../src/model/structured-data.js';
import { findClaims } from '../src/model/claims.js';
import { validateStudy } from '../src/model/validate.js';
import { minimalStudy, variant } from './fixtures/records.js';

const seed = studiesFile.studies as unknown as Study[];
const jamali = () => structuredClone(seed.find((s) => s.id === 'jamali-2024')!);
const seen = (node: Element | null | undefined) => ((node as HTMLElement | null)?.innerText ?? '').replace(/\s+/g, ' ').trim();
const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

beforeEach(() => clearJsonCache());

describe('review fixes', () => {
  it('a failed lazy load is forgotten, so the next attempt really loads again', async () => {
    let attempts = 0;
    const module = lazy(async () => {
      attempts++;
      if (attempts === 1) throw new Error('offline');
      return 'ok';
    });
    await module.load().catch(() => undefined);
    expect(module.get()).to.be.undefined;
    expect(await module.load()).to.equal('ok');
    expect(attempts).to.equal(2);
  });

  it('an approved medicine without a status for the jurisdiction is not called investigational', async () => {
    const el = await fixture<TreatmentComparison>(
      html`<treatment-comparison jurisdiction="GB" treatment-ids="natalizumab"></treatment-comparison>`,
    );
    const header = seen(el.shadowRoot!.querySelector('thead th'));
    expect(header).to.contain('Approval status not reported');
    expect(header).not.to.contain('Investigational');
    expect(seen(el.shadowRoot!.querySelector('[part="regulatory"]'))).to.equal('⚠ MHRA approval status for MS not reported');
  });

  it('a study whose control group is not reported does not claim there was none', async () => {
    const el = await fixture<MsStudyCard>(html`<ms-study-card open .study=${jamali()}></ms-study-card>`);
    const reasons = seen(part(el, 'reasons'));
    expect(reasons).not.to.contain('no one was left untreated');
    expect(reasons).to.contain('whether anyone was compared with them is not reported');
  });

  it('page-only figures in the compact key messages are marked', async () => {
    const el = await fixture<MsStudyCard>(html`<ms-study-card compact .study=${jamali()}></ms-study-card>`);
    expect(seen(part(el, 'summary'))).to.contain('Tested in 33 people with MS (form not reported). Not verified');
    el.open = true;
    await el.updateComplete;
    expect(seen(part(el, 'about'))).to.contain('Partly checked against the publisher’s page.');
  });

  it('a lang written with an underscore (en_US) still renders', async () => {
    const wrapper = await fixture(html`<div lang="en_US"><ms-study-card study-id="lu-2020"></ms-study-card></div>`);
    const card = wrapper.querySelector('ms-study-card')!;
    await card.updateComplete;
    expect(seen(part(card, 'title'))).to.contain('10-Year Follow-Up');
  });

  it('removing a card while it loads does not fetch again', async () => {
    const url = `/test-api/slow/lu-2020?ms=300&id=${crypto.randomUUID()}`;
    const card = fixtureSync<MsStudyCard>(html`<ms-study-card src=${url}></ms-study-card>`);
    await new Promise((r) => setTimeout(r, 50));
    card.remove();
    await new Promise((r) => setTimeout(r, 600));
    const count = await (await fetch(`/test-api/count?path=${encodeURIComponent(url.replace(/^.*?\/test-api/, '/test-api'))}`)).json();
    expect(count.count).to.equal(1);
  });

  it('focus stays on the problem when Retry fails again', async () => {
    const el = await fixture<MsStudyCard>(html`<ms-study-card src="/test-api/status/500"></ms-study-card>`);
    (part(el, 'retry') as HTMLButtonElement).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await waitUntil(() => el.shadowRoot!.activeElement !== null, 'focus was lost');
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'base'));
    expect(part(el, 'base')!.getAttribute('tabindex')).to.equal('-1');
  });

  it('a src that is not http(s) is invalid data naming src, not a network problem', async () => {
    const el = await fixture<MsStudyCard>(html`<ms-study-card src="javascript:alert(1)"></ms-study-card>`);
    part(el, 'base')!.querySelector('details')!.open = true;
    expect(seen(part(el, 'base'))).to.contain('src: must be an https (or same-site http) URL');
    expect(part(el, 'retry')).to.be.null;
  });

  it('inline JSON removed and added back with the same text is read again', async () => {
    const holder = document.createElement('div');
    holder.innerHTML = `<ms-study-card><script type="application/json">${JSON.stringify(minimalStudy())}</script></ms-study-card>`;
    const el = await fixture<MsStudyCard>(holder.firstElementChild as HTMLElement);
    const script = el.querySelector('script')!;
    script.remove();
    await waitUntil(() => seen(part(el, 'base')).includes('No study to show'));
    el.append(script);
    await waitUntil(() => part(el, 'title'), 'the script was not read again');
  });

  it('pressing the highlighted option selects it for the reader and leaves the page’s highlight alone', async () => {
    const el = await fixture<TreatmentComparison>(
      html`<treatment-comparison treatment-ids="natalizumab ocrelizumab" highlight="natalizumab"></treatment-comparison>`,
    );
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('thead th button')!;
    button.click();
    await el.updateComplete;
    expect(el.getAttribute('highlight')).to.equal('natalizumab');
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    button.click();
    await el.updateComplete;
    expect(el.getAttribute('highlight')).to.equal('natalizumab');
    expect(button.getAttribute('aria-pressed')).to.equal('false');
  });

  it('structured data leaves out an unverified journal and PubMed id', () => {
    const data = studyJsonLd(jamali());
    expect(data.identifier).to.be.undefined;
    expect(data.isPartOf).to.be.undefined;
    expect(data.sameAs).to.be.undefined;
  });

  it('claims are looked for in more fields and more wordings', () => {
    expect(findClaims('Awaiting FDA approval soon')).to.have.length(1);
    expect(findClaims('It is approved for MS in our clinic')).to.have.length(1);
    const r = validateStudy(variant(minimalStudy(), (s) => (s.limitations = ['Reverses disability in most patients'])));
    expect(r.ok).to.be.false;
    expect(!r.ok && r.issues[0]!.path).to.equal('limitations.0');
  });
});
