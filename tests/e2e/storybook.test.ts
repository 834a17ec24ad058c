// Storybook for designers, checked in the built Storybook (storybook-static/, from
// `npm run build-storybook`; `npm run test:e2e` builds it): docs pages a designer reads rather
// than scrolls, real type, colour pickers, no internals, the guides' text visible.
import { expect } from '@open-wc/testing';
import { openFrame, until } from './helpers.js';

afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

/** The study card's docs page measured 36,725 px before this change (43,315 px here at 1200 px wide). */
const CARD_DOCS_BEFORE = 36_725;

async function docs(id: string): Promise<Document> {
  const frame = await openFrame(`/storybook-static/iframe.html?viewMode=docs&id=${id}`);
  frame.style.cssText = 'width:1200px;height:900px;border:0';
  const doc = frame.contentDocument!;
  await until(() => doc.querySelector('.sbdocs-title'), `the docs page ${id}`, 20_000);
  await until(
    () => doc.querySelector('.docblock-argstable tbody tr, .docs-story') || doc.body.innerText.length > 200,
    'its content',
    20_000,
  );
  // Let the primary story's element fetch its data and render.
  await new Promise((r) => setTimeout(r, 2500));
  return doc;
}

describe('the built Storybook', function () {
  this.timeout(60_000);

  it('shows each element’s primary story with its controls, and nothing else; the card’s page is a quarter of its old height', async () => {
    for (const tag of ['ms-study-card', 'treatment-comparison', 'medical-disclaimer', 'ms-review-info', 'ms-evidence-provider']) {
      const doc = await docs(`elements-${tag}--docs`);
      expect(doc.querySelectorAll('.docs-story'), tag).to.have.length(1);
      expect(doc.querySelectorAll('.docblock-argstable'), tag).to.have.length(1);
      if (tag === 'ms-study-card') {
        const height = doc.documentElement.scrollHeight;
        expect(height).to.be.at.most(CARD_DOCS_BEFORE / 4);
        const names = [...doc.querySelectorAll('.docblock-argstable tbody tr td:first-child')].map((td) => td.textContent!.trim());
        for (const internal of ['memo', 'resolution', 'fetch', 'pending', 'inlineJson', 'tag', 'i18n', 'unapprovedTherapy'])
          expect(
            names.some((n) => n.startsWith(internal)),
            internal,
          ).to.be.false;
        expect(names.some((n) => n.startsWith('studyId'))).to.be.true;
        // Colour tokens have a colour picker; the others a text field.
        const accent = [...doc.querySelectorAll('.docblock-argstable tbody tr')].find((r) =>
          r.querySelector('td')!.textContent!.startsWith('--ms-color-accent'),
        )!;
        expect(accent.querySelector('button[aria-label="Open color picker"]')).to.exist;
        const radius = [...doc.querySelectorAll('.docblock-argstable tbody tr')].find((r) =>
          r.querySelector('td')!.textContent!.startsWith('--ms-radius'),
        )!;
        expect(radius.querySelector('button[aria-label="Open color picker"]')).to.be.null;
      }
      doc.defaultView!.frameElement!.remove();
    }
  });

  it('shows the stories in a real font stack, not the browser’s Times', async () => {
    const frame = await openFrame('/storybook-static/iframe.html?viewMode=story&id=elements-ms-study-card--lu-2020');
    const doc = frame.contentDocument!;
    await until(() => doc.querySelector('ms-study-card')?.shadowRoot?.querySelector('h3'), 'the card', 20_000);
    const card = doc.querySelector('ms-study-card')!;
    const font = frame.contentWindow!.getComputedStyle(card.shadowRoot!.querySelector('h3')!).fontFamily;
    expect(font).to.match(/^system-ui, /);
    expect(font).not.to.match(/Times/);
  });

  it('shows the landing page’s guidance, the design tokens and the theme builder', async () => {
    const landing = await docs('guides-compose-a-landing-page--docs');
    expect(landing.body.innerText).to.include('For marketing teams: a landing page composed only of the library’s elements');
    const tokens = await docs('design-tokens--docs');
    expect(tokens.body.innerText).to.include('--ms-color-accent');
    expect(tokens.querySelectorAll('.docs-story .chip').length).to.be.greaterThan(20);
    const builder = await docs('guides-theme-builder--docs');
    expect(builder.querySelector<HTMLTextAreaElement>('.docs-story textarea')!.value).to.match(
      /--ms-color-accent: light-dark\(#[0-9a-f]{6}, #[0-9a-f]{6}\);/,
    );
  });
});
