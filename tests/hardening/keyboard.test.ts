// Keyboard only: Tab reaches every interactive part of every element in reading order, each with a
// visible focus indicator; Shift+Tab walks back the same way; Enter and Space operate each part.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';

type Updating = Element & { updateComplete: Promise<unknown> };

/** The focused element, looking through shadow roots. */
function deepActive(): Element | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/** "host#id › element (text)" for the focused element. */
function describe_(el: Element | null): string {
  if (!el) return '(nothing)';
  const host = (el.getRootNode() as ShadowRoot).host;
  const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
  return `${host ? `${host.localName}#${host.id} › ` : ''}${el.localName}${el.getAttribute('part') ? `[${el.getAttribute('part')}]` : ''} ${name}`;
}

/** A focus indicator that differs from the unfocused look: an outline or the focus colours. */
function focusVisible(el: Element): boolean {
  const style = getComputedStyle(el);
  const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && style.outlineColor !== 'rgba(0, 0, 0, 0)';
  const highlighted = style.backgroundColor === 'rgb(255, 235, 59)'; // --ms-color-focus, #ffeb3b
  return outlined || highlighted;
}

async function tabs(count: number, backwards = false): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < count; i++) {
    if (backwards) {
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
    } else await sendKeys({ press: 'Tab' });
    const el = deepActive();
    seen.push(describe_(el));
    if (el?.id === 'after' || el?.id === 'before') break;
    expect(focusVisible(el!), `visible focus on ${describe_(el)}`).to.be.true;
  }
  return seen;
}

describe('keyboard only', function () {
  this.timeout(30000);
  let page: HTMLElement;
  const originalWarn = console.warn;
  beforeEach(async () => {
    console.warn = () => undefined;
    page = await fixture(
      html`<div style="width: 60em">
        <button id="before">before</button>
        <ms-review-info id="review" reviewer="Dr A Example" last-reviewed="2026-01-05"></ms-review-info>
        <medical-disclaimer id="notice" kind="not-approved" therapy="Stem cell therapy"></medical-disclaimer>
        <ms-study-card id="full" study-id="lu-2020"></ms-study-card>
        <ms-study-card id="compact" compact study-id="riordan-2018"></ms-study-card>
        <treatment-comparison id="table" treatment-ids="natalizumab umbilical-cord-msc-therapy"></treatment-comparison>
        <ms-study-card id="failed" src="/test-api/status/500"></ms-study-card>
        <button id="after">after</button>
      </div>`,
    );
    for (const el of page.querySelectorAll('*')) if ('updateComplete' in el) await (el as Updating).updateComplete;
    page.querySelector<HTMLButtonElement>('#before')!.focus();
  });
  afterEach(() => (console.warn = originalWarn));

  it('Tab reaches every interactive part in reading order, each visibly focused, and leaves', async () => {
    const order = await tabs(60);
    expect(order.at(-1)).to.match(/^button after/);
    const expected = [
      /^ms-study-card#full › button\[skip\] Skip to the next study/,
      /^ms-study-card#full › button\[toggle\] Show study details/,
      /^ms-study-card#full › a PubMed PMID 33013641: IV\/IT/,
      /^ms-study-card#full › a DOI 10.3389\/fneur.2020.00967: IV\/IT/,
      /^ms-study-card#full › a Free full text \(PubMed Central\) PMC/,
      /^ms-study-card#compact › button\[skip\] Skip to the next study/,
      /^ms-study-card#compact › button\[toggle\] Show study details/,
      /^treatment-comparison#table › div\[scroller\]/,
      /^treatment-comparison#table › button\[option-button\] Natalizumab/,
      /^treatment-comparison#table › button\[option-button\] Umbilical/,
      /^treatment-comparison#table › a Source for AFFIRM/,
      /^treatment-comparison#table › summary Where this is from/,
      /^ms-study-card#failed › button\[retry\] Retry/,
    ];
    let at = 0;
    for (const pattern of expected) {
      const found = order.findIndex((d, i) => i >= at && pattern.test(d));
      expect(found, `${pattern} in order, after position ${at}:\n${order.join('\n')}`).to.be.greaterThan(-1);
      at = found + 1;
    }
    // Nothing focusable that a reader could not see or use: no focus on hidden parts.
    expect(order.filter((d) => /\(nothing\)|› (div|span|p|section)\b(?!\[scroller\])/.test(d))).to.deep.equal([]);
  });

  it('Shift+Tab walks back through the same parts', async () => {
    const forward = await tabs(60);
    const backward = await tabs(60, true);
    expect(backward.at(-1)).to.match(/^button before/);
    expect(backward.slice(0, -1)).to.deep.equal(forward.slice(0, -1).reverse());
  });

  it('Enter and Space operate the disclosure, the author list, the option buttons and Retry', async () => {
    const compact = page.querySelector('#compact')!;
    const toggle = compact.shadowRoot!.querySelector<HTMLButtonElement>('[part~="toggle"]')!;
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await (compact as Updating).updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Space' });
    await (compact as Updating).updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');

    const summary = page.querySelector('#table')!.shadowRoot!.querySelector('summary')!;
    summary.focus();
    await sendKeys({ press: 'Enter' });
    expect(summary.parentElement!.hasAttribute('open')).to.be.true;

    const table = page.querySelector('#table')!;
    const option = table.shadowRoot!.querySelector<HTMLButtonElement>('[part~="option-button"]')!;
    option.focus();
    const selected = oneEvent(table, 'ms-treatment-select');
    await sendKeys({ press: 'Space' });
    expect((await selected).detail.id).to.equal('natalizumab');

    const failed = page.querySelector('#failed')!;
    failed.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await (failed as Updating).updateComplete;
    // It failed again: focus stays in the element, on its message, so the reader hears it.
    expect(describe_(deepActive())).to.match(/^ms-study-card#failed › div\[base problem\]/);
  });

  it('the table region has no horizontal scroller to operate when narrow (stacked cards instead)', async () => {
    page.style.width = '20em';
    const table = page.querySelector('#table')!;
    await (table as Updating).updateComplete;
    // Narrow, the comparison turns into stacked cards: no horizontal scrolling at all.
    const scroller = table.shadowRoot!.querySelector<HTMLElement>('[part~="scroller"]')!;
    expect(scroller.checkVisibility()).to.be.false;
    expect(table.scrollWidth).to.be.at.most(table.clientWidth);
  });
});
