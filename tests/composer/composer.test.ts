// The composer: picking, reordering (drag and keyboard), brand, preview, snippets, state and undo,
// and axe on every state a marketer meets.
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import { decodeState, encodeState } from '../../composer/src/state.js';
import { brandPair } from '../../composer/src/contrast.js';
import type { MsComposer } from '../../composer/src/composer-app.js';
import { $, button, control, deepActive, freshComposer, setValue, settle, squash, tabTo } from './helpers.js';

const markup = (c: MsComposer) => $<HTMLTextAreaElement>(c, '#element-markup').value;
const blocksIn = (c: MsComposer) =>
  [...c.shadowRoot!.querySelectorAll('.blocks > li .block-title')].map((h) => squash(h).replace(/^⠿\s*/, ''));

async function composeExample(c: MsComposer): Promise<void> {
  const root = c.shadowRoot!;
  button(root, 'Add card: IV/IT hUC-MSCs').click();
  await c.updateComplete;
  button(root, 'Add comparison').click();
  await c.updateComplete;
  const block = root.querySelector('.blocks > li:last-child')!;
  for (const name of ['Natalizumab', 'Umbilical']) {
    const box = [...block.querySelectorAll('label')].find((l) => squash(l).startsWith(name))!.querySelector('input')!;
    box.click();
    await c.updateComplete;
  }
  await setValue(control(block, 'Highlight'), 'umbilical-cord-msc-therapy', c);
  await setValue(control(block, 'Highlight label'), 'Offered at our clinic', c);
  button(root, 'Add notices').click();
  await c.updateComplete;
}

