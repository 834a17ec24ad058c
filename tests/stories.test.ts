// Every story renders something visible and accessible (axe) in light and dark, English and
// Spanish, without needing Storybook itself.
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { getLocale } from '../src/components/shared/locale.js';
import { render, type TemplateResult } from 'lit';
import '../src/index.js';
import * as studyCard from '../stories/ms-study-card.stories.js';
import * as comparison from '../stories/treatment-comparison.stories.js';
import * as disclaimer from '../stories/medical-disclaimer.stories.js';
import * as reviewInfo from '../stories/ms-review-info.stories.js';
import * as provider from '../stories/ms-evidence-provider.stories.js';
import * as guardrails from '../stories/guardrails.stories.js';
import * as landing from '../stories/landing-page.stories.js';
import * as theming from '../stories/theming.stories.js';
import * as tokens from '../stories/design-tokens.stories.js';
import * as themeBuilder from '../stories/theme-builder.stories.js';

type StoryModule = Record<string, unknown> & {
  default: { args?: Record<string, unknown>; render?: (args: never) => unknown; excludeStories?: string[] };
};

const settle = async (root: Element) => {
  for (const el of root.querySelectorAll('*'))
    if ('updateComplete' in el) await (el as { updateComplete: Promise<unknown> }).updateComplete;
};

const modules = {
  'ms-study-card': studyCard,
  'treatment-comparison': comparison,
  'medical-disclaimer': disclaimer,
  'ms-review-info': reviewInfo,
  'ms-evidence-provider': provider,
  guardrails,
  'landing page': landing,
  theming,
  'design tokens': tokens,
  'theme builder': themeBuilder,
} as unknown as Record<string, StoryModule>;

/**
 * Every story, in the four ways a reader may meet it: light and dark (the reader's
 * prefers-color-scheme), English and Spanish (the page's lang).
 */
const VARIANTS = [
  { scheme: 'light', lang: 'en' },
  { scheme: 'dark', lang: 'en' },
  { scheme: 'light', lang: 'es' },
  { scheme: 'dark', lang: 'es' },
] as const;

for (const { scheme, lang } of VARIANTS) {
  describe(`stories in ${scheme}, ${lang}`, () => {
    before(async () => {
      await emulateMedia({ colorScheme: scheme });
      document.documentElement.lang = lang;
      await waitUntil(() => getLocale() === lang, `locale ${lang} did not load`);
    });
    after(async () => {
      await emulateMedia({ colorScheme: 'light' });
      document.documentElement.lang = 'en';
      await waitUntil(() => getLocale() === 'en');
    });

    for (const [file, module] of Object.entries(modules)) {
      for (const [name, story] of Object.entries(module)) {
        if (name === 'default' || module.default.excludeStories?.includes(name)) continue;
        const s = story as { args?: Record<string, unknown>; render?: (args: never) => unknown };
        const renderFn = (s.render ?? module.default.render ?? (() => document.createElement('div'))) as (
          args: Record<string, unknown>,
        ) => TemplateResult | HTMLElement;
        if (name === 'Loading') continue; // its request never answers; the loading state is tested in the element's tests
        it(`${file}: ${name} renders visibly and passes axe`, async function () {
          // axe over a full card takes seconds on a busy 2-core machine.
          this.timeout(30_000);
          const host = await fixture<HTMLDivElement>('<div></div>');
          const args = { ...module.default.args, ...s.args };
          const out = renderFn(args);
          if (out instanceof HTMLElement) host.append(out);
          else render(out, host);
          // A story may set its own language (the landing page's lang control).
          const expected = typeof args.lang === 'string' ? args.lang : lang;
          await waitUntil(() => getLocale() === expected, `locale ${expected}`);
          await settle(host);
          expect(matchMedia(`(prefers-color-scheme: ${scheme})`).matches).to.be.true;
          expect(host.getBoundingClientRect().height).to.be.greaterThan(16);
          await expect(host).to.be.accessible();
        });
      }
    }
  });
}

describe('stories: what they show', () => {
  it('the missing-reviewer story reads "Reviewer not reported"', async () => {
    const host = await fixture<HTMLDivElement>('<div></div>');
    const story = reviewInfo.MissingReviewer as { args: Record<string, unknown> };
    render((reviewInfo.default.render as (a: unknown) => TemplateResult)({ ...reviewInfo.default.args, ...story.args }), host);
    await settle(host);
    expect((host.querySelector('ms-review-info')!.shadowRoot!.querySelector('[part~="base"]') as HTMLElement).innerText).to.match(
      /^Reviewer not reported\./,
    );
  });
});
