// Every story renders something visible and accessible (axe), without needing Storybook itself.
import { expect, fixture } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import '../src/index.js';
import * as studyCard from '../stories/ms-study-card.stories.js';
import * as comparison from '../stories/treatment-comparison.stories.js';

type StoryModule = Record<string, unknown> & { default: { args?: Record<string, unknown>; render?: (args: never) => unknown } };

const settle = async (root: Element) => {
  for (const el of root.querySelectorAll('*'))
    if ('updateComplete' in el) await (el as { updateComplete: Promise<unknown> }).updateComplete;
};

const modules = { 'ms-study-card': studyCard, 'treatment-comparison': comparison } as unknown as Record<string, StoryModule>;

for (const [file, module] of Object.entries(modules)) {
  describe(`stories: ${file}`, () => {
    for (const [name, story] of Object.entries(module)) {
      if (name === 'default') continue;
      const s = story as { args?: Record<string, unknown>; render?: (args: never) => unknown };
      const renderFn = (s.render ?? module.default.render) as (args: Record<string, unknown>) => TemplateResult | HTMLElement;
      if (name === 'Loading') continue; // its request never answers; the loading state is tested in the element's tests
      it(`${name} renders visibly and passes axe`, async () => {
        const host = await fixture<HTMLDivElement>('<div></div>');
        const out = renderFn({ ...module.default.args, ...s.args });
        if (out instanceof HTMLElement) host.append(out);
        else render(out, host);
        await settle(host);
        expect(host.getBoundingClientRect().height).to.be.greaterThan(40);
        await expect(host).to.be.accessible();
      });
    }
  });
}
