// Server-rendered markup on a page that loads the main entry instead of `/hydrate` (Lit's
// hydration support absent), as pasted snippets under loader.js are: every case of
// tests/fixtures/ssr-cases.ts ends with one copy, the same words, and one development warning
// (issue #14: it used to show the server's copy and the client's one under it, silently).
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { words } from './fixtures/ssr-words.js';
import '../src/index.js';

interface Rendered {
  name: string;
  html: string;
  text: string;
  flags: string;
}

const cases = await executeServerCommand<Rendered[], undefined>('ssr-render');
// Every console warning of this file: the one about hydration is issued once per page.
const warnings: string[] = [];
const warn = console.warn;
console.warn = (...args: unknown[]) => {
  warnings.push(args.join(' '));
  warn.apply(console, args);
};

const HOSTS = 'ms-study-card, treatment-comparison, ms-review-info, medical-disclaimer, ms-evidence-provider';

describe('server-rendered markup without hydration support', () => {
  let page: HTMLElement;
  afterEach(() => page.remove());

  for (const c of cases) {
    it(c.name, async () => {
      page = document.createElement('div');
      page.setHTMLUnsafe(c.html);
      const hosts = [...page.querySelectorAll(HOSTS)] as (HTMLElement & { updateComplete: Promise<unknown> })[];
      document.body.append(page);
      for (const host of hosts) await host.updateComplete;
      const first = hosts.find((h) => h.localName !== 'ms-evidence-provider')!;
      const expected = new RegExp(c.text, c.flags);
      await waitUntil(() => expected.test(words(first.shadowRoot!.querySelector('[part~="base"]'))), 'the element to show its content', {
        timeout: 4000,
      });
      for (const host of hosts) {
        expect(host.shadowRoot!.querySelectorAll('[part~="base"]').length, `${host.localName}: one copy`).to.be.at.most(1);
        expect(host.shadowRoot!.querySelectorAll('style').length, `${host.localName}: the server's styles are gone`).to.equal(0);
      }
    });
  }

  it('warned once in all those cases, naming the entry to load', () => {
    const notHydrated = warnings.filter((w) => w.includes('ms-not-hydrated'));
    expect(notHydrated).to.have.length(1);
    expect(notHydrated[0]).to.include("Load 'ms-evidence-elements/hydrate'");
  });
});
