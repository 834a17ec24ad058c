// Data text in the reader's language (issue #17): every bundled record in Spanish, untranslated
// text marked as English, language changes after load, bad translation paths reported.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { getLocale } from '../src/components/shared/locale.js';
import '../src/index.js';
import type { MsStudyCard, TreatmentComparison } from '../src/index.js';
import studies from '../data/studies.json';
import treatments from '../data/treatments.json';
import pageData from '../data/page.json';
import overlay from '../data/locales/es.json';
import type { Study } from '../src/model/schema.js';
import { captureWarnings, part, seen } from './helpers.js';

const STUDY_IDS = studies.studies.map((s) => s.id);
const TREATMENT_IDS = treatments.treatments.map((t) => t.id);

/** Common English words: none may be read outside an element marked lang="en". */
const ENGLISH = ['the', 'and', 'with', 'of', 'patients', 'people', 'months', 'weeks', 'years', 'risk', 'increases', 'trial', 'reported'];
const ENGLISH_WORD = new RegExp(`\\b(?:${ENGLISH.join('|')})\\b`, 'i');

/** Text nodes of an element and its shadow roots, each with the language of its nearest `lang`. */
function texts(node: Node, lang: string, out: { text: string; lang: string }[] = []): { text: string; lang: string }[] {
  if (node instanceof Element) {
    if (['SCRIPT', 'STYLE', 'TEMPLATE'].includes(node.tagName)) return out;
    lang = node.getAttribute('lang') ?? lang;
    if (node.shadowRoot) texts(node.shadowRoot, lang, out);
  }
  if (node.nodeType === Node.TEXT_NODE && node.textContent!.trim()) out.push({ text: node.textContent!.trim(), lang });
  for (const child of node.childNodes) texts(child, lang, out);
  return out;
}

/** English words found in text that is not marked English. */
const englishOutsideLangEn = (el: Element): string[] =>
  texts(el, 'es')
    .filter((t) => !t.lang.startsWith('en') && ENGLISH_WORD.test(t.text))
    .map((t) => t.text);

/** The bundled page content as a clinic would give it: with its own Spanish (the overlay's page paths). */
const pageWithSpanish = { page: { ...pageData.page, translations: { es: overlay.page } } };

const waitSpanish = () => waitUntil(() => getLocale() === 'es', 'Spanish did not load');

afterEach(async () => {
  document.documentElement.lang = 'en';
  await waitUntil(() => getLocale() === 'en');
});

