// The built composer (dist/composer/), end to end: a marketer composes a page, copies the plain-HTML
// snippet, and that snippet pasted into a bare page served with dist/cdn/ renders the same
// elements, with the same text and the same colours, as the composer's preview.
import { expect } from '@open-wc/testing';
import { RECORD_LAYOUT_SHIFTS, layoutShifts, openFrame, openPage, rendered, text, until } from './helpers.js';
import { brandPair } from '../../composer/src/contrast.js';
import { encodeState, initialState, type ComposerState } from '../../composer/src/state.js';

afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

const squash = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

function button(root: ParentNode, name: string): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find((b) => squash(b).startsWith(name));
  if (!found) throw new Error(`no button ${name}`);
  return found;
}

function labelled<T extends HTMLElement>(root: ParentNode & { querySelector: Document['querySelector'] }, label: string): T {
  const l = [...root.querySelectorAll('label')].find((x) => squash(x).startsWith(label))!;
  return (l.htmlFor ? root.querySelector(`#${CSS.escape(l.htmlFor)}`) : l.querySelector('input, select, textarea')) as T;
}

async function edit(el: HTMLInputElement | HTMLSelectElement, value: string, host: { updateComplete: Promise<unknown> }) {
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
  await host.updateComplete;
}

/** rgb(…) of a hex colour, as getComputedStyle writes it. */
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

