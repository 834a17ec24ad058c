// Every story renders something visible and accessible (axe), without needing Storybook itself.
import { expect, fixture } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import '../src/index.js';
import * as studyCard from '../stories/ms-study-card.stories.js';
import * as comparison from '../stories/treatment-comparison.stories.js';
import * as disclaimer from '../stories/medical-disclaimer.stories.js';
import * as reviewInfo from '../stories/ms-review-info.stories.js';
import * as guardrails from '../stories/guardrails.stories.js';
import * as landing from '../stories/landing-page.stories.js';
import * as theming from '../stories/theming.stories.js';

type StoryModule = Record<string, unknown> & { default: { args?: Record<string, unknown>; render?: (args: never) => unknown } };

const settle = async (root: Element) => {
  for (const el of root.querySelectorAll('*'))
    if ('updateComplete' in el) await (el as { updateComplete: Promise<unknown> }).updateComplete;
};

const modules = {
  'ms-study-card': studyCard,
  'treatment-comparison': comparison,
  'medical-disclaimer': disclaimer,
  'ms-review-info': reviewInfo,
  guardrails,
  'landing page': landing,
  theming,
} as unknown as Record<string, StoryModule>;

for (const [file, module] of Object.entries(modules)) {
  describe(`stories: ${file}`, () => {
    for (const [name, story] of Object.entries(module)) {
      if (name === 'default') continue;
      const s = story as { args?: Record<string, unknown>; render?: (args: never) => unknown };
      const renderFn = (s.render ?? module.default.render ?? (() => document.createElement('div'))) as (
        args: Record<string, unknown>,
      ) => TemplateResult | HTMLElement;
      if (name === 'Loading') continue; // its request never answers; the loading state is tested in the element's tests
      it(`${name} renders visibly and passes axe`, async () => {
        const host = await fixture<HTMLDivElement>('<div></div>');
        const out = renderFn({ ...module.default.args, ...s.args });
        if (out instanceof HTMLElement) host.append(out);
        else render(out, host);
        await settle(host);
        expect(host.getBoundingClientRect().height).to.be.greaterThan(16);
        await expect(host).to.be.accessible();
      });
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
