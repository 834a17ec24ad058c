// Server-rendered markup (the server renders English) taken over on a Spanish page: the element
// keeps the server's nodes for hydration, then shows its data in Spanish.
import { ready } from '../src/hydrate.js';
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { captureWarnings } from './helpers.js';

interface Rendered {
  name: string;
  html: string;
}

const cases = await executeServerCommand<Rendered[], undefined>('ssr-render');
await ready;

describe('hydrating on a Spanish page', () => {
  const warnings = captureWarnings();

  it('keeps the server’s card, then shows its study in Spanish, without a hydration mismatch', async () => {
    const c = cases.find((x) => x.name === '<ms-study-card> compact')!;
    const page = document.createElement('div');
    page.lang = 'es';
    page.setHTMLUnsafe(c.html);
    const card = page.querySelector('ms-study-card')!;
    const serverBase = card.shadowRoot!.querySelector('[part~="base"]');
    document.body.append(page);
    try {
      await waitUntil(
        () => /Células madre mesenquimales derivadas del tejido/.test(card.shadowRoot!.textContent ?? ''),
        'no Spanish data',
        {
          timeout: 4000,
        },
      );
      expect(warnings.filter((w) => w.includes('ms-hydration-replaced'))).to.deep.equal([]);
      expect(card.shadowRoot!.contains(serverBase), 'kept its server nodes').to.equal(true);
    } finally {
      page.remove();
      document.documentElement.lang = 'en';
    }
  });
});
