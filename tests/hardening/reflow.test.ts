// Reflow and text size (WCAG 1.4.10 and 1.4.4): at 320 px wide, and with text at 200% in a
// 640 px column (a 1280 px window zoomed to 200%), nothing scrolls sideways, nothing is clipped,
// and every word shown at full width is still there.
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/index.js';

type Updating = Element & { updateComplete: Promise<unknown> };

const CASES: [string, TemplateResult][] = [
  ['full study card', html`<ms-study-card study-id="riordan-2018"></ms-study-card>`],
  ['compact study card, open', html`<ms-study-card compact open study-id="jamali-2024"></ms-study-card>`],
  [
    'comparison of three options',
    html`<treatment-comparison treatment-ids="natalizumab ocrelizumab umbilical-cord-msc-therapy"></treatment-comparison>`,
  ],
  ['comparison of a category', html`<treatment-comparison category="disease-modifying-therapy"></treatment-comparison>`],
  [
    'all notices',
    html`<medical-disclaimer
      kind="educational not-approved consult emergency"
      therapy="Umbilical-cord stem cell therapy"
    ></medical-disclaimer>`,
  ],
  [
    'review line',
    html`<ms-review-info
      show-schedule
      reviewer="Dr Alexandra Example-Longname"
      credentials="MD, PhD, FRCP"
      last-reviewed="2026-01-05"
      next-review-due="2027-01-05"
    ></ms-review-info>`,
  ],
  ['problem state', html`<ms-study-card study-id="no-such-study"></ms-study-card>`],
];

/** Words a reader sees (collapsed), from every shadow root, in a set. */
function words(el: Element): Set<string> {
  const text = (el.shadowRoot!.querySelector('[part~="base"]') as HTMLElement).innerText;
  return new Set(text.split(/\s+/).filter(Boolean));
}

/** Places inside the element that scroll sideways or clip their content. */
function overflowing(el: Element): string[] {
  const host = el.getBoundingClientRect();
  const found: string[] = [];
  for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('*')) {
    if (node.closest('.visually-hidden') || node.matches('style, slot')) continue;
    const style = getComputedStyle(node);
    if (style.display === 'none' || style.visibility === 'hidden') continue;
    const box = node.getBoundingClientRect();
    const name = `${node.localName}.${node.className || node.getAttribute('part') || ''}`;
    if (box.width && box.right > host.right + 1) found.push(`${name} sticks out by ${Math.round(box.right - host.right)} px`);
    if (['hidden', 'clip', 'auto', 'scroll'].includes(style.overflowX) && node.scrollWidth > node.clientWidth + 1) {
      found.push(`${name} scrolls or clips ${node.scrollWidth - node.clientWidth} px`);
    }
  }
  return found;
}

async function show(template: TemplateResult, width: string, fontSize = '16px'): Promise<Element> {
  const box = await fixture<HTMLDivElement>(html`<div style="width:${width};font-size:${fontSize}">${template}</div>`);
  const el = box.firstElementChild!;
  await (el as Updating).updateComplete;
  return el;
}

describe('reflow at 320 px and text at 200%', () => {
  const originalWarn = console.warn;
  before(() => (console.warn = () => undefined));
  after(() => (console.warn = originalWarn));

  for (const [name, template] of CASES) {
    it(`${name}: nothing scrolls sideways, is clipped or lost`, async () => {
      const wide = words(await show(template, '1000px'));
      for (const [width, fontSize] of [
        ['320px', '16px'],
        ['640px', '32px'],
      ] as const) {
        const el = await show(template, width, fontSize);
        expect(overflowing(el), `${width} at ${fontSize}`).to.deep.equal([]);
        expect(el.scrollWidth, `${width} at ${fontSize}: host`).to.be.at.most(el.clientWidth + 1);
        const narrow = words(el);
        const lost = [...wide].filter((w) => !narrow.has(w));
        expect(lost, `${width} at ${fontSize}: words shown wide but missing`).to.deep.equal([]);
      }
    });
  }
});