describe('composer → plain-HTML snippet → bare page with dist/cdn/', () => {
  it('renders the same elements with the same text and colours', async function () {
    this.timeout(60_000);
    localStorage.clear();
    const frame = await openFrame('/dist/composer/index.html');
    frame.style.width = '1400px';
    const win = frame.contentWindow!;
    const doc = frame.contentDocument!;
    await until(() => win.customElements.get('ms-composer'), 'the composer to load');
    const composer = doc.querySelector('ms-composer') as HTMLElement & { updateComplete: Promise<unknown> };
    await composer.updateComplete;
    const root = composer.shadowRoot!;

    // Pick: three cards (one full), a comparison with a labelled highlight, a not-approved notice.
    for (const title of ['Human Umbilical Cord', 'IV/IT hUC-MSCs', 'Clinical feasibility']) {
      button(root, `Add card: ${title}`).click();
      await composer.updateComplete;
    }
    root.querySelectorAll<HTMLInputElement>('.blocks > li:nth-child(2) input[type="radio"]')[1]!.click(); // full layout
    await composer.updateComplete;
    button(root, 'Add comparison').click();
    await composer.updateComplete;
    const comparisonBlock = root.querySelector('.blocks > li:last-child')!;
    for (const name of ['Natalizumab', 'Umbilical']) {
      [...comparisonBlock.querySelectorAll('label')]
        .find((l) => squash(l).startsWith(name))!
        .querySelector('input')!
        .click();
      await composer.updateComplete;
    }
    await edit(labelled(comparisonBlock, 'Highlight'), 'umbilical-cord-msc-therapy', composer);
    await edit(labelled(comparisonBlock, 'Highlight label'), 'Offered at our clinic', composer);
    button(root, 'Add notices').click();
    await composer.updateComplete;
    const notices = root.querySelector('.blocks > li:last-child')!;
    [...notices.querySelectorAll('label')]
      .find((l) => squash(l).startsWith('Not approved'))!
      .querySelector('input')!
      .click();
    await composer.updateComplete;
    await edit(labelled(notices, 'Therapy named'), 'Umbilical-cord stem cell therapy', composer);

    // Brand: an orange that is too light for text on white, so the composer darkens it.
    await edit(labelled(root, 'Brand colour'), '#ff8800', composer);
    const pair = brandPair('#ff8800')!;
    expect(pair.light.adjusted).to.be.true;
    expect(squash(root.querySelector('#brand-result'))).to.include(`darkened to ${pair.light.hex}`);

    // Copy: plain HTML, the library hosted at /dist/cdn.
    await edit(labelled(root, 'Where your site hosts'), '/dist/cdn', composer);
    const copied: string[] = [];
    Object.defineProperty(win.navigator.clipboard, 'writeText', { value: async (t: string) => void copied.push(t), configurable: true });
    button(root, 'Copy head lines').click();
    button(root, 'Copy element markup').click();
    await until(() => copied.length === 2, 'both copies');
    const [head, markup] = copied as [string, string];
    expect(head).to.include('<script type="module" src="/dist/cdn/loader.js"></script>');
    expect(head).to.include(`--ms-color-accent: light-dark(${pair.light.hex}, ${pair.dark.hex});`);
    expect(markup).to.include('highlight-label="Offered at our clinic"');
    expect(markup.match(/<ms-study-card /g)).to.have.length(3);

    // Paste into a bare page.
    const bare = document.createElement('iframe');
    bare.style.cssText = 'width:1000px;height:800px;border:0';
    const loaded = new Promise((r) => bare.addEventListener('load', r, { once: true }));
    bare.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pasted</title>\n${head}\n</head><body>\n${markup}\n</body></html>`;
    document.body.append(bare);
    await loaded;
    const pasted = bare.contentDocument!;
    const selector = 'ms-study-card, treatment-comparison, medical-disclaimer';
    await rendered(pasted, 'ms-study-card, treatment-comparison');
    await until(() => pasted.querySelector('medical-disclaimer')?.shadowRoot?.textContent?.trim(), 'the notice');

    const preview = root.querySelector('.preview')!;
    await until(() =>
      [...preview.querySelectorAll('ms-study-card, treatment-comparison')].every((e) =>
        e.shadowRoot?.querySelector('[part~="base"]:not(.skeleton)'),
      ),
    );
    const mine = [...preview.querySelectorAll(selector)];
    const theirs = [...pasted.querySelectorAll(selector)];
    expect(theirs.map((e) => e.localName)).to.deep.equal([
      'ms-study-card',
      'ms-study-card',
      'ms-study-card',
      'treatment-comparison',
      'medical-disclaimer',
    ]);
    expect(mine.map((e) => e.localName)).to.deep.equal(theirs.map((e) => e.localName));
    const shown = (e: Element) =>
      (e.shadowRoot!.firstElementChild ? (e.shadowRoot as unknown as { textContent: string }).textContent : '').replace(/\s+/g, ' ').trim();
    theirs.forEach((el, i) => {
      const other = mine[i]!;
      expect(el.getAttributeNames().sort(), el.localName).to.deep.equal(
        other
          .getAttributeNames()
          .filter((n) => n !== 'theme')
          .sort(),
      );
      const a = text(el) || shown(el);
      expect(a.length, `${el.localName} ${i} text`).to.be.greaterThan(20);
      expect(a, `${el.localName} ${i} text`).to.equal(text(other) || shown(other));
    });
    expect(text(theirs[3])).to.include('Umbilical-cord mesenchymal stem cell');

    // Colours: the brand's light side on the compact cards' buttons and on links, in both pages.
    const paint = (e: Element) => {
      const btn = e.shadowRoot!.querySelector('button')!;
      const link = e.shadowRoot!.querySelector('a[href]')!;
      const cs = (x: Element) => (x.ownerDocument.defaultView as Window).getComputedStyle(x);
      return { button: cs(btn).borderTopColor, buttonText: cs(btn).color, link: cs(link).color, font: cs(e).fontFamily };
    };
    const expected = rgb(pair.light.hex);
    expect(paint(theirs[0]!)).to.include({ button: expected, buttonText: expected, link: expected });
    expect(paint(theirs[0]!)).to.deep.equal(paint(mine[0]!));
    expect(paint(theirs[2]!)).to.deep.equal(paint(mine[2]!));
    const highlightColour = (e: Element) => {
      const cs = (x: Element) => (x.ownerDocument.defaultView as Window).getComputedStyle(x);
      return [...e.shadowRoot!.querySelectorAll('[aria-pressed="true"], .highlighted, [part~="option-button"]')].map(
        (x) => `${cs(x).color}|${cs(x).borderTopColor}|${cs(x).outlineColor}`,
      );
    };
    expect(highlightColour(theirs[3]!)).to.deep.equal(highlightColour(mine[3]!));
    expect(pasted.defaultView!.getComputedStyle(pasted.documentElement).getPropertyValue('--ms-color-accent').trim()).to.equal(
      `light-dark(${pair.light.hex}, ${pair.dark.hex})`,
    );
  });

  it('offers the page as static HTML: key facts with JavaScript off, taken over in place with it on', async function () {
    this.timeout(60_000);
    localStorage.clear();
    // A page as a link reproduces it: a compact card, a comparison with a highlight, two notices.
    const page: ComposerState = {
      ...initialState(),
      blocks: [
        { kind: 'study', key: 'a', id: 'lu-2020', compact: true },
        {
          kind: 'comparison',
          key: 'b',
          by: 'options',
          category: 'disease-modifying-therapy',
          ids: ['natalizumab', 'umbilical-cord-msc-therapy'],
          criteria: ['aim', 'regulatory', 'evidence', 'route', 'frequency', 'risks'],
          highlight: 'umbilical-cord-msc-therapy',
          highlightLabel: 'Offered at our clinic',
        },
        {
          kind: 'disclaimer',
          key: 'c',
          kinds: ['educational', 'not-approved'],
          therapy: 'Umbilical-cord stem cell therapy',
          jurisdiction: '',
        },
      ],
      host: { base: '/dist/cdn', dataUrl: '/dist/cdn/clinic-studies.json' },
    };
    const frame = await openFrame(`/dist/composer/index.html${encodeState(page)}`);
    frame.style.width = '1400px';
    const win = frame.contentWindow!;
    await until(() => win.customElements.get('ms-composer'), 'the composer to load');
    const composer = frame.contentDocument!.querySelector('ms-composer') as HTMLElement & { updateComplete: Promise<unknown> };
    await composer.updateComplete;
    const root = composer.shadowRoot!;
    const field = () => root.querySelector<HTMLTextAreaElement>('#static-markup')!.value;
    await until(() => field().match(/<template shadowrootmode="open">/g)?.length === 3, 'the static HTML', 10_000);
    const copied: string[] = [];
    Object.defineProperty(win.navigator.clipboard, 'writeText', { value: async (t: string) => void copied.push(t), configurable: true });
    root.querySelector<HTMLDetailsElement>('details.static')!.open = true;
    button(root, 'Copy static html').click();
    button(root, 'Copy head lines').click();
    await until(() => copied.length === 2, 'both copies');
    const [snippet, head] = copied as [string, string];
    expect(snippet).to.include('<script type="module" src="/dist/cdn/loader.js"></script>');
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pasted</title>${head}</head><body><p>Before.</p>${snippet}<p>After.</p></body></html>`;
    const hosts = 'ms-study-card, treatment-comparison, medical-disclaimer';

    // JavaScript off: served as a file would be, in a frame that runs no script.
    const blob = URL.createObjectURL(new Blob([html], { type: 'text/html' }));
    try {
      const off = await openPage(blob, { scripts: false, width: 1000 });
      const [card, comparison, notices] = [...off.doc.querySelectorAll(hosts)];
      expect(text(card)).to.include('Investigational — not FDA-approved for MS');
      expect(text(card)).to.match(/(Very low|Low|Moderate|High) certainty/);
      expect(text(comparison)).to.include('Unapproved — not FDA-approved for MS');
      expect(text(comparison)).to.include('Offered at our clinic');
      expect(text(notices)).to.include('(Umbilical-cord stem cell therapy) is not FDA-approved');
    } finally {
      URL.revokeObjectURL(blob);
    }

    // JavaScript on: loader.js takes each element over: one copy, the same words, no shift, no error.
    const on = await openPage('/dist/composer/index.html', {
      rewrite: () => html.replace('<title>', `${RECORD_LAYOUT_SHIFTS}<title>`),
      width: 1000,
    });
    const els = [...on.doc.querySelectorAll(hosts)] as (HTMLElement & { hasUpdated?: boolean })[];
    // Less the comparison's controls that appear once the script has measured the table (the scroll
    // hint, "Show the whole comparison"): they take their place inside the box, in the same frame.
    const shown = (e: Element) =>
      text(e)
        .replace(/^Scroll for more options [←→] /, '')
        .replace(/ Show the whole comparison(?= )/, '');
    const before = els.map(shown);
    await until(() => els.every((e) => e.hasUpdated), 'every element to take over', 8000);
    await new Promise((r) => setTimeout(r, 300));
    els.forEach((e, i) => {
      expect(e.shadowRoot!.querySelectorAll('[part~="base"]').length, `${e.localName}: one copy`).to.equal(1);
      expect(shown(e), e.localName).to.equal(before[i]);
    });
    expect(layoutShifts(on.win), 'layout shifts').to.deep.equal([]);
    expect(on.win.__errors).to.deep.equal([]);
  });
});