describe('data in the reader’s language', () => {
  const warnings = captureWarnings();

  it('shows every bundled record in Spanish: no English outside lang="en"', async () => {
    const page = await fixture(
      html`<div lang="es">
        ${STUDY_IDS.map((id) => html`<ms-study-card open strict study-id=${id}></ms-study-card>`)}
        <treatment-comparison strict treatment-ids=${TREATMENT_IDS.join(' ')}></treatment-comparison>
        <ms-evidence-provider .data=${pageWithSpanish}>
          <medical-disclaimer kind="educational not-approved consult emergency" therapy="terapia con células madre"></medical-disclaimer>
          <ms-review-info show-schedule></ms-review-info>
        </ms-evidence-provider>
      </div>`,
    );
    await waitSpanish();
    const elements = [...page.querySelectorAll('ms-study-card, treatment-comparison, medical-disclaimer, ms-review-info')];
    for (const el of elements) await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    // Every card rendered its study, the comparison its table.
    for (const el of page.querySelectorAll('ms-study-card')) expect(part(el, 'outcomes'), el.getAttribute('study-id')!).to.exist;
    expect(part(page.querySelector('treatment-comparison')!, 'base')!.querySelector('table')).to.exist;
    expect(englishOutsideLangEn(page)).to.deep.equal([]);
    // The bundled data is complete in Spanish: nothing is marked as untranslated.
    expect(seen(page as HTMLElement)).not.to.contain('(en inglés)');
    const all = elements.map((el) => seen(part(el, 'base'))).join(' ');
    // Boxed warning, results, time points, the not-approved notice's therapy, notices, review note.
    const spanish = [
      'Aumenta el riesgo de leucoencefalopatía multifocal progresiva (LMP)',
      '0,26 frente a 0,81 brotes por persona y año',
      'Terapia con células madre mesenquimales (MSC) de cordón umbilical',
      'Advertencia en recuadro: Baclofeno intratecal:',
      'Esta página tiene fines exclusivamente educativos',
      'Esta revisión se refiere a la página original de la clínica',
      'criterio de valoración principal',
    ];
    for (const text of spanish) expect(all).to.contain(text);
    // A Spanish relative effect is still named as a reduction, next to its absolute numbers
    // (`seen` reads the no-break space before "%" as a space).
    expect(all).to.contain('Tasa de brotes un 68 % menor (reducción relativa): 0,26 frente a 0,81');
    // Lit's change-in-update notice comes from the wide comparison's scroll hint, in English too.
    expect(warnings.filter((w) => !w.includes('lit.dev/msg/change-in-update'))).to.deep.equal([]);
    await expect(page).to.be.accessible();
  });

  it('keeps titles and names quoted as published, marked lang="en" without "(en inglés)"', async () => {
    const wrapper = await fixture(html`<div lang="es"><ms-study-card study-id="jamali-2024"></ms-study-card></div>`);
    const card = wrapper.querySelector('ms-study-card') as MsStudyCard;
    await waitSpanish();
    await card.updateComplete;
    const title = part(card, 'title')!;
    expect(title.querySelector('[lang="en"]')?.textContent).to.contain('Human Umbilical Cord');
    expect(seen(title)).not.to.contain('(en inglés)');
  });

  it('shows an untranslated field in English, marked lang="en" with "(en inglés)"', async () => {
    const study = structuredClone(studies.studies.find((s) => s.id === 'riordan-2018')) as Study;
    // The clinic translated everything but the conclusion.
    const es = { ...overlay.studies['riordan-2018'] } as Record<string, string>;
    delete es.conclusion;
    // "Headache" also reads inside a sentence, lower-cased: "Comunes: headache y fatiga".
    delete es['safety.commonEvents.0'];
    study.translations = { es };
    const wrapper = await fixture(html`<div lang="es"><ms-study-card open .study=${study}></ms-study-card></div>`);
    const card = wrapper.querySelector('ms-study-card') as MsStudyCard;
    await waitSpanish();
    await card.updateComplete;
    const conclusion = part(card, 'conclusion')!;
    const english = conclusion.querySelector('[lang="en"]');
    expect(english?.textContent).to.equal('The treatment was safe; its potential benefits should be investigated further.');
    expect(seen(conclusion)).to.contain('The treatment was safe; its potential benefits should be investigated further. (en inglés)');
    expect(seen(part(card, 'outcomes'))).to.contain('Discapacidad (EDSS)');
    expect(englishOutsideLangEn(card)).to.deep.equal([]);
    const headache = texts(card, 'es').filter((t) => /headache/i.test(t.text));
    expect(headache.length).to.be.greaterThan(0);
    for (const t of headache) expect(t.lang, t.text).to.equal('en');
    expect(seen(part(card, 'safety'))).to.match(/[Hh]eadache \(en inglés\)/);
    await expect(wrapper).to.be.accessible();
  });

  it('a page’s own record is never given the bundled Spanish of a record with the same id', async () => {
    const study = structuredClone(studies.studies.find((s) => s.id === 'lu-2020')) as Study;
    const wrapper = await fixture(html`<div lang="es"><ms-study-card open .study=${study}></ms-study-card></div>`);
    const card = wrapper.querySelector('ms-study-card') as MsStudyCard;
    await waitSpanish();
    await card.updateComplete;
    expect(seen(part(card, 'conclusion'))).to.contain('Safe and feasible in the long term');
    expect(seen(part(card, 'conclusion'))).to.contain('(en inglés)');
    expect(englishOutsideLangEn(card)).to.deep.equal([]);
  });

  it('switches dates, numbers and data text when <html lang> changes after load', async () => {
    // A page's own record with its own Spanish, and a follow-up Intl writes with a decimal.
    const study = structuredClone(studies.studies.find((s) => s.id === 'riordan-2018')) as Study;
    study.followUp = { value: 1.5, unit: 'years' };
    study.translations = { es: overlay.studies['riordan-2018'] };
    const page = await fixture(
      html`<div>
        <ms-study-card open study-id="riordan-2018"></ms-study-card>
        <ms-study-card open .study=${study}></ms-study-card>
      </div>`,
    );
    const [bundledCard, ownCard] = [...page.querySelectorAll('ms-study-card')] as MsStudyCard[];
    expect(seen(part(bundledCard!, 'outcomes'))).to.contain('Disability (EDSS)');
    expect(seen(part(bundledCard!, 'footer'))).to.contain('November');
    expect(seen(part(ownCard!, 'design'))).to.contain('1.5 years');
    document.documentElement.lang = 'es';
    await waitSpanish();
    for (const card of [bundledCard!, ownCard!]) {
      await waitUntil(() => seen(part(card, 'outcomes')).includes('Discapacidad (EDSS)'), 'data text stayed English');
      await card.updateComplete;
      expect(seen(part(card, 'footer'))).to.contain('noviembre');
      expect(seen(part(card, 'footer'))).not.to.contain('November');
      // Numbers in the data text, translated with a decimal comma.
      expect(seen(part(card, 'outcomes'))).to.contain('p < 0,03');
      expect(seen(part(card, 'outcomes'))).to.contain('83,3');
      expect(englishOutsideLangEn(card)).to.deep.equal([]);
    }
    // A number Intl writes: the follow-up, with a decimal comma.
    expect(seen(part(ownCard!, 'design'))).to.contain('1,5 años');
    document.documentElement.lang = 'en';
    await waitUntil(() => seen(part(bundledCard!, 'outcomes')).includes('Disability (EDSS)'), 'did not switch back to English');
    await waitUntil(() => seen(part(ownCard!, 'design')).includes('1.5 years'), 'numbers did not switch back');
  });

  it('switches when the element’s own lang changes', async () => {
    const comparison = await fixture<TreatmentComparison>(html`<treatment-comparison treatment-ids="natalizumab"></treatment-comparison>`);
    expect(seen(part(comparison, 'base'))).to.contain('Increases the risk of progressive multifocal leukoencephalopathy');
    comparison.setAttribute('lang', 'es');
    await waitUntil(() => seen(part(comparison, 'base')).includes('Aumenta el riesgo de leucoencefalopatía'), 'stayed English');
    expect(englishOutsideLangEn(comparison)).to.deep.equal([]);
    await expect(comparison).to.be.accessible();
  });

  it('a quotation’s lang elsewhere on the page does not switch the built-in words', async () => {
    const page = await fixture(
      html`<div lang="es">
        <blockquote>Cita</blockquote>
        <ms-study-card study-id="riordan-2018"></ms-study-card>
      </div>`,
    );
    const card = page.querySelector('ms-study-card') as MsStudyCard;
    await waitSpanish();
    await card.updateComplete;
    page.querySelector('blockquote')!.setAttribute('lang', 'en');
    await new Promise((r) => setTimeout(r, 50));
    expect(getLocale()).to.equal('es');
    expect(seen(part(card, 'toggle'))).to.equal('Mostrar detalles del estudio');
  });

  it('reports a translation path that names no reader-facing field: a sentence for readers, details for editors, one warning', async () => {
    const study = structuredClone(studies.studies.find((s) => s.id === 'lu-2020')) as Study;
    study.translations = { es: { conclusion: 'Seguro.', 'outcomes.9.result': 'Mejoró.' } };
    const wrapper = await fixture(html`<div lang="es"><ms-study-card .study=${study}></ms-study-card></div>`);
    const card = wrapper.querySelector('ms-study-card') as MsStudyCard;
    await waitSpanish();
    await card.updateComplete;
    const problem = part(card, 'problem')!;
    expect(problem).to.exist;
    // The details for editors sit in a disclosure: its text names the field.
    expect(problem.textContent).to.contain('outcomes.9.result');
    const relevant = warnings.filter((w) => w.includes('outcomes.9.result'));
    expect(relevant).to.have.length(1);
    expect(relevant[0]).to.contain('<ms-study-card> ms-invalid-data: study "lu-2020"');
    await expect(wrapper).to.be.accessible();
  });
});
