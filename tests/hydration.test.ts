// Hydration of server-rendered markup: every case of tests/fixtures/ssr-cases.ts, rendered in Node
// by @lit-labs/ssr, then taken over in the browser by the elements with Lit's hydration support
// (the `/hydrate` entry). Each keeps the server's nodes (no second copy), logs no error and shows
// the same words.
import { ready } from '../src/hydrate.js';
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { words } from './fixtures/ssr-words.js';

interface Rendered {
  name: string;
  html: string;
  text: string;
  flags: string;
  keeps: boolean;
}

const cases = await executeServerCommand<Rendered[], undefined>('ssr-render');
await ready;

const until = (check: () => boolean) => waitUntil(check, 'the browser to show its content', { timeout: 4000 });

const HOSTS = 'ms-study-card, treatment-comparison, ms-review-info, medical-disclaimer, ms-evidence-provider';

describe('hydrating server-rendered elements', () => {
  let errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(String(e.message));
  const onRejection = (e: PromiseRejectionEvent) => {
    e.preventDefault();
    errors.push(String((e.reason as Error)?.message ?? e.reason));
  };
  let container: HTMLElement;
  beforeEach(() => {
    errors = [];
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onRejection);
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => {
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onRejection);
    container.remove();
  });

  for (const c of cases) {
    it(c.name, async () => {
      const page = document.createElement('div');
      page.setHTMLUnsafe(c.html);
      const serverHosts = [...page.querySelectorAll(HOSTS)];
      const serverBases = serverHosts.map((h) => h.shadowRoot?.querySelector('[part~="base"]') ?? null);
      expect(
        serverHosts.every((h) => h.shadowRoot),
        'declarative shadow roots',
      ).to.equal(true);
      container.append(page);
      for (const host of serverHosts) {
        await (host as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete.catch((e: Error) => errors.push(e.message));
      }
      await new Promise((r) => setTimeout(r, 50));
      expect(errors, 'errors').to.deep.equal([]);
      serverHosts.forEach((host, i) => {
        expect(host.shadowRoot!.querySelectorAll('[part~="base"]').length, `${host.localName}: one copy`).to.be.at.most(1);
        if (c.keeps && serverBases[i])
          expect(host.shadowRoot!.contains(serverBases[i]), `${host.localName} kept its server nodes`).to.equal(true);
      });
      const first = serverHosts.find((h) => h.localName !== 'ms-evidence-provider')!;
      await until(() => new RegExp(c.text, c.flags).test(words(first.shadowRoot?.querySelector('[part~="base"]'))));
      expect(words(first.shadowRoot?.querySelector('[part~="base"]'))).to.match(new RegExp(c.text, c.flags));
    });
  }
});
