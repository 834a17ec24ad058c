// The consumer apps in examples/, built from the packed tarball by scripts/consumers.ts (which
// `npm run test:e2e` runs after the build): what their users would see.
import { expect } from '@open-wc/testing';
import { openPage, rendered, text, until } from './helpers.js';

afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

const HOSTS = 'ms-study-card, treatment-comparison, ms-review-info, medical-disclaimer';

for (const [name, title] of [
  ['vue', 'A study bound with .prop in Vue'],
  ['svelte', 'A study bound as a property in Svelte'],
]) {
  describe(`the ${name} example, built against the packed tarball`, () => {
    it('renders the record it binds as a property, and its events reach the app', async () => {
      const { doc, win } = await openPage(`/dist/consumers/${name}/index.html`);
      const [card] = await rendered(doc, 'ms-study-card');
      expect(text(card)).to.contain(title);
      expect(text(card)).to.contain('Investigational — not FDA-approved for MS');
      expect(text(doc.querySelector('medical-disclaimer'))).to.contain('(Umbilical-cord stem cell therapy) is not FDA-approved');
      card!.shadowRoot!.querySelector<HTMLButtonElement>('[part="toggle"]')!.click();
      const [comparison] = await rendered(doc, 'treatment-comparison');
      comparison!.shadowRoot!.querySelectorAll<HTMLButtonElement>('thead th button')[1]!.click();
      await until(
        () => doc.getElementById('selected')!.textContent!.includes('umbilical-cord-msc-therapy'),
        'the selection to reach the app',
      );
      expect(doc.getElementById('opened')!.textContent).to.equal('Details opened 1 times');
      expect(doc.getElementById('selected')!.textContent).to.equal('Selected option: umbilical-cord-msc-therapy');
      expect(win.__errors).to.deep.equal([]);
    });
  });
}

describe('the Eleventy 3 site (@lit-labs/eleventy-plugin-lit)', () => {
  it('shows design, certainty and the regulatory label with JavaScript off', async () => {
    const { doc } = await openPage('/dist/consumers/eleventy/index.html', { scripts: false });
    const cards = [...doc.querySelectorAll('ms-study-card')];
    expect(cards).to.have.length(2);
    for (const card of cards) {
      expect(card.shadowRoot, 'declarative shadow root').to.exist;
      expect(text(card)).to.contain('Investigational — not FDA-approved for MS');
      expect(text(card)).to.match(/Very low certainty|Low certainty/);
    }
    expect(text(cards[0])).to.contain('What was tested');
    expect(text(doc.querySelector('medical-disclaimer'))).to.contain('is not FDA-approved');
    expect(text(doc.querySelector('ms-review-info'))).to.contain('Medically reviewed by Dr A Example');
    const other = await openPage('/dist/consumers/eleventy/treatments.html', { scripts: false });
    const comparison = other.doc.querySelector('treatment-comparison');
    expect(text(comparison)).to.contain('Natalizumab (Tysabri)');
    expect(text(comparison)).to.contain('Unapproved — not FDA-approved for MS');
    expect(text(comparison)).to.contain('Very low certainty');
  });

  /** What a reader sees in each element of states.html, with JavaScript off and once hydrated. */
  const STATES = [
    ['ms-study-card', /^No study to show This card was given no study\./],
    ['ms-study-card', /^Study not found There is no study with the id “not-a-study” in the data\.$/],
    ['treatment-comparison', /^Treatment options not found There is no treatment option “not-a-treatment” in the data\.$/],
    ['ms-review-info', /^Not yet medically reviewed This page has no record of a medical review\.$/],
    ['ms-review-info', /^Review information cannot be shown .* Details for the page’s editors$/],
    ['medical-disclaimer', /Unknown kind of notice: “educatonal”/],
  ] as const;

  it('renders the designed empty, not-found and invalid states at build time', async () => {
    const { doc } = await openPage('/dist/consumers/eleventy/states.html', { scripts: false });
    const hosts = [...doc.querySelectorAll(HOSTS)];
    expect(hosts.map((h) => h.localName)).to.deep.equal(STATES.map(([tag]) => tag));
    hosts.forEach((host, i) => expect(text(host), host.localName).to.match(STATES[i]![1]));
  });

  // Every state hydrates as the server rendered it: the same nodes, one copy, the same words.
  for (const page of ['index.html', 'treatments.html', 'states.html']) {
    it(`${page} hydrates with JavaScript on: no console error, no duplicated nodes`, async () => {
      const keep = `<script>window.__server = [...document.querySelectorAll('${HOSTS}')].map((el) => el.shadowRoot.querySelector('[part~="base"]'));</script></body>`;
      const { doc, win } = await openPage(`/dist/consumers/eleventy/${page}`, { rewrite: (html) => html.replace('</body>', keep) });
      const server = (win as unknown as { __server: (Element | null)[] }).__server;
      expect(server.length).to.be.greaterThan(1);
      expect(server.every(Boolean), 'every element server-rendered').to.equal(true);
      const hosts = [...doc.querySelectorAll(HOSTS)];
      await until(() => hosts.every((h) => (h as HTMLElement & { hasUpdated?: boolean }).hasUpdated), 'every element to hydrate');
      await new Promise((r) => setTimeout(r, 300));
      hosts.forEach((host, i) => {
        expect(host.shadowRoot!.contains(server[i]!), `${host.localName} kept its server nodes`).to.equal(true);
        expect(host.shadowRoot!.querySelectorAll('[part~="base"]').length, host.localName).to.equal(1);
      });
      if (page === 'states.html') hosts.forEach((host, i) => expect(text(host), `${host.localName} once hydrated`).to.match(STATES[i]![1]));
      const warnings = win.__warnings.filter((w) => !w.includes('Lit is in dev mode'));
      expect(win.__errors).to.deep.equal([]);
      expect(warnings).to.deep.equal([]);
    });
  }

  it('hydrated cards respond: the compact card opens', async () => {
    const { doc, win } = await openPage('/dist/consumers/eleventy/index.html');
    const card = doc.querySelector('ms-study-card[compact]') as HTMLElement & { hasUpdated?: boolean; open: boolean };
    await until(() => card.hasUpdated, 'the card to hydrate');
    card.shadowRoot!.querySelector<HTMLButtonElement>('[part="toggle"]')!.click();
    await until(() => card.open, 'the card to open');
    expect(text(card)).to.contain('Hide study details');
    expect(win.__errors).to.deep.equal([]);
  });
});
