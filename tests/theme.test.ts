// Light and dark: the reader's colour scheme, or the theme attribute; both accessible.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import '../src/index.js';

const page = (theme?: string) =>
  html`<div>
    <ms-review-info theme=${theme ?? ''} reviewer="Dr A Example" credentials="MD" last-reviewed="2026-01-05"></ms-review-info>
    <ms-study-card theme=${theme ?? ''} strict study-id="riordan-2018"></ms-study-card>
    <ms-study-card theme=${theme ?? ''} compact study-id="jamali-2024"></ms-study-card>
    <treatment-comparison theme=${theme ?? ''} treatment-ids="natalizumab umbilical-cord-msc-therapy"></treatment-comparison>
    <medical-disclaimer
      theme=${theme ?? ''}
      kind="educational not-approved consult emergency"
      therapy="Stem cell therapy"
    ></medical-disclaimer>
    <ms-study-card theme=${theme ?? ''} study-id="no-such-study"></ms-study-card>
  </div>`;

const settle = async (root: Element) => {
  for (const el of root.children) await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
};
const background = (el: Element) => getComputedStyle(el.shadowRoot!.querySelector('[part~="base"]')!).backgroundColor;

describe('themes', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  it('theme="dark" gives a dark palette that passes axe', async () => {
    const root = await fixture(page('dark'));
    await settle(root);
    expect(background(root.querySelector('ms-study-card')!)).to.equal('rgb(27, 35, 41)');
    await expect(root).to.be.accessible();
  });

  it('stays light on a light page even when the reader prefers dark', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const root = await fixture(page());
    await settle(root);
    for (const el of root.children) expect(background(el), el.localName).not.to.equal('rgb(27, 35, 41)');
    expect(background(root.querySelector('ms-study-card')!)).to.equal('rgb(255, 255, 255)');
    await expect(root).to.be.accessible();
  });

  it("follows the reader's dark preference when the page declares color-scheme: light dark", async () => {
    await emulateMedia({ colorScheme: 'dark' });
    document.documentElement.style.colorScheme = 'light dark';
    try {
      const root = await fixture(page());
      await settle(root);
      expect(background(root.querySelector('ms-study-card')!)).to.equal('rgb(27, 35, 41)');
      await expect(root).to.be.accessible();
    } finally {
      document.documentElement.style.colorScheme = '';
    }
  });

  it('follows it when the page has <meta name="color-scheme" content="light dark">', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const meta = Object.assign(document.createElement('meta'), { name: 'color-scheme', content: 'light dark' });
    document.head.append(meta);
    try {
      const root = await fixture(page());
      await settle(root);
      expect(background(root.querySelector('ms-study-card')!)).to.equal('rgb(27, 35, 41)');
    } finally {
      meta.remove();
    }
  });

  it('theme="auto" follows the reader\'s dark colour scheme, and theme="light" overrides it', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const root = await fixture(page('auto'));
    await settle(root);
    expect(background(root.querySelector('ms-study-card')!)).to.equal('rgb(27, 35, 41)');
    await expect(root).to.be.accessible();
    const light = await fixture(page('light'));
    await settle(light);
    expect(background(light.querySelector('ms-study-card')!)).to.equal('rgb(255, 255, 255)');
    await expect(light).to.be.accessible();
  });

  it('a clinic rebrands through custom properties and ::part only', async () => {
    const root = await fixture(
      html`<div>
        <style>
          .clinic {
            --ms-color-accent: rgb(0, 90, 60);
            --ms-color-link: rgb(0, 90, 60);
            --ms-radius: 0;
            --ms-font-family: Georgia, serif;
          }
          .clinic::part(title) {
            text-transform: uppercase;
          }
        </style>
        <ms-study-card class="clinic" study-id="lu-2020"></ms-study-card>
      </div>`,
    );
    const card = root.querySelector('ms-study-card')!;
    await (card as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const title = card.shadowRoot!.querySelector('[part="title"]')!;
    expect(getComputedStyle(title).textTransform).to.equal('uppercase');
    expect(getComputedStyle(card.shadowRoot!.querySelector('a')!).color).to.equal('rgb(0, 90, 60)');
    expect(getComputedStyle(card).fontFamily).to.contain('Georgia');
    await expect(root).to.be.accessible();
  });
});

describe('forced colours (Windows high contrast)', () => {
  afterEach(() => executeServerCommand('forced-colors', { active: false }));

  it('keeps every border, badge and callout edge visible in the system text colour', async () => {
    await executeServerCommand('forced-colors', { active: true });
    expect(matchMedia('(forced-colors: active)').matches).to.be.true;
    const root = await fixture(page());
    await settle(root);
    const canvasText = (() => {
      const probe = document.createElement('span');
      probe.style.color = 'CanvasText';
      document.body.append(probe);
      const c = getComputedStyle(probe).color;
      probe.remove();
      return c;
    })();
    const [, card, compact, comparison, disclaimer] = [...root.children];
    const edges: [Element, string, 'borderTopColor' | 'borderInlineStartColor'][] = [
      [card!, '.card', 'borderTopColor'],
      [card!, '[part~="regulatory"]', 'borderTopColor'],
      [card!, '[part~="certainty"] .meter span', 'borderTopColor'],
      [card!, '.notices li', 'borderInlineStartColor'],
      [card!, '[part~="summary"]', 'borderInlineStartColor'],
      [compact!, '[part~="toggle"]', 'borderTopColor'],
      [comparison!, 'tbody td', 'borderTopColor'],
      [comparison!, 'thead th.highlighted, thead th', 'borderTopColor'],
      [disclaimer!, '[part~="notice"]', 'borderInlineStartColor'],
    ];
    for (const [host, selector, side] of edges) {
      const el = host.shadowRoot!.querySelector(selector);
      expect(el, `${host.localName} ${selector}`).to.exist;
      const style = getComputedStyle(el!);
      expect(style[side], `${host.localName} ${selector} ${side}`).to.equal(canvasText);
      expect(
        parseFloat(side === 'borderTopColor' ? style.borderTopWidth : style.borderInlineStartWidth),
        `${selector} width`,
      ).to.be.greaterThan(0);
    }
  });
});
