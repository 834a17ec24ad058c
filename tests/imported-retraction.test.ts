// A retraction found by `ms-evidence import` (or added by hand with a note) on a study card: the
// warning stays whatever the note says, sits in the header above the results, and is accessible.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { getLocale, setLocale } from '../src/components/shared/locale.js';
import '../src/ms-study-card.js';
import type { MsStudyCard } from '../src/ms-study-card.js';
import type { Study } from '../src/model/schema.js';
import { minimalStudy, variant } from './fixtures/records.js';

const part = (el: MsStudyCard, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const seen = (node: Element | null | undefined) => ((node as HTMLElement | null | undefined)?.innerText ?? '').replace(/\s+/g, ' ').trim();

describe('ms-study-card: an imported retraction', () => {
  it('keeps the warning next to the note, above the results, and passes axe', async () => {
    const study = variant(minimalStudy(), (s) => {
      s.citation.notices = [
        { kind: 'correction', date: '2004-03-06', note: 'A correction to this article was published on 6 March 2004.' },
        {
          kind: 'retraction',
          date: '2010-02-06',
          doi: '10.1016/s0140-6736(10)60175-4',
          note: 'The retraction notice was published on 6 February 2010.',
        },
      ];
    }) as Study;
    const el = await fixture<MsStudyCard>(html`<ms-study-card .study=${study}></ms-study-card>`);
    const notices = part(el, 'notices')!;
    expect(seen(notices.querySelector('.retraction'))).to.equal(
      'Retracted: This publication was retracted. Its findings should not be relied on. The retraction notice was published on 6 February 2010.',
    );
    expect(notices.closest('[part~="header"]')).to.exist;
    const results = part(el, 'outcomes');
    expect(results, 'the results section').to.exist;
    expect(notices.compareDocumentPosition(results!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    await expect(el).to.be.accessible();
  });

  it('gives a retracted publication no certainty: "Retracted — not rated", in English and Spanish', async () => {
    const study = variant(minimalStudy(), (s) => (s.citation.notices = [{ kind: 'retraction', date: '2010-02-06' }])) as Study;
    const el = await fixture<MsStudyCard>(html`<ms-study-card open .study=${study}></ms-study-card>`);
    const certainty = part(el, 'certainty')!;
    expect(seen(certainty)).to.equal('Retracted — not rated: its findings should not be relied on.');
    expect(certainty.querySelectorAll('.meter .on').length, 'no bar of the meter is lit').to.equal(0);
    expect(seen(part(el, 'base'))).not.to.match(/(very low|low|moderate|high) certainty/i);
    expect(seen(part(el, 'reasons'))).to.contain('Retracted: the publication was withdrawn, so its results are not rated.');
    await expect(el).to.be.accessible();

    await setLocale('es');
    try {
      await waitUntil(() => getLocale() === 'es');
      el.requestUpdate();
      await el.updateComplete;
      expect(seen(part(el, 'certainty'))).to.equal('Retractada — sin calificar: no se debe confiar en sus resultados.');
      expect(seen(part(el, 'base'))).not.to.match(/certeza (muy baja|baja|moderada|alta)/i);
    } finally {
      await setLocale('en');
    }
  });
});
