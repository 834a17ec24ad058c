// Storybook's controls: Storybook makes a control for every property the manifest documents (named
// by the property); setting it must reach the rendered element's attribute, or the control is dead.
import { expect, fixture } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import manifest from '../custom-elements.json';
import '../src/index.js';
import studyCard from '../stories/ms-study-card.stories.js';
import comparison from '../stories/treatment-comparison.stories.js';
import disclaimer from '../stories/medical-disclaimer.stories.js';
import reviewInfo from '../stories/ms-review-info.stories.js';
import provider from '../stories/ms-evidence-provider.stories.js';

interface StoryMeta {
  component?: string;
  args?: Record<string, unknown>;
  argTypes?: Record<string, unknown>;
  render?: (args: Record<string, unknown>) => TemplateResult;
}
interface Attribute {
  name: string;
  fieldName?: string;
  type?: { text: string };
}

const metas = [studyCard, comparison, disclaimer, reviewInfo, provider] as unknown as StoryMeta[];
const declarations = (manifest as unknown as { modules: { declarations?: { tagName?: string; attributes?: Attribute[] }[] }[] }).modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.tagName);
const camel = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/** A value for the control, and the attribute value it must produce. */
function sample(attribute: Attribute): [unknown, string] {
  const type = attribute.type?.text ?? 'string';
  if (type.includes('boolean')) return [true, ''];
  if (type.includes('number')) return [4, '4'];
  if (attribute.name === 'theme') return ['dark', 'dark'];
  if (attribute.name === 'jurisdiction') return ['GB', 'GB'];
  return ['sample-value', 'sample-value'];
}

describe('Storybook controls', () => {
  it('cover every element', () => {
    expect(metas.map((m) => m.component).sort()).to.deep.equal(declarations.map((d) => d.tagName).sort());
  });

  for (const meta of metas) {
    const declaration = declarations.find((d) => d.tagName === meta.component)!;
    for (const attribute of declaration.attributes ?? []) {
      it(`<${meta.component}> ${attribute.name}: a control that sets the attribute`, async () => {
        const key = attribute.fieldName ?? camel(attribute.name);
        const [value, expected] = sample(attribute);
        const wrapper = await fixture<HTMLDivElement>(html`<div>${meta.render!({ ...meta.args, [key]: value })}</div>`);
        const element = wrapper.querySelector(meta.component!)!;
        expect(element.getAttribute(attribute.name)).to.equal(expected);
      });
    }
  }
});
