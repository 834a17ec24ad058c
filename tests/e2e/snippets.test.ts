// The pre-rendered CMS snippets in dist/snippets/ (scripts/build-snippets.ts): readable with
// JavaScript off, and taken over in place by loader.js with it on.
import { expect } from '@open-wc/testing';
import { RECORD_LAYOUT_SHIFTS, layoutShifts, openPage, text, until } from './helpers.js';

afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

interface Listed {
  file: string;
  element: string;
  label: string;
}
const list = async (): Promise<Listed[]> => (await fetch('/dist/snippets/snippets.json')).json() as Promise<Listed[]>;

/**
 * Text a reader sees, without the comparison's controls that appear only once the script measures
 * the table: the scroll hint and the "Show the whole comparison" button (inside the reserved box).
 */
const shownText = (el: Element) =>
  text(el)
    .replace(/^Scroll for more options → /, '')
    .replace(/ Show the whole comparison(?= )/, '');

/** What a reader must see in each kind of snippet, scripts or not. */
function expectKeyFacts(el: Element, s: Listed): void {
  const shown = text(el);
  if (s.element === 'ms-study-card') {
    expect(shown, s.file).to.contain('What was tested');
    expect(shown, s.file).to.match(/(Very low|Low|Moderate|High) certainty/);
    expect(shown, s.file).to.contain('Investigational — not FDA-approved for MS');
    const label = el.shadowRoot!.querySelector('[part~="regulatory"]') as HTMLElement;
    expect(label.checkVisibility(), `${s.file}: the regulatory label is visible`).to.equal(true);
  } else if (s.element === 'treatment-comparison') {
    expect(el.shadowRoot!.querySelector('table caption')?.textContent?.trim(), s.file).not.to.equal('');
    expect(shown, s.file).to.match(/certainty|Certainty/);
    if (/cell-therapy|categories/.test(s.file)) expect(shown, s.file).to.contain('Unapproved — not FDA-approved for MS');
  } else {
    expect(el.shadowRoot!.querySelector('h2, h3, h4')?.textContent?.trim(), s.file).not.to.equal('');
    if (s.file.includes('not-approved')) expect(shown, s.file).to.contain('(Stem cell therapy) is not FDA-approved');
  }
}

/** A page as a CMS would serve it, with the snippet pasted between two paragraphs. */
const page = (snippet: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="stylesheet" href="/dist/cdn/ms-evidence-elements.css">` +
  RECORD_LAYOUT_SHIFTS +
  `</head><body><p>Before the snippet.</p>${snippet.replace('/assets/ms-evidence-elements/loader.js', '/dist/cdn/loader.js')}<p id="after">After the snippet.</p></body></html>`;

describe('pre-rendered snippets (dist/snippets)', () => {
  it('cover every bundled study, comparison and disclaimer, each with the upgrade line', async () => {
    const snippets = await list();
    const data = (await (await fetch('/data/studies.json')).json()) as { studies: { id: string }[] };
    for (const { id } of data.studies) expect(snippets.map((s) => s.file)).to.include(`ms-study-card/${id}.html`);
    expect(snippets.filter((s) => s.element === 'treatment-comparison').length).to.be.greaterThan(1);
    expect(snippets.filter((s) => s.element === 'medical-disclaimer').map((s) => s.file)).to.include(
      'medical-disclaimer/not-approved.html',
    );
    for (const s of snippets) {
      const html = await (await fetch(`/dist/snippets/${s.file}`)).text();
      expect(html, s.file).to.contain('shadowrootmode="open"');
      expect(html, s.file).to.contain('<script type="module" src="/assets/ms-evidence-elements/loader.js"></script>');
    }
  });

  it('show the key facts and the regulatory label with JavaScript off', async () => {
    for (const s of await list()) {
      const { doc } = await openPage(`/dist/snippets/${s.file}`, { scripts: false });
      const el = doc.querySelector(s.element)!;
      expect(el.shadowRoot, `${s.file}: declarative shadow root`).to.exist;
      expectKeyFacts(el, s);
      document.querySelectorAll('iframe').forEach((f) => f.remove());
    }
  });

  // The widths where the comparison changes layout: stacked cards on a phone, a 650 px CMS column,
  // a table that scrolls sideways (its hint and edge shadows appear), and one that fits.
  for (const width of [375, 650, 900, 1280]) {
    it(`are taken over in place by loader.js at ${width} px: one copy, the same content, no layout shift, no error`, async function () {
      this.timeout(60_000);
      for (const s of await list()) {
        const { doc, win } = await openPage(`/dist/snippets/${s.file}`, { rewrite: page, width });
        const el = doc.querySelector(s.element) as HTMLElement & { hasUpdated?: boolean };
        const before = shownText(el);
        await until(() => win.customElements.get(s.element) && el.hasUpdated, `${s.file} to be defined and rendered`, 8000);
        await new Promise((r) => setTimeout(r, 300));
        expect(el.shadowRoot!.querySelectorAll('[part~="base"]').length, `${s.file}: one copy`).to.equal(1);
        expect(shownText(el), s.file).to.equal(before);
        expectKeyFacts(el, s);
        // Exactly none: every control the script adds once it has measured (the comparison's scroll
        // hint and "Show the whole comparison") appears in the same frame as the takeover, inside
        // the box the snippet already occupied.
        expect(layoutShifts(win), `${s.file}: layout shifts`).to.deep.equal([]);
        expect(win.__errors, s.file).to.deep.equal([]);
        document.querySelectorAll('iframe').forEach((f) => f.remove());
      }
    });
  }
});
