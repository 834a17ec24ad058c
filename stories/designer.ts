/**
 * Storybook for designers: the argTypes Storybook derives from custom-elements.json, reshaped so
 * every control it shows reaches the element (one row per attribute-backed property, colour
 * pickers for colour tokens, CSS custom properties applied to the story), and the font the
 * elements are shown in. Used by .storybook/preview.ts and, unchanged, by the tests that check
 * the controls, so the two cannot drift.
 */
import { html, type TemplateResult } from 'lit';
import { FONT_STACKS } from '../composer/src/contrast.js';

/**
 * The font stories are shown in: the stack the composer and the themes start from. The elements
 * inherit the page's font (`--ms-font-family` defaults to `inherit`), so without this a designer
 * would see the browser's default serif, which no clinic page uses.
 */
export const STORY_FONT = FONT_STACKS['System sans-serif'];

interface Item {
  name: string;
  description?: string;
  type?: { text: string };
  default?: string;
  fieldName?: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
}
interface Declaration {
  tagName?: string;
  members?: Item[];
  attributes?: Item[];
  events?: Item[];
  slots?: Item[];
  cssProperties?: Item[];
  cssParts?: Item[];
}
export interface Manifest {
  modules: { declarations?: Declaration[] }[];
}

/** One argType as Storybook stores it (the fields used here). */
export interface ArgType {
  name: string;
  description?: string;
  type?: { name: string };
  control?: false | string | { type: string; [key: string]: unknown };
  options?: unknown[];
  table?: { category?: string; disable?: boolean; type?: { summary?: string }; defaultValue?: { summary?: string } };
  [key: string]: unknown;
}
export type ArgTypes = Record<string, ArgType>;

export const declarationOf = (manifest: Manifest, tag: string): Declaration | undefined =>
  manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag);

/**
 * What @storybook/web-components extracts from the manifest for a tag (its `extractArgTypes`):
 * members, attributes, events, slots, CSS properties and parts, keyed by name. Mirrored here so
 * the tests can check what Storybook will show without running Storybook.
 */
export function manifestArgTypes(manifest: Manifest, tag: string): ArgTypes {
  const d = declarationOf(manifest, tag);
  if (!d) return {};
  const out: ArgTypes = {};
  const add = (items: Item[] | undefined, category: string) => {
    for (const item of items ?? []) {
      if (!item.name || item.kind === 'method') continue;
      out[item.name] = {
        name: item.name,
        description: item.description,
        type: {
          name:
            category === 'attributes' || category === 'properties'
              ? (item.type?.text ?? 'string')
              : category === 'slots'
                ? 'string'
                : 'void',
        },
        table: { category, type: { summary: item.type?.text }, defaultValue: { summary: item.default } },
      };
    }
  };
  add(d.members, 'properties');
  add(d.attributes, 'attributes');
  for (const e of d.events ?? []) {
    const name = `on${e.name.replace(/(?:^|[-_:.\s]+)(.)/g, (_m, c: string) => c.toUpperCase())}`;
    out[name] = { name, action: { name: e.name }, table: { disable: true } };
  }
  add(d.events, 'events');
  add(d.slots, 'slots');
  add(d.cssProperties, 'css custom properties');
  add(d.cssParts, 'css shadow parts');
  return out;
}

const COLOUR = /colou?r|background|surface/i;
const isColour = (t: ArgType) => COLOUR.test(t.name) || /^(#|rgb|hsl|light-dark)/.test(t.table?.defaultValue?.summary ?? '');

/**
 * Reshapes the extracted argTypes for designers:
 * - an attribute and the property it sets are one row (the property's name, which stories use),
 *   so no control is left setting an arg nothing reads;
 * - object and array properties (data) are documented without a control: data arrives by the
 *   attributes, `src` or the stories themselves;
 * - CSS custom properties get a colour picker when they are colours, a text field otherwise;
 * - parts, slots and events are documentation only.
 */
export function designerArgTypes(argTypes: ArgTypes, manifest: Manifest, tag: string | undefined): ArgTypes {
  const d = tag ? declarationOf(manifest, tag) : undefined;
  const out: ArgTypes = { ...argTypes };
  for (const a of d?.attributes ?? []) {
    if (!a.fieldName || a.fieldName === a.name || !out[a.fieldName]) continue;
    const attributeRow = out[a.name];
    delete out[a.name];
    out[a.fieldName] = {
      ...out[a.fieldName]!,
      description: `${out[a.fieldName]!.description ?? attributeRow?.description ?? ''} (attribute \`${a.name}\`)`.trim(),
    };
  }
  const attributeFields = new Set((d?.attributes ?? []).map((a) => a.fieldName ?? a.name));
  for (const [key, t] of Object.entries(out)) {
    const category = t.table?.category;
    if (category === 'css custom properties') {
      out[key] = { ...t, control: isColour(t) ? { type: 'color' } : { type: 'text' } };
    } else if (category === 'css shadow parts' || category === 'slots' || category === 'events') {
      out[key] = { ...t, control: false };
    } else if (category === 'properties' && !attributeFields.has(key)) {
      out[key] = { ...t, control: false };
    } else if ((category === 'properties' || category === 'attributes') && t.control === undefined) {
      const type = t.type?.name ?? '';
      out[key] = {
        ...t,
        control: /boolean/.test(type) ? { type: 'boolean' } : /number/.test(type) ? { type: 'number' } : { type: 'text' },
      };
    }
  }
  return out;
}

/** The CSS custom properties among a story's args, as an inline style ('' when there are none). */
export const cssPropertyStyle = (args: Record<string, unknown>): string =>
  Object.entries(args)
    .filter(([k, v]) => k.startsWith('--') && typeof v === 'string' && v.trim() !== '')
    .map(([k, v]) => `${k}:${String(v).replace(/[;{}]/g, '')}`)
    .join(';');

/**
 * Wraps a story: the preview font, and the CSS custom properties set in Controls, which the
 * element inherits (custom properties cross the shadow boundary).
 */
export const designerDecorator = (story: () => unknown, args: Record<string, unknown>): TemplateResult =>
  html`<div class="ms-story" style=${`font-family:${STORY_FONT};${cssPropertyStyle(args)}`}>${story()}</div>`;
