// Users who pass their own data never download the bundled dataset; validation loads on first use.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/ms-study-card.js';
import type { MsStudyCard } from '../src/ms-study-card.js';
import { minimalStudy } from './fixtures/records.js';
import { lazy } from '../src/components/shared/loaders.js';

const fetched = () => performance.getEntriesByType('resource').map((e) => e.name);

describe('lazy loading', () => {
  it('a card given its study by property does not load the bundled dataset', async () => {
    expect(fetched().some((n) => n.includes('/src/model/validate.ts'))).to.be.false;
    const el = await fixture<MsStudyCard>(html`<ms-study-card .study=${minimalStudy()}></ms-study-card>`);
    expect(el.shadowRoot!.querySelector('#title')).to.exist;
    expect(fetched().some((n) => n.includes('/src/model/validate.ts'))).to.be.true;
    expect(fetched().some((n) => n.includes('/src/bundled/dataset.ts') || n.includes('/data/studies.json'))).to.be.false;
  });

  it('a card given only an id loads the bundled dataset once', async () => {
    await fixture(
      html`<div><ms-study-card study-id="lu-2020"></ms-study-card><ms-study-card study-id="riordan-2018"></ms-study-card></div>`,
    );
    await Promise.all([...document.querySelectorAll('ms-study-card')].map((c) => c.updateComplete));
    expect(fetched().filter((n) => n.includes('/src/bundled/dataset.ts'))).to.have.length(1);
  });
});

describe('lazy loading: failures', () => {
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
});