describe('composer', () => {
  afterEach(() => {
    localStorage.clear();
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('has no axe violations, empty and with a page composed, in both preview themes and widths', async function () {
    // axe walks the composer and every element in its preview: several seconds each time.
    this.timeout(90_000);
    const c = await freshComposer();
    await expect(c).to.be.accessible();
    await composeExample(c);
    await settle(c);
    await expect(c).to.be.accessible();
    $<HTMLInputElement>(c, 'input[name="theme"]:not(:checked)').click();
    $<HTMLInputElement>(c, 'input[name="width"]:not(:checked)').click();
    await c.updateComplete;
    await settle(c);
    await expect(c).to.be.accessible();
    // The WordPress tab with its shortcodes, and the fallback opened.
    $<HTMLInputElement>(c, 'input[name="platform"][value="wordpress"]').click();
    $<HTMLDetailsElement>(c, 'details.fallback').open = true;
    await c.updateComplete;
    await expect(c).to.be.accessible();
  });

  it('writes the snippet: elements in order, highlight label, brand pair in the head lines', async () => {
    const c = await freshComposer();
    await composeExample(c);
    expect(
      markup(c)
        .split('\n')
        .map((l) => l.replace(/>.*$/, '>')),
    ).to.deep.equal([
      '<ms-study-card study-id="lu-2020" compact>',
      '<treatment-comparison treatment-ids="natalizumab umbilical-cord-msc-therapy" highlight="umbilical-cord-msc-therapy" highlight-label="Offered at our clinic">',
      '<medical-disclaimer kind="educational">',
    ]);
    // The card carries a link for readers without JavaScript.
    expect(markup(c)).to.include('<a href="https://pubmed.ncbi.nlm.nih.gov/');
    await setValue(control(c.shadowRoot!, 'Brand colour'), '#FFCC00', c);
    const head = $<HTMLTextAreaElement>(c, '#head-lines').value;
    expect(head).to.match(/--ms-color-accent: light-dark\(#[0-9a-f]{6}, #ffcc00\);/);
    expect(squash($(c, '#brand-result'))).to.match(
      /Light theme: #ffcc00 has only 1\.\d:1 .* darkened to #[0-9a-f]{6} \(4\.\d:1\)\. Dark theme: #ffcc00 has \d+\.\d:1 .* kept as it is\./,
    );
    // Language and jurisdiction reach every element.
    $<HTMLInputElement>(c, 'input[name="lang"]:not(:checked)').click();
    await c.updateComplete;
    await setValue(control(c.shadowRoot!, 'Jurisdiction (regulator'), 'GB', c);
    for (const line of markup(c).split('\n')) expect(line).to.match(/ jurisdiction="GB" lang="es"|jurisdiction="GB" lang="es"/);
    // The class-based fallback and the shortcodes name the same things.
    expect($<HTMLTextAreaElement>(c, '#fallback-markup').value.split('\n')[0]).to.match(
      /^<div class="ms-study-card" data-study-id="lu-2020" data-compact data-jurisdiction="GB" lang="es"><a href=/,
    );
    $<HTMLInputElement>(c, 'input[name="platform"][value="wordpress"]').click();
    await c.updateComplete;
    expect($<HTMLTextAreaElement>(c, '#shortcodes').value.split('\n')[0]).to.equal(
      '[ms_study_card id="lu-2020" compact jurisdiction="GB"]',
    );
    expect(squash($(c, 'section[aria-labelledby="copy-heading"]'))).to.include('unfiltered_html');
    expect($<HTMLTextAreaElement>(c, '#shortcodes').value.split('\n').slice(1)).to.deep.equal([
      '[ms_treatment_comparison ids="natalizumab umbilical-cord-msc-therapy" highlight="umbilical-cord-msc-therapy" jurisdiction="GB"]',
      '[ms_disclaimer kind="educational" jurisdiction="GB"]',
    ]);
    // What a shortcode cannot carry is said, not dropped.
    expect(squash($(c, '#shortcodes-hint'))).to.include('default label “Highlighted”');
    expect(squash($(c, '#shortcodes-hint'))).to.include('Language: set it once in Settings');
  });

  it('offers the page as static HTML: pre-rendered, with the upgrade line, readable with JavaScript off', async function () {
    this.timeout(30_000);
    const c = await freshComposer();
    await composeExample(c);
    const field = () => $<HTMLTextAreaElement>(c, '#static-markup').value;
    await waitUntil(() => field().match(/<template shadowrootmode="open">/g)?.length === 3, 'the static HTML', { timeout: 10_000 });
    $<HTMLDetailsElement>(c, 'details.static').open = true;
    await c.updateComplete;
    const copied: string[] = [];
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (t: string) => void copied.push(t) }, configurable: true });
    try {
      button(c.shadowRoot!, 'Copy static html').click();
      await waitUntil(() => copied.length === 1, 'the copy');
    } finally {
      Object.defineProperty(navigator, 'clipboard', clipboard);
    }
    const text = copied[0]!;
    expect(text).to.equal(field());
    expect(text).to.match(/^<!-- ms-evidence-elements \d+\.\d+\.\d+: a page of 3 elements from the composer\. Pre-rendered/);
    expect(text.match(/<(ms-study-card|treatment-comparison|medical-disclaimer) data-ms-ssr[ >]/g)).to.deep.equal([
      '<ms-study-card data-ms-ssr ',
      '<treatment-comparison data-ms-ssr ',
      '<medical-disclaimer data-ms-ssr ',
    ]);
    expect(text.trimEnd().split('\n').at(-1)).to.equal('<script type="module" src="/assets/ms-evidence-elements/loader.js"></script>');

    // Pasted into a bare page where no script runs: the declarative shadow roots show the key facts.
    const bare = document.createElement('iframe');
    bare.setAttribute('sandbox', 'allow-same-origin');
    bare.style.cssText = 'width:1000px;height:800px;border:0';
    const loaded = new Promise((r) => bare.addEventListener('load', r, { once: true }));
    bare.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pasted</title></head><body>\n${text}\n</body></html>`;
    document.body.append(bare);
    await loaded;
    try {
      const doc = bare.contentDocument!;
      const seen = (tag: string) => squash(doc.querySelector(tag)!.shadowRoot!.querySelector('[part~="base"]') as HTMLElement);
      expect(doc.querySelector('ms-study-card')!.shadowRoot, 'declarative shadow root').to.exist;
      expect(seen('ms-study-card')).to.include('Investigational — not FDA-approved for MS');
      expect(seen('ms-study-card')).to.match(/(Very low|Low|Moderate|High) certainty/);
      const label = doc.querySelector('ms-study-card')!.shadowRoot!.querySelector<HTMLElement>('[part~="regulatory"]')!;
      expect(label.checkVisibility(), 'the regulatory label is visible').to.equal(true);
      expect(seen('treatment-comparison')).to.include('Natalizumab');
      expect(seen('treatment-comparison')).to.include('Unapproved — not FDA-approved for MS');
      expect(seen('treatment-comparison')).to.include('Offered at our clinic');
      expect(seen('medical-disclaimer')).to.include('For education only');
    } finally {
      bare.remove();
    }
  });

  it('previews the snippet itself, with the brand, in light and dark and at phone width', async () => {
    const c = await freshComposer();
    await composeExample(c);
    await setValue(control(c.shadowRoot!, 'Brand colour'), '#00603c', c);
    const preview = $(c, '.preview');
    await waitUntil(() => preview.querySelector('treatment-comparison')?.shadowRoot?.querySelector('table'), 'comparison to render');
    expect([...preview.children].map((e) => e.localName)).to.deep.equal(['ms-study-card', 'treatment-comparison', 'medical-disclaimer']);
    const comparison = preview.querySelector('treatment-comparison')!;
    const pair = brandPair('#00603c')!;
    expect(getComputedStyle(comparison).getPropertyValue('--ms-color-accent').trim()).to.equal(
      `light-dark(${pair.light.hex}, ${pair.dark.hex})`,
    );
    expect(comparison.getAttribute('theme')).to.equal('light');
    $<HTMLInputElement>(c, 'input[name="theme"]:not(:checked)').click();
    $<HTMLInputElement>(c, 'input[name="width"]:not(:checked)').click();
    await c.updateComplete;
    expect(preview.querySelector('treatment-comparison')!.getAttribute('theme')).to.equal('dark');
    expect(preview.getBoundingClientRect().width).to.be.at.most(375);
  });

  it('asks for a “Not approved” notice when the page shows an unapproved therapy, and adds it', async () => {
    const c = await freshComposer();
    button(c.shadowRoot!, 'Add card: IV/IT hUC-MSCs').click();
    await c.updateComplete;
    expect(squash($(c, '.notice-check'))).to.match(/^Important: this page shows a therapy that is not approved \(.+\)\./);
    button(c.shadowRoot!, 'Add a “Not approved” notice').click();
    await c.updateComplete;
    expect(c.shadowRoot!.querySelector('.notice-check')).to.be.null;
    expect(markup(c).split('\n')[1]).to.match(/^<medical-disclaimer kind="educational not-approved" therapy=".+"><\/medical-disclaimer>$/);
  });

  it('reorders by drag and drop', async () => {
    const c = await freshComposer();
    await composeExample(c);
    const items = () => [...c.shadowRoot!.querySelectorAll<HTMLElement>('.blocks > li')];
    const data = new DataTransfer();
    items()[2]!.dispatchEvent(new DragEvent('dragstart', { dataTransfer: data, bubbles: true }));
    items()[0]!.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
    items()[0]!.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    await c.updateComplete;
    expect(blocksIn(c)).to.deep.equal(['1. Notices', '2. Study card', '3. Comparison']);
    expect(markup(c).split('\n')[0]).to.match(/^<medical-disclaimer/);
  });

  it('keeps the page in the URL and in localStorage, and undoes and redoes', async () => {
    const c = await freshComposer();
    await composeExample(c);
    const state = structuredClone(c.state);
    expect(decodeState(location.hash)).to.deep.equal(state);
    expect(decodeState(localStorage.getItem('ms-composer:page'))).to.deep.equal(state);
    // A link reproduces the page in a composer that has never seen it.
    localStorage.clear();
    history.replaceState(null, '', encodeState(state));
    const other = await fixture<MsComposer>(html`<ms-composer></ms-composer>`);
    expect(markup(other)).to.equal(markup(c));
    // Undo, as a button and as Ctrl+Z.
    button(c.shadowRoot!, 'Undo').click();
    await c.updateComplete;
    expect(blocksIn(c)).to.deep.equal(['1. Study card', '2. Comparison']);
    $<HTMLButtonElement>(c, 'button.redo').focus();
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'z' });
    await sendKeys({ up: 'Control' });
    await c.updateComplete;
    expect(blocksIn(c)).to.have.length(1 + 1);
    expect(markup(c)).not.to.include('highlight-label');
    button(c.shadowRoot!, 'Redo').click();
    await c.updateComplete;
    expect(markup(c)).to.include('highlight-label="Offered at our clinic"');
    // A broken link never breaks the composer.
    expect(decodeState('#page=not-base64!')).to.be.undefined;
    expect(decodeState('#page=' + btoa('{"blocks":[{"kind":"nope"}],"brand":{"color":"red"}}'))!.brand.color).to.equal('#005eb8');
  });

  it('builds a page with the keyboard alone', async () => {
    const c = await freshComposer();
    const root = c.shadowRoot!;
    // Search, then add the card it finds.
    await tabTo((el) => el.id === 'search', 'the search field');
    await sendKeys({ type: 'riordan' });
    await c.updateComplete;
    await tabTo((el) => squash(el).startsWith('Add card'), 'the Add card button');
    await sendKeys({ press: 'Enter' });
    await c.updateComplete;
    expect(blocksIn(c)).to.deep.equal(['1. Study card']);
    // Full layout instead of compact: radio buttons move with the arrow keys.
    await tabTo((el) => (el as HTMLInputElement).name?.startsWith('layout-'), 'the layout radios');
    await sendKeys({ press: 'ArrowRight' });
    await c.updateComplete;
    // Add notices and pick "not approved" with Space.
    await tabTo((el) => squash(el) === 'Add notices', 'Add notices');
    await sendKeys({ press: 'Enter' });
    await c.updateComplete;
    await tabTo((el) => squash(el.parentElement) === 'Not approved (names the therapy)', 'the not-approved checkbox');
    await sendKeys({ press: 'Space' });
    await c.updateComplete;
    await tabTo((el) => el.id.startsWith('th-'), 'the therapy field');
    await sendKeys({ type: 'Stem cell therapy' });
    await sendKeys({ press: 'Tab' });
    await c.updateComplete;
    // Move the notices above the card: Alt+ArrowUp inside the item, then the Move buttons.
    await sendKeys({ down: 'Alt' });
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ up: 'Alt' });
    await c.updateComplete;
    expect(blocksIn(c)).to.deep.equal(['1. Notices', '2. Study card']);
    expect(deepActive()?.classList.contains('block-title')).to.be.true;
    await tabTo((el) => squash(el).startsWith('Move down'), 'Move down');
    await sendKeys({ press: 'Enter' });
    await c.updateComplete;
    expect(blocksIn(c)).to.deep.equal(['1. Study card', '2. Notices']);
    // Focus stays on a Move button of the moved item, so the next press continues.
    expect(squash(deepActive())).to.match(/^Move up: 2\. Notices/);
    await sendKeys({ press: 'Enter' });
    await c.updateComplete;
    expect(blocksIn(c)).to.deep.equal(['1. Notices', '2. Study card']);
    expect(markup(c).split('\n')).to.deep.equal([
      '<medical-disclaimer kind="educational not-approved" therapy="Stem cell therapy"></medical-disclaimer>',
      markup(c).split('\n')[1]!,
    ]);
    expect(markup(c).split('\n')[1]).to.match(/^<ms-study-card study-id="riordan-2018"><a href="https:\/\/doi.org\//); // full layout: no compact
    expect(root.querySelector('[role="status"][aria-live]')!.textContent).to.match(/moved to position 1 of 2/);
  });
});
