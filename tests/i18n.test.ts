// Spanish: built-in strings translated, dates and numbers through Intl, language from the nearest lang.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setLocale, getLocale } from '../src/components/shared/locale.js';
import '../src/index.js';
import type { MsStudyCard } from '../src/index.js';
import { seen } from './helpers.js';

const base = (el: Element) => el.shadowRoot!.querySelector('[part~="base"]');

afterEach(async () => {
  document.documentElement.lang = 'en';
  await waitUntil(() => getLocale() === 'en');
});

describe('languages', () => {
  it('renders a study card in Spanish inside lang="es", with Spanish dates and numbers', async () => {
    const wrapper = await fixture(html`<div lang="es"><ms-study-card open study-id="lu-2020"></ms-study-card></div>`);
    const card = wrapper.querySelector('ms-study-card') as MsStudyCard;
    await waitUntil(() => getLocale() === 'es', 'Spanish did not load');
    await card.updateComplete;
    const text = seen(base(card));
    expect(text).to.contain('Certeza muy baja');
    expect(text).to.contain('10 años');
    expect(text).to.contain('noviembre de 2026');
    expect(text).to.contain('En resumen');
    expect(text).to.contain('Certeza muy baja, sobre todo porque no hubo un grupo de control con el que comparar.');
    expect(text).not.to.contain('Not reported');
    expect(text).not.to.contain('Very low certainty');
    expect(text).not.to.contain('In short');
    await expect(card).to.be.accessible();
  });

  it('follows a change of <html lang>', async () => {
    const card = await fixture<MsStudyCard>(html`<ms-study-card compact study-id="riordan-2018"></ms-study-card>`);
    expect(seen(card.shadowRoot!.querySelector('[part="toggle"]'))).to.equal('Show study details');
    document.documentElement.lang = 'es-MX';
    await waitUntil(() => getLocale() === 'es');
    await card.updateComplete;
    expect(seen(card.shadowRoot!.querySelector('[part="toggle"]'))).to.equal('Mostrar detalles del estudio');
    // Dates follow too, not only the translated words (the medicines audit found them left in English).
    card.open = true;
    await card.updateComplete;
    expect(seen(base(card))).to.contain('noviembre de 2026');
    expect(seen(base(card))).not.to.contain('November 2026');
  });

  it('translates every kind of element: comparison, disclaimer, review line', async () => {
    await setLocale('es');
    const page = await fixture(
      html`<div lang="es">
        <treatment-comparison treatment-ids="natalizumab umbilical-cord-msc-therapy"></treatment-comparison>
        <medical-disclaimer kind="not-approved emergency"></medical-disclaimer>
        <ms-review-info reviewer="Dr A" last-reviewed="2025-10"></ms-review-info>
      </div>`,
    );
    for (const el of page.children) await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const [comparison, disclaimer, review] = [...page.children];
    expect(seen(comparison!.shadowRoot!.querySelector('caption'))).not.to.equal('MS treatment options compared');
    expect(seen(comparison!.shadowRoot!.querySelector('tbody th'))).not.to.equal('What is it for?');
    expect(seen(disclaimer!.shadowRoot!.querySelector('h2'))).not.to.contain('Not an approved treatment');
    expect(seen(disclaimer!.shadowRoot!.querySelector('h2'))).to.match(/^Importante:/);
    expect(seen(base(review!))).to.contain('octubre de 2025');
    await expect(page).to.be.accessible();
  });

  it('keeps unsupported languages in English', async () => {
    const wrapper = await fixture(html`<div lang="fr"><ms-study-card open study-id="lu-2020"></ms-study-card></div>`);
    const card = wrapper.querySelector('ms-study-card') as MsStudyCard;
    await card.updateComplete;
    expect(getLocale()).to.equal('en');
    expect(seen(base(card))).to.contain('Very low certainty');
    expect(seen(base(card))).to.contain('10 ans');
  });
});
