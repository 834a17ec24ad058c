// End-to-end, against the built artefacts (run `npm run build` first; `npm run test:e2e` does).
import { expect } from '@open-wc/testing';
import { openPage, rendered, text, until } from './helpers.js';

afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

describe('the CDN bundle in a bare HTML page', () => {
  it('renders every element, by id, inline JSON and attributes, without errors', async () => {
    const { doc, win } = await openPage('/tests/e2e/pages/cdn.html');
    const cards = await rendered(doc, 'ms-study-card');
    expect(text(cards[0])).to.contain('IV/IT hUC-MSCs Infusion in RRMS and NMO: A 10-Year Follow-Up Study');
    expect(text(cards[0])).to.contain('Investigational — not FDA-approved for MS');
    expect(text(cards[1])).to.contain('Show study details');
    expect(text(cards[2])).to.contain('Inline JSON study');
    const [comparison] = await rendered(doc, 'treatment-comparison');
    expect(text(comparison)).to.contain('compared with placebo');
    const [review] = await rendered(doc, 'ms-review-info');
    expect(text(review)).to.equal('Medically reviewed by Dr A Example, MD. Last reviewed January 5, 2026.');
    expect(text(doc.querySelector('medical-disclaimer'))).to.contain(
      'This treatment (Umbilical-cord stem cell therapy) is not FDA-approved',
    );
    expect(win.__errors).to.deep.equal([]);
  });

  it('keeps words apart in its minified templates ("2024 Not verified", not "2024Not verified")', async () => {
    const { doc } = await openPage('/tests/e2e/pages/cdn.html');
    const [card] = await rendered(doc, 'ms-study-card[study-id="lu-2020"]');
    expect(text(card)).to.contain('Frontiers in Neurology. 2020;11:967 In short What was tested:');
    expect(text(card)).to.contain('PubMed PMID 33013641 DOI 10.3389/fneur.2020.00967');
  });

  it('loads the model and data only after the elements script, as separate files', async () => {
    const { doc, win } = await openPage('/tests/e2e/pages/cdn.html');
    await rendered(doc, 'ms-study-card');
    const files = win.performance.getEntriesByType('resource').map((e) => e.name.replace(/.*\/dist\/cdn\//, ''));
    expect(files.some((f) => /^chunks\/model-/.test(f))).to.be.true;
    expect(files.some((f) => /^chunks\/dataset-/.test(f))).to.be.true;
  });
});

describe('compliance warnings in the production CDN bundle', () => {
  it('warns once per unapproved therapy shown on a page without a not-approved notice', async () => {
    const { doc, win } = await openPage('/tests/e2e/pages/cdn.html', {
      rewrite: (page) => page.replace(/<medical-disclaimer[\s\S]*?<\/medical-disclaimer>/, ''),
    });
    await rendered(doc, 'ms-study-card');
    await rendered(doc, 'treatment-comparison');
    await new Promise((r) => setTimeout(r, 100));
    const missing = win.__warnings.filter((w) => w.includes('ms-missing-disclaimer'));
    expect(missing.map((w) => w.slice(0, w.indexOf(': shown')))).to.have.members([
      '<ms-study-card> ms-missing-disclaimer: "Human umbilical cord mesenchymal stem cells (umbilical cord blood-derived, as the abstract\'s methods describe them)"',
      '<ms-study-card> ms-missing-disclaimer: "Umbilical cord tissue-derived mesenchymal stem cells"',
      '<ms-study-card> ms-missing-disclaimer: "Example cells"',
      '<treatment-comparison> ms-missing-disclaimer: "Umbilical-cord mesenchymal stem cell (MSC) therapy"',
    ]);
    expect(missing).to.have.length(4);
    // A production build: the developers' warnings (here the review's overdue date, the empty state) stay out.
    expect(win.__warnings.filter((w) => !w.includes('ms-missing-disclaimer'))).to.deep.equal([]);
  });

  it('stays quiet when the page has the notice', async () => {
    const { doc, win } = await openPage('/tests/e2e/pages/cdn.html');
    await rendered(doc, 'ms-study-card');
    await rendered(doc, 'treatment-comparison');
    await new Promise((r) => setTimeout(r, 100));
    expect(win.__warnings).to.deep.equal([]);
  });
});

describe('the CMS loader', () => {
  it('upgrades the class-based fallback and loads only the elements used', async () => {
    const { doc, win } = await openPage('/tests/e2e/pages/loader.html');
    const [card] = await rendered(doc, 'ms-study-card');
    expect(card!.hasAttribute('compact')).to.be.true;
    expect(card!.getAttribute('theme')).to.equal('dark');
    // The page's classes come along (a theme's alignwide), the marker class does not.
    expect([...card!.classList]).to.deep.equal(['alignwide']);
    expect(text(card)).to.contain('Clinical feasibility of umbilical cord tissue-derived');
    expect(card!.querySelector('a')!.textContent).to.equal('Riordan 2018');
    const [notice] = await rendered(doc, 'medical-disclaimer');
    expect(text(notice)).to.contain('This treatment (Stem cell therapy) is not FDA-approved');
    expect(win.customElements.get('treatment-comparison')).to.be.undefined;
    expect(win.__errors).to.deep.equal([]);
  });

  it("carries over only the element's own attributes from a fallback: data-on… never becomes a handler", async () => {
    const { doc, win } = await openPage('/tests/e2e/pages/loader.html');
    const [card] = await rendered(doc, '#hostile');
    expect(card!.localName).to.equal('ms-study-card');
    expect(card!.getAttributeNames().sort()).to.deep.equal(['id', 'lang', 'study-id']);
    expect(card!.getAttribute('lang')).to.equal('en-GB');
    expect(text(card)).to.contain('10-Year Follow-Up');
    (card as HTMLElement).click();
    (card as HTMLElement).focus();
    await new Promise((r) => setTimeout(r, 100));
    expect((win as unknown as { __pwned?: string }).__pwned).to.equal(undefined);
    const ignored = win.__warnings.filter((w) => w.startsWith('<ms-study-card> fallback:'));
    expect(ignored.map((w) => w.match(/data-[\w-]+/)![0]).sort()).to.deep.equal(
      ['data-autofocus', 'data-onclick', 'data-onfocus', 'data-style', 'data-studyid', 'data-tabindex'].sort(),
    );
    expect(win.__errors).to.deep.equal([]);
  });

  it('upgrades a fallback that was out of the page while its script loaded, once it is back', async () => {
    const { doc, win } = await openPage('/tests/e2e/pages/loader.html');
    await rendered(doc, 'ms-study-card');
    expect(win.customElements.get('treatment-comparison')).to.equal(undefined);
    const fallback = doc.createElement('div');
    fallback.className = 'treatment-comparison';
    fallback.dataset.treatmentIds = 'natalizumab';
    doc.body.append(fallback);
    await new Promise((r) => setTimeout(r, 0)); // the loader sees it and starts loading the element
    fallback.remove(); // a CMS moves it out before the script arrives
    await win.customElements.whenDefined('treatment-comparison');
    await new Promise((r) => setTimeout(r, 50));
    expect(fallback.localName).to.equal('div');
    doc.body.append(fallback); // and puts it back
    const [comparison] = await rendered(doc, 'treatment-comparison');
    expect(text(comparison)).to.contain('Natalizumab (Tysabri)');
    expect(doc.querySelector('div.treatment-comparison')).to.equal(null);
    expect(win.__errors).to.deep.equal([]);
  });

  it('defines elements a CMS adds later', async () => {
    const { doc, win } = await openPage('/tests/e2e/pages/loader.html');
    await rendered(doc, 'ms-study-card');
    doc.body.insertAdjacentHTML('beforeend', '<treatment-comparison treatment-ids="natalizumab"></treatment-comparison>');
    const [comparison] = await rendered(doc, 'treatment-comparison');
    expect(text(comparison)).to.contain('Natalizumab (Tysabri)');
    expect(win.__errors).to.deep.equal([]);
  });
});

describe('two copies of the library on one page', () => {
  it('never throws, and the first definition serves every element', async () => {
    // The CDN bundle twice, the loader, and the npm build with its own Lit.
    const { doc, win } = await openPage('/tests/e2e/pages/two-copies.html');
    const [card] = await rendered(doc, 'ms-study-card');
    expect(text(card)).to.contain('10-Year Follow-Up');
    expect(text(doc.querySelector('medical-disclaimer'))).to.contain('educational purposes');
    // The npm build really ran beside the bundle, with its own Lit.
    await until(() => win.performance.getEntriesByType('resource').some((e) => e.name.includes('/node_modules/lit-html/')));
    expect(win.__errors).to.deep.equal([]);
  });
});

describe('registration order', () => {
  it('upgrades elements that were on the page long before the script, and defines those added after', async () => {
    const { doc, win } = await openPage('/tests/e2e/pages/late-script.html');
    const [before] = await rendered(doc, '#before');
    expect(text(before)).to.contain('10-Year Follow-Up');
    expect(text(doc.querySelector('#before-disclaimer'))).to.contain('This treatment (Stem cell therapy) is not FDA-approved');
    const [after] = await rendered(doc, '#after');
    expect(text(after)).to.contain('Show study details');
    const [created] = await rendered(doc, '#created');
    expect(text(created)).to.contain('Natalizumab (Tysabri)');
    expect(win.__errors).to.deep.equal([]);
  });
});

describe('the server-rendered demo page', () => {
  it('shows every element with JavaScript off (declarative shadow DOM)', async () => {
    const { doc } = await openPage('/dist/ssr/index.html', { scripts: false });
    const cards = [...doc.querySelectorAll('ms-study-card')];
    expect(cards).to.have.length(3);
    for (const card of cards) expect(card.shadowRoot, 'declarative shadow root').to.exist;
    expect(text(cards[1])).to.contain('IV/IT hUC-MSCs Infusion in RRMS and NMO');
    expect(text(cards[1])).to.contain('Very low certainty');
    // Approved options are compared apart from the research (issue #12), which the cards show.
    expect(text(doc.querySelector('treatment-comparison'))).to.contain('Disease-modifying therapies (DMTs)');
    expect(text(doc.querySelector('ms-review-info'))).to.contain('Last reviewed October 2025');
    expect(doc.querySelector('#overview p')!.textContent).to.contain('Multiple sclerosis (MS) is a chronic autoimmune condition');
  });

  // Hydration adopts the server's DOM. Without it, Lit renders a second copy into the same shadow
  // root beside the server's markup (the control test above). A classic script at the end of the
  // body runs before the module scripts and keeps a node of each server-rendered root.
  const HOSTS = 'ms-study-card, treatment-comparison, ms-review-info, medical-disclaimer';
  const KEEP = `<script>window.__server = [...document.querySelectorAll('${HOSTS}')].map((el) => el.shadowRoot.querySelector('[part~="base"]'));</script></body>`;
  // Loading the main entry instead of /hydrate: Lit reuses each declarative shadow root, and
  // without hydration support it would render a second copy beside the server's markup.
  for (const [name, script, warns] of [
    ['the main entry (production build)', '/dist/index.js', false],
    ['the main entry (development build)', '/dist/dev/index.js', true],
  ] as const) {
    it(`${name} on a server-rendered page keeps one copy of each element${warns ? ' and warns once' : ''}`, async () => {
      const { doc, win } = await openPage('/dist/ssr/index.html', {
        rewrite: (html) => html.replace('src="./hydrate.js"', `src="${script}"`),
      });
      const [card] = await rendered(doc, 'ms-study-card');
      await until(() => (card as HTMLElement & { hasUpdated?: boolean }).hasUpdated);
      await new Promise((r) => setTimeout(r, 300));
      for (const host of doc.querySelectorAll(HOSTS)) {
        expect(host.shadowRoot!.querySelectorAll('[part~="base"]').length, host.localName).to.equal(1);
      }
      expect(text(card)).to.contain('Human Umbilical Cord');
      const notHydrated = win.__warnings.filter((w) => w.includes('ms-not-hydrated'));
      expect(notHydrated.length).to.equal(warns ? 1 : 0);
      if (warns) expect(notHydrated[0]).to.contain("Load 'ms-evidence-elements/hydrate'");
      expect(win.__errors).to.deep.equal([]);
    });
  }

  it('elements given their records by property on the server hydrate from the inline JSON, with no mismatch', async () => {
    const { doc, win } = await openPage('/dist/ssr/property.html', {
      rewrite: (html) => html.replace('</body>', KEEP),
    });
    const server = (win as unknown as { __server: (Element | null)[] }).__server;
    expect(server).to.have.length(3);
    expect(server.every(Boolean)).to.equal(true);
    const [card] = await rendered(doc, 'ms-study-card');
    await until(() => [...doc.querySelectorAll(HOSTS)].every((el) => (el as HTMLElement & { hasUpdated?: boolean }).hasUpdated));
    await new Promise((r) => setTimeout(r, 300));
    [...doc.querySelectorAll(HOSTS)].forEach((host, i) => {
      expect(host.shadowRoot!.contains(server[i]!), `${host.localName} kept its server nodes`).to.equal(true);
      expect(host.shadowRoot!.querySelectorAll('[part~="base"]').length, host.localName).to.equal(1);
    });
    // The record the server was given, read back: the page never set the property in the browser.
    expect((card as HTMLElement & { study?: { citation: { title: string } } }).study?.citation.title).to.equal(
      'A study given by property </script><!-- on the server',
    );
    expect(text(card)).to.contain('A study given by property </script><!-- on the server');
    expect(text(card)).not.to.contain('No study to show');
    expect(text(doc.querySelector('treatment-comparison'))).to.contain('Natalizumab (Tysabri)');
    expect(text(doc.querySelector('ms-review-info'))).to.contain('Dr. Gerald Mastaw');
    expect(win.__errors).to.deep.equal([]);
  });

  for (const [name, script] of [
    ['the demo bundle (dist/ssr/hydrate.js)', './hydrate.js'],
    ['the npm entry (ms-evidence-elements/hydrate, Lit external)', '/dist/hydrate.js'],
  ]) {
    it(`${name} hydrates: the server-rendered nodes stay, and become interactive`, async () => {
      const { doc, win } = await openPage('/dist/ssr/index.html', {
        rewrite: (html) => html.replace('src="./hydrate.js"', `src="${script}"`).replace('</body>', KEEP),
      });
      const server = (win as unknown as { __server: (Element | null)[] }).__server;
      expect(server).to.have.length(8);
      expect(server.every(Boolean)).to.equal(true);
      const [card] = await rendered(doc, 'ms-study-card');
      await until(() => (card as HTMLElement & { hasUpdated?: boolean }).hasUpdated);
      await new Promise((r) => setTimeout(r, 300));
      const hosts = [...doc.querySelectorAll(HOSTS)];
      hosts.forEach((host, i) => {
        expect(host.shadowRoot!.contains(server[i]!), host.localName).to.equal(true);
        // Not rendered a second time beside the server's markup.
        expect(host.shadowRoot!.querySelectorAll('[part~="base"]').length, host.localName).to.equal(1);
      });
      const comparison = doc.querySelector('treatment-comparison')!;
      // Each element hydrates when its own data has loaded: the comparison may come after the card.
      await until(() => (comparison as HTMLElement & { hasUpdated?: boolean }).hasUpdated);
      let selected = '';
      comparison.addEventListener('ms-treatment-select', (e) => (selected = (e as CustomEvent<{ id: string }>).detail.id));
      comparison.shadowRoot!.querySelector<HTMLButtonElement>('thead th button')!.click();
      expect(selected).to.equal('disease-modifying-therapies');
      expect(text(card)).to.contain('Human Umbilical Cord');
      expect(win.__errors).to.deep.equal([]);
    });
  }
});

describe('the React example', () => {
  it('renders the elements through the React wrappers and receives their events', async () => {
    const { doc, win } = await openPage('/dist/examples/react/index.html');
    const [card] = await rendered(doc, 'ms-study-card');
    card!.shadowRoot!.querySelector<HTMLButtonElement>('[part="toggle"]')!.click();
    const [comparison] = await rendered(doc, 'treatment-comparison');
    comparison!.shadowRoot!.querySelectorAll<HTMLButtonElement>('thead th button')[1]!.click();
    await new Promise((r) => setTimeout(r, 100));
    expect(doc.getElementById('opened')!.textContent).to.equal('Details opened 1 times');
    expect(doc.getElementById('selected')!.textContent).to.equal('Selected option: umbilical-cord-msc-therapy');
    expect(win.__errors).to.deep.equal([]);
  });
});
