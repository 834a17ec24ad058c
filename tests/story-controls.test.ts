// Storybook's controls, for every story: Storybook makes a control for every argument a story has
// and every attribute, property and CSS property the manifest documents (reshaped by
// stories/designer.ts, as .storybook/preview.ts does). Every control it shows must reach the
// rendered element, or a designer turns a dead knob.
import { expect, fixture } from '@open-wc/testing';
import { html, render, type TemplateResult } from 'lit';
import manifest from '../custom-elements.json';
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
import {
  STORY_FONT,
  designerArgTypes,
  designerDecorator,
  manifestArgTypes,
  type ArgType,
  type ArgTypes,
  type Manifest,
} from '../stories/designer.js';

interface StoryLike {
  name?: string;
  args?: Record<string, unknown>;
  argTypes?: Record<string, Partial<ArgType>>;
  render?: (args: Record<string, unknown>) => TemplateResult | HTMLElement;
}
interface MetaLike extends StoryLike {
  title: string;
  component?: string;
  excludeStories?: string[];
  parameters?: { docs?: { description?: { component?: string } } };
}
type StoryModule = Record<string, unknown> & { default: MetaLike };

const M = manifest as unknown as Manifest;
const modules = [
  studyCard,
  comparison,
  disclaimer,
  reviewInfo,
  provider,
  guardrails,
  landing,
  theming,
  tokens,
  themeBuilder,
] as unknown as StoryModule[];
const declarations = M.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);

/** Every story of a module, as Storybook lists them. */
const storiesOf = (mod: StoryModule) =>
  Object.entries(mod).filter(([name]) => name !== 'default' && !(mod.default.excludeStories ?? []).includes(name)) as [string, StoryLike][];

/** The argTypes Storybook shows for a story: the manifest's, the meta's and the story's, reshaped. */
function argTypesOf(meta: MetaLike, story: StoryLike): ArgTypes {
  const merged: ArgTypes = meta.component ? manifestArgTypes(M, meta.component) : {};
  for (const layer of [meta.argTypes ?? {}, story.argTypes ?? {}]) {
    for (const [k, v] of Object.entries(layer)) merged[k] = { name: k, ...merged[k], ...v } as ArgType;
  }
  return designerArgTypes(merged, M, meta.component);
}

/** The controls shown: an argType with a control, or an arg Storybook infers one for. */
function controlsOf(meta: MetaLike, story: StoryLike): [string, ArgType | undefined][] {
  const types = argTypesOf(meta, story);
  const keys = new Set([...Object.keys(types), ...Object.keys({ ...meta.args, ...story.args })]);
  return [...keys]
    .map((k): [string, ArgType | undefined] => [k, types[k]])
    .filter(([, t]) => !t || (t.control !== false && !t.table?.disable && t.action === undefined));
}

/** A value different from the current one, for the control's kind. */
function sample(key: string, type: ArgType | undefined, current: unknown): unknown {
  const control = typeof type?.control === 'string' ? type.control : type?.control ? type.control.type : undefined;
  if (type?.options?.length) return type.options.find((o) => o !== undefined && o !== current);
  if (control === 'boolean' || typeof current === 'boolean' || /boolean/.test(type?.type?.name ?? '')) return !current;
  if (control === 'number' || typeof current === 'number' || /number/.test(type?.type?.name ?? '')) return (Number(current) || 0) + 1;
  if (control === 'color') return '#123456';
  if (key.startsWith('--')) return '7px';
  if (key === 'src') return '/data/studies.json';
  return 'sample-value';
}

const lit = (s: string) => s.replace(/<!--[^>]*-->/g, '');

async function renderStory(meta: MetaLike, story: StoryLike, args: Record<string, unknown>): Promise<HTMLElement> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  const fn = (story.render ?? meta.render)!;
  render(
    designerDecorator(() => {
      const out = fn(args);
      return out instanceof HTMLElement ? html`${out}` : out;
    }, args),
    host,
  );
  // An element waiting for data that never comes (the loading stories) is not waited for.
  const settled = (p: Promise<unknown>) => Promise.race([p, new Promise((r) => setTimeout(r, 300))]);
  for (const el of host.querySelectorAll('*'))
    if ('updateComplete' in el) await settled((el as { updateComplete: Promise<unknown> }).updateComplete);
  return host;
}

describe('Storybook controls reach the element, in every story', () => {
  for (const mod of modules) {
    const meta = mod.default;
    const declaration = declarations.find((d) => d.tagName === meta.component);
    for (const [exportName, story] of storiesOf(mod)) {
      const label = `${meta.title} › ${story.name ?? exportName}`;
      it(label, async () => {
        const base = { ...meta.args, ...story.args };
        const controls = controlsOf(meta, story);
        const changed: Record<string, unknown> = { ...base };
        const samples = new Map<string, unknown>();
        for (const [key, type] of controls) {
          const value = sample(key, type, base[key]);
          samples.set(key, value);
          changed[key] = value;
        }
        // Attributes and CSS properties: all set at once, each checked on every element of the story.
        const host = await renderStory(meta, story, changed);
        const elements = meta.component ? [...host.querySelectorAll(meta.component)] : [];
        const generic: string[] = [];
        for (const [key, value] of samples) {
          const attribute = declaration?.attributes?.find((a) => (a.fieldName ?? a.name) === key);
          if (key.startsWith('--') && elements.length) {
            for (const el of elements) expect(getComputedStyle(el).getPropertyValue(key).trim(), `${key}`).to.equal(value);
          } else if (attribute && elements.length) {
            for (const el of elements) {
              const expected = value === true ? '' : value === false ? null : String(value);
              expect(el.getAttribute(attribute.name), `control ${key} → ${attribute.name}`).to.equal(expected);
            }
          } else generic.push(key);
        }
        // Anything else (a guide's own arguments): changing it alone must change what is rendered.
        if (generic.length) {
          const before = lit((await renderStory(meta, story, base)).innerHTML);
          for (const key of generic) {
            const after = lit((await renderStory(meta, story, { ...base, [key]: samples.get(key) })).innerHTML);
            expect(after, `control ${key} changes nothing`).not.to.equal(before);
          }
        }
      });
    }
  }

  it('cover every element', () => {
    const withComponent = modules.map((m) => m.default.component).filter(Boolean);
    expect(withComponent.sort()).to.deep.equal(declarations.map((d) => d.tagName).sort());
  });
});

