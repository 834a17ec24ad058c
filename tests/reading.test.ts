// Patient-first reading (issue #12): key messages first, the rest one click away, placeholders
// that match, landmarks that stay unique with many cards, and a whole page that passes axe.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { setLocale, getLocale } from '../src/components/shared/locale.js';
import '../src/index.js';
import type { MsStudyCard } from '../src/ms-study-card.js';
import { CARD_RESERVATIONS } from '../src/components/ms-study-card/reservations.js';

type Updating = HTMLElement & { updateComplete: Promise<unknown> };
const settle = async (root: Element) => {
  for (const el of root.querySelectorAll('ms-study-card, treatment-comparison, medical-disclaimer, ms-review-info'))
    await (el as Updating).updateComplete;
};
const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const seen = (node: Element | null | undefined) => ((node as HTMLElement | null | undefined)?.innerText ?? '').replace(/\s+/g, ' ').trim();

describe('study card: key messages first', () => {
  it('opens with "In short" right after the title, the details closed behind a button', async () => {
    const el = await fixture<MsStudyCard>(html`<ms-study-card study-id="riordan-2018"></ms-study-card>`);
    const base = part(el, 'base')!;
    const order = [...base.children].map((c) => c.getAttribute('part') ?? c.localName);
    expect(order.indexOf('summary')).to.equal(order.indexOf('header') + 1);
    expect(order.indexOf('summary')).to.be.lessThan(order.indexOf('body'));
    const summary = seen(part(el, 'summary'));
    expect(summary).to.match(/^In short What was tested:? .*20 people with MS/);
    expect(summary).to.contain('What happened: Disability (EDSS): improved.');
    expect(summary).to.contain('How sure we can be: Very low certainty, mainly because there was no control group');
    expect(summary).to.contain('Approval: ⚠ Regulatory status: Investigational — not FDA-approved for MS');
    expect(summary).to.contain('Known harms: No serious adverse events reported among 20 people. Common: headache and fatigue.');
    const toggle = part(el, 'toggle') as HTMLButtonElement;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(part(el, 'body')!.checkVisibility()).to.be.false;
    expect(seen(base)).not.to.contain('Not reported');
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(part(el, 'body')!.checkVisibility()).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('says nothing about an outcome role the study did not state', async () => {
    const el = await fixture<MsStudyCard>(html`<ms-study-card open study-id="riordan-2018"></ms-study-card>`);
    expect(seen(part(el, 'base'))).not.to.contain('role not stated');
    expect(seen(part(el, 'base'))).not.to.contain('DOI DOI');
  });

  it('prints everything: the details and the links of a closed compact card', async () => {
    const el = await fixture<MsStudyCard>(html`<ms-study-card compact study-id="riordan-2018"></ms-study-card>`);
    await emulateMedia({ media: 'print' });
    try {
      for (const name of ['body', 'footer']) expect(part(el, name)!.checkVisibility(), name).to.be.true;
      expect(part(el, 'skip')!.checkVisibility()).to.be.false;
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });
});

describe('many cards on a page', () => {
  const three = () =>
    fixture(
      html`<div>
        <ms-study-card id="a" study-id="jamali-2024"></ms-study-card>
        <ms-study-card id="b" open study-id="lu-2020"></ms-study-card>
        <ms-study-card id="c" open study-id="riordan-2018"></ms-study-card>
        <p><a href="#after">After the cards</a></p>
      </div>`,
    );

  it('names no landmark inside a card, so landmark-unique holds with three open cards', async () => {
    const root = await three();
    await settle(root);
    for (const card of root.querySelectorAll('ms-study-card')) {
      expect(card.shadowRoot!.querySelectorAll('section[aria-label], section[aria-labelledby], [role="region"]').length).to.equal(0);
    }
    await expect(root).to.be.accessible();
  });

  it('"Skip to the next study" moves focus to the next card, and past the last one', async () => {
    const root = await three();
    await settle(root);
    const [a, b, c] = [...root.querySelectorAll<MsStudyCard>('ms-study-card')];
    const skip = part(a!, 'skip')!;
    expect(skip.localName).to.equal('button');
    expect(skip.textContent!.trim()).to.equal('Skip to the next study');
    skip.focus();
    await sendKeys({ press: 'Enter' });
    expect(b!.shadowRoot!.activeElement).to.equal(part(b!, 'base'));
    const last = part(c!, 'skip')!;
    expect(last.textContent!.trim()).to.equal('Skip to the end of this study');
    last.focus();
    await sendKeys({ press: 'Enter' });
    expect(c!.shadowRoot!.activeElement!.id).to.equal('end');
  });
});

describe('placeholders', () => {
  // One width inside each band of the card's reservations (reservations.ts), in px of 16 px em.
  const widths = CARD_RESERVATIONS.map((r, i) => {
    const wider = CARD_RESERVATIONS[i - 1]?.below;
    return Math.round(16 * (r.below === undefined ? 60 : wider === undefined ? r.below - 1 : (r.below + Math.max(r.below - 4, 15)) / 2));
  });

  /** Heights of a default and a compact card in a column of each width, before any script (the page stylesheet alone). */
  const placeholders = async () => {
    const f = document.createElement('iframe');
    f.style.cssText = 'inline-size:1200px;block-size:800px;border:0';
    f.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8" />
      <link rel="stylesheet" href="/src/cdn/ms-evidence-elements.css" />
      <style>body{margin:0;font-family:system-ui,sans-serif;line-height:1.5}</style></head><body>
      ${widths.map((w) => `<div style="inline-size:${w}px"><ms-study-card></ms-study-card><ms-study-card compact></ms-study-card></div>`).join('')}
      </body></html>`;
    const loaded = new Promise((r) => f.addEventListener('load', r, { once: true }));
    document.body.append(f);
    await loaded;
    const heights = [...f.contentDocument!.querySelectorAll('ms-study-card')].map((el) => Math.round(el.getBoundingClientRect().height));
    f.remove();
    return heights;
  };

  it('a loading card takes exactly what the page stylesheet reserved, in every band of widths', async () => {
    const reserved = await placeholders();
    const el = await fixture(
      html`<div style="font-family:system-ui,sans-serif;line-height:1.5">
        ${widths.map(
          (w) =>
            html`<div style="inline-size:${w}px">
              <ms-study-card src="/test-api/slow/riordan-2018?ms=30000"></ms-study-card>
              <ms-study-card compact src="/test-api/slow/riordan-2018?ms=30000"></ms-study-card>
            </div>`,
        )}
      </div>`,
    );
    const cards = [...el.querySelectorAll('ms-study-card')];
    await waitUntil(() => cards.every((c) => c.shadowRoot?.querySelector('.skeleton')), 'the cards did not show their skeleton');
    const loading = cards.map((c) => Math.round(c.getBoundingClientRect().height));
    const labelled = (hs: number[]) => hs.map((h, i) => `${widths[i >> 1]} px ${i % 2 ? 'compact' : 'default'}: ${h} px`);
    expect(labelled(loading)).to.deep.equal(labelled(reserved));
    // The bands really differ: a phone's column reserves more than a wide page's.
    expect(reserved[reserved.length - 2]).to.be.greaterThan(reserved[0]! * 1.5);
  });
});

/**
 * Every element, as a page stacks them, measured twice in a frame of the given width: before its
 * script (the placeholder stylesheet alone) and rendered. Frames, so that media queries see the
 * frame's width and `:not(:defined)` is what the page's stylesheet really meets.
 */
describe('placeholders reserve each element’s rendered height, within 5%', () => {
  const STACK = `
    <ms-review-info reviewer="Dr A Example" credentials="MD, Neurologist" last-reviewed="2026-01-05"></ms-review-info>
    <ms-review-info reviewer="Dr A Example" credentials="MD" last-reviewed="2026-01-05"><p>Reviewed against the 2025 guidance.</p></ms-review-info>
    <ms-study-card study-id="riordan-2018"></ms-study-card>
    <ms-study-card compact study-id="lu-2020"></ms-study-card>
    <treatment-comparison treatment-ids="natalizumab ocrelizumab"></treatment-comparison>
    <treatment-comparison treatment-ids="disease-modifying-therapies corticosteroids symptom-management rehabilitation lifestyle-and-support"></treatment-comparison>
    <treatment-comparison category="disease-modifying-therapy" highlight="ocrelizumab" highlight-label="Offered at this clinic"></treatment-comparison>
    <treatment-comparison treatment-ids="umbilical-cord-msc-therapy natalizumab" criteria="aim,regulatory,evidence,benefits,risks,monitoring,limitations"></treatment-comparison>
    <treatment-comparison treatment-ids="rehabilitation" criteria="aim"></treatment-comparison>
    <medical-disclaimer kind="not-approved" therapy="Umbilical-cord stem cell therapy"></medical-disclaimer>
    <medical-disclaimer kind="educational consult emergency"></medical-disclaimer>
    <medical-disclaimer></medical-disclaimer>
    <ms-evidence-provider><ms-study-card compact study-id="jamali-2024"></ms-study-card></ms-evidence-provider>`;
  const TAGS = 'ms-study-card, treatment-comparison, medical-disclaimer, ms-review-info';

  const frame = async (width: number, column: string, script: boolean) => {
    const f = document.createElement('iframe');
    f.style.cssText = `inline-size:${width}px;block-size:800px;border:0`;
    f.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8" />
      <link rel="stylesheet" href="/src/cdn/ms-evidence-elements.css" />
      ${script ? '<script type="module" src="/src/index.ts"></script>' : ''}
      <style>body{margin:0;font-family:system-ui,sans-serif;line-height:1.5}main{max-width:${column};margin:0 auto;padding:1rem;display:grid;gap:1.5rem}</style>
      </head><body><main>${STACK}</main></body></html>`;
    const loaded = new Promise((r) => f.addEventListener('load', r, { once: true }));
    document.body.append(f);
    await loaded;
    const doc = f.contentDocument!;
    if (script) {
      const win = f.contentWindow! as Window & typeof globalThis;
      await waitUntil(() => win.customElements.get('ms-review-info') !== undefined, 'the elements were not defined', { timeout: 10000 });
      for (const el of doc.querySelectorAll(TAGS)) await (el as Updating).updateComplete;
      await waitUntil(() => [...doc.querySelectorAll(TAGS)].every((el) => el.shadowRoot?.querySelector('[part~="base"]:not(.skeleton)')));
    }
    await doc.fonts.ready;
    const heights = [...doc.querySelectorAll(TAGS)].map((el) => ({
      what: `<${el.localName} ${[...el.attributes].map((a) => `${a.name}="${a.value}"`).join(' ')}>`,
      height: el.getBoundingClientRect().height,
    }));
    f.remove();
    return heights;
  };

  // Cards reserve by their own width (container queries), so a CMS content column on a desktop
  // screen is held to the same 5% as the page's full width and a phone. Disclaimers reserve by
  // the screen's width: their wrapping depends on the page's font (see src/elements.ts).
  for (const [name, width, column, only] of [
    ['desktop, 1280 px', 1280, '52rem', TAGS],
    ['a 650 px CMS column on a desktop (all but disclaimers)', 1280, '650px', 'ms-study-card, treatment-comparison, ms-review-info'],
    ['phone, 375 px', 375, '52rem', TAGS],
  ] as const) {
    it(name, async function () {
      this.timeout(30000);
      const before = await frame(width, column, false);
      const after = await frame(width, column, true);
      expect(before).to.have.length(after.length);
      // Labelled as the page wrote them (elements reflect attributes once defined).
      const off = before
        .map((b, i) => ({ ...b, reserved: Math.round(b.height), rendered: Math.round(after[i]!.height) }))
        .filter((a) => only.split(', ').some((tag) => a.what.startsWith(`<${tag} `)))
        .filter((a) => Math.abs(a.reserved - a.rendered) > 0.05 * a.rendered)
        .map((a) => `${a.what}: reserved ${a.reserved} px, rendered ${a.rendered} px`);
      expect(off, off.join('\n')).to.deep.equal([]);
    });
  }

  it('the comparison’s box has one height, in the page stylesheet and in the element', async () => {
    const css = await (await fetch('/src/cdn/ms-evidence-elements.css')).text();
    const { styles } = await import('../src/components/treatment-comparison/treatment-comparison.styles.js');
    const box = (source: string) => source.match(/var\(--treatment-comparison-block-size, ([0-9.]+em)\)/)?.[1];
    expect(box(css)).to.equal('32em');
    expect(box(styles.cssText)).to.equal(box(css));
  });
});

describe('a page with three cards, two comparisons and every disclaimer', () => {
  const page = (theme = '') =>
    html`<div>
      <ms-review-info theme=${theme} reviewer="Dr A Example" credentials="MD" last-reviewed="2026-01-05"></ms-review-info>
      <medical-disclaimer theme=${theme} kind="not-approved" therapy="Umbilical-cord stem cell therapy"></medical-disclaimer>
      <ms-study-card theme=${theme} compact study-id="jamali-2024"></ms-study-card>
      <ms-study-card theme=${theme} study-id="lu-2020"></ms-study-card>
      <ms-study-card theme=${theme} open study-id="riordan-2018"></ms-study-card>
      <treatment-comparison
        theme=${theme}
        caption="Kinds of MS care compared"
        treatment-ids="disease-modifying-therapies corticosteroids symptom-management rehabilitation lifestyle-and-support"
      ></treatment-comparison>
      <treatment-comparison
        theme=${theme}
        caption="Medicines compared"
        treatment-ids="natalizumab dimethyl-fumarate"
        highlight="natalizumab"
        highlight-label="Offered at this clinic"
      ></treatment-comparison>
      <medical-disclaimer theme=${theme} kind="educational consult emergency"></medical-disclaimer>
    </div>`;

  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light' });
    await setLocale('en');
  });

  for (const [name, theme, lang] of [
    ['light, English', 'light', 'en'],
    ['dark, English', 'dark', 'en'],
    ['light, Spanish', 'light', 'es'],
    ['dark, Spanish', 'dark', 'es'],
  ] as const) {
    it(`passes axe, best practice included (${name})`, async () => {
      if (lang === 'es') await setLocale('es');
      const root = await fixture(html`<div lang=${lang}>${page(theme)}</div>`);
      if (lang === 'es') await waitUntil(() => getLocale() === 'es');
      await settle(root);
      const comparison = root.querySelectorAll('treatment-comparison')[1]!;
      expect(seen(comparison.shadowRoot!.querySelector('thead th.highlighted'))).to.contain('Offered at this clinic');
      await expect(root).to.be.accessible();
    });
  }
});