describe('Storybook for designers', () => {
  it('leaves internals out of the manifest, so out of the props table', () => {
    for (const d of declarations) {
      const members = (d.members ?? []) as { name: string; privacy?: string }[];
      expect(
        members.filter((m) => (m.privacy ?? 'public') !== 'public').map((m) => m.name),
        d.tagName,
      ).to.deep.equal([]);
      for (const internal of ['memo', 'resolution', 'fetch', 'pending', 'inlineJson', 'provided', 'tag', 'i18n', 'view'])
        expect(
          members.map((m) => m.name),
          `${d.tagName}: ${internal}`,
        ).not.to.include(internal);
    }
    const card = designerArgTypes(manifestArgTypes(M, 'ms-study-card'), M, 'ms-study-card');
    const rows = Object.values(card).filter((t) => ['properties', 'attributes'].includes(t.table?.category ?? ''));
    expect(rows.map((r) => r.name).sort()).to.deep.equal(
      [
        'compact',
        'headingLevel',
        'jurisdiction',
        'noGuardrails',
        'open',
        'src',
        'strict',
        'structuredData',
        'study',
        'studyId',
        'theme',
      ].sort(),
    );
  });

  it('gives colour custom properties a colour picker, the others a text field', () => {
    for (const d of declarations) {
      const types = designerArgTypes(manifestArgTypes(M, d.tagName!), M, d.tagName);
      for (const t of Object.values(types).filter((x) => x.table?.category === 'css custom properties')) {
        const expected = /colou?r|background|surface/.test(t.name) ? 'color' : 'text';
        expect((t.control as { type: string }).type, `${d.tagName} ${t.name}`).to.equal(expected);
      }
    }
    const accent = designerArgTypes(manifestArgTypes(M, 'treatment-comparison'), M, 'treatment-comparison')['--ms-color-accent']!;
    expect(accent.control).to.deep.equal({ type: 'color' });
  });

  it('shows stories in a real font stack, the one the composer and themes start from', async () => {
    const host = await renderStory(
      studyCard.default as unknown as MetaLike,
      studyCard.Lu2020 as StoryLike,
      {
        ...studyCard.default.args,
        ...studyCard.Lu2020.args,
      } as Record<string, unknown>,
    );
    const card = host.querySelector('ms-study-card')!;
    expect(getComputedStyle(card).fontFamily).to.equal(STORY_FONT);
    expect(getComputedStyle(card).fontFamily).not.to.match(/Times/);
  });

  it('carries the landing page’s guidance into its docs page', () => {
    const meta = landing.default as unknown as MetaLike;
    expect(meta.parameters?.docs?.description?.component).to.equal(landing.GUIDANCE);
    expect(landing.GUIDANCE).to.match(/^For marketing teams: /);
  });

  it('generates the design tokens page from the manifest: every token listed, colours with both themes', async () => {
    const host = await renderStory(tokens.default as unknown as MetaLike, tokens.Reference as StoryLike, {});
    const text = host.textContent!;
    for (const t of tokens.tokensFromManifest(M)) expect(text, t.name).to.include(t.name);
    const accentRow = [...host.querySelectorAll('tr')].find((r) => r.querySelector('th code')?.textContent === '--ms-color-accent')!;
    expect([...accentRow.querySelectorAll('td code')].map((c) => c.textContent)).to.deep.equal(['#005eb8', '#8cc8ff']);
    expect(accentRow.textContent).to.match(/\d+\.\d:1 on the light surface/);
    await expect(host).to.be.accessible();
  });

  it('the theme builder writes the contrast-checked CSS block, with the reason for each adjustment', async () => {
    const meta = themeBuilder.default as unknown as MetaLike;
    const host = await renderStory(meta, themeBuilder.ThemeBuilder as StoryLike, { ...meta.args, brand: '#ffcc00' });
    const css = host.querySelector('textarea')!.value;
    expect(css).to.match(/--ms-color-accent: light-dark\(#[0-9a-f]{6}, #ffcc00\);/);
    expect(host.querySelector('[role="status"]')!.textContent!.replace(/\s+/g, ' ')).to.match(
      /Light theme: #ffcc00 has only 1\.\d:1 .* darkened to #[0-9a-f]{6} \(4\.\d:1\)\. Dark theme: #ffcc00 has \d+\.\d:1 .* kept as it is\./,
    );
    await expect(host).to.be.accessible();
  });
});
