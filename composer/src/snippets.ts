/**
 * What the composer hands a clinic: the one-time `<head>` lines, the element markup, the
 * class-based fallback for editors that strip unknown tags, WordPress shortcodes for authors
 * without `unfiltered_html`, and the clinic's data file. Pure functions of the composer state, so
 * the preview, the copy buttons and the tests all use the same text.
 */
import { citationLinks } from '../../src/model/citation.js';
import type { Study } from '../../src/model/schema.js';
import { brandPair, themeCss } from './contrast.js';
import { DEFAULT_CRITERIA, type Block, type ComposerState } from './state.js';

/** Studies the snippets can name: bundled ones by id, the clinic's own with their record. */
export interface Catalog {
  bundled: ReadonlyMap<string, Study>;
  clinic: ReadonlyMap<string, Study>;
}

const escapeAttr = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeText = (value: string): string => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** JSON inside `<script type="application/json">`: a `<` can never close the script. */
export const inlineJson = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');

type Attrs = [string, string | boolean | undefined][];
const attrs = (list: Attrs, prefix = ''): string =>
  list
    .filter(([, v]) => v !== undefined && v !== false && v !== '')
    .map(([k, v]) => (v === true ? ` ${prefix}${k}` : ` ${prefix}${k}="${escapeAttr(String(v))}"`))
    .join('');

/** The `<head>` lines, pasted once per page (or once in the site's theme). */
export function headLines(state: ComposerState): string {
  const base = state.host.base.replace(/\/+$/, '');
  const pair = brandPair(state.brand.color)!;
  return [
    `<link rel="stylesheet" href="${escapeAttr(base)}/ms-evidence-elements.css" />`,
    `<script type="module" src="${escapeAttr(base)}/loader.js"></script>`,
    `<style>\n${themeCss(pair, { font: state.brand.font, radius: state.brand.radius })}\n</style>`,
  ].join('\n');
}

/** The element name and its attributes for one block, plus what goes inside it. */
interface Part {
  tag: string;
  attrs: Attrs;
  /** Children: the no-script link, inline JSON. */
  inner: string;
  /** Children for the class-based fallback (no inline script: such editors strip it). */
  fallbackInner: string;
  /** Extra fallback attributes (a clinic study comes from the hosted data file). */
  fallbackAttrs: Attrs;
}

const studyLink = (study: Study | undefined): string => {
  const link = study && citationLinks(study.citation)[0];
  return link ? `<a href="${escapeAttr(link.href)}">${escapeText(study.citation.title)}</a>` : '';
};

function part(block: Block, state: ComposerState, catalog: Catalog): Part | undefined {
  const page = state.brand;
  const common: Attrs = [
    ['jurisdiction', page.jurisdiction !== 'US' ? page.jurisdiction : undefined],
    ['lang', page.lang !== 'en' ? page.lang : undefined],
  ];
  switch (block.kind) {
    case 'study': {
      if (!block.id) return undefined;
      const own = catalog.clinic.get(block.id);
      const study = own ?? catalog.bundled.get(block.id);
      const link = studyLink(study);
      if (own) {
        return {
          tag: 'ms-study-card',
          attrs: [['compact', block.compact], ...common],
          inner: `<script type="application/json">${inlineJson(own)}</script>${link}`,
          fallbackInner: link,
          fallbackAttrs: [
            ['src', state.host.dataUrl],
            ['study-id', block.id],
          ],
        };
      }
      return {
        tag: 'ms-study-card',
        attrs: [['study-id', block.id], ['compact', block.compact], ...common],
        inner: link,
        fallbackInner: link,
        fallbackAttrs: [],
      };
    }
    case 'comparison': {
      const criteria = block.criteria.join(', ') === DEFAULT_CRITERIA.join(', ') ? undefined : block.criteria.join(', ');
      const list: Attrs =
        block.by === 'category' ? [['category', block.category || undefined]] : [['treatment-ids', block.ids.join(' ') || undefined]];
      return {
        tag: 'treatment-comparison',
        attrs: [
          ...list,
          ['criteria', criteria],
          ['highlight', block.highlight || undefined],
          ['highlight-label', block.highlight ? block.highlightLabel || undefined : undefined],
          ...common,
        ],
        inner: '',
        fallbackInner: '',
        fallbackAttrs: [],
      };
    }
    case 'disclaimer': {
      const jurisdiction = block.jurisdiction || page.jurisdiction;
      return {
        tag: 'medical-disclaimer',
        attrs: [
          ['kind', block.kinds.join(' ') || undefined],
          ['therapy', block.therapy || undefined],
          ['jurisdiction', jurisdiction !== 'US' ? jurisdiction : undefined],
          ['lang', common[1]![1]],
        ],
        inner: '',
        fallbackInner: '',
        fallbackAttrs: [],
      };
    }
    case 'review':
      return {
        tag: 'ms-review-info',
        attrs: [
          ['reviewer', block.reviewer],
          ['credentials', block.credentials],
          ['last-reviewed', block.lastReviewed],
          ['next-review-due', block.nextReviewDue],
          ['show-schedule', !!block.nextReviewDue],
          ['lang', common[1]![1]],
        ],
        inner: '',
        fallbackInner: '',
        fallbackAttrs: [],
      };
  }
}

const parts = (state: ComposerState, catalog: Catalog): Part[] =>
  state.blocks.map((b) => part(b, state, catalog)).filter((p): p is Part => p !== undefined);

/** The elements, in order, as HTML: what goes where the content belongs. */
export function elementMarkup(state: ComposerState, catalog: Catalog): string {
  return parts(state, catalog)
    .map((p) => `<${p.tag}${attrs(p.attrs)}>${p.inner}</${p.tag}>`)
    .join('\n');
}

/**
 * The same page for editors that strip unknown elements or attributes: `<div class="<tag>">` with
 * `data-*` attributes, which loader.js turns into the elements (`lang` stays a plain attribute).
 */
export function fallbackMarkup(state: ComposerState, catalog: Catalog): string {
  return parts(state, catalog)
    .map((p) => {
      const own = p.attrs.filter(([k]) => k !== 'lang');
      const lang = p.attrs.find(([k]) => k === 'lang');
      return `<div class="${p.tag}"${attrs([...p.fallbackAttrs, ...own], 'data-')}${lang ? attrs([lang]) : ''}>${p.fallbackInner}</div>`;
    })
    .join('\n');
}

/**
 * WordPress shortcodes, for authors whose role lacks `unfiltered_html` (WordPress strips their
 * script and unknown tags): the ms-evidence-elements plugin (integrations/wordpress) turns each
 * into its element and loads the script itself. Clinic studies need the plugin's data file.
 */
export function shortcodes(state: ComposerState, catalog: Catalog): string {
  return parts(state, catalog)
    .map((p) => {
      const name = `ms_${p.tag.replace(/^ms-/, '').replace(/-/g, '_')}`;
      const list = p.tag === 'ms-study-card' ? [...p.fallbackAttrs.filter(([k]) => k === 'src'), ...p.attrs] : p.attrs;
      const body = list
        .filter(([, v]) => v !== undefined && v !== false && v !== '')
        .map(([k, v]) => {
          const key = k === 'study-id' ? 'id' : k.replace(/-/g, '_');
          return v === true ? ` ${key}` : ` ${key}="${String(v).replace(/["[\]]/g, '')}"`;
        })
        .join('');
      const withId =
        p.tag === 'ms-study-card' && !list.some(([k]) => k === 'study-id')
          ? ` id="${p.fallbackAttrs.find(([k]) => k === 'study-id')?.[1] ?? ''}"`
          : '';
      return `[${name}${withId}${body}]`;
    })
    .join('\n');
}

/** The clinic's data file: a dataset document `npm run validate-data` checks. */
export function dataFile(state: ComposerState): string {
  return JSON.stringify({ studies: state.clinic.studies }, null, 2) + '\n';
}

/** Where the snippet goes, and how to put it there. */
export const PLATFORMS = {
  html: {
    name: 'Plain HTML',
    head: 'Paste once into the page’s <head>, or into the site template every page shares.',
    body: 'Paste where the content belongs, inside <body>.',
  },
  wordpress: {
    name: 'WordPress',
    head: 'Administrators and editors: paste once at the top of a “Custom HTML” block (block editor → + → Custom HTML), or in the theme’s header.',
    body: 'Paste into a “Custom HTML” block where the content belongs. Authors and contributors cannot use Custom HTML with scripts (their role lacks unfiltered_html, so WordPress strips it on save): ask an administrator to install the ms-evidence-elements plugin, then use the shortcodes below in a Shortcode block.',
  },
  drupal: {
    name: 'Drupal',
    head: 'Paste once into the page body with the text format set to “Full HTML” (Basic HTML strips scripts), or add them to the theme’s html.html.twig.',
    body: 'Switch the body’s text format to “Full HTML”, open Source, and paste where the content belongs.',
  },
  webflow: {
    name: 'Webflow',
    head: 'Project settings → Custom code → Head code (or the page’s own settings → Custom code → Inside <head> tag), then publish.',
    body: 'Add an “Embed” element (Add panel → Components → Code Embed) where the content belongs, and paste.',
  },
} as const;
export type Platform = keyof typeof PLATFORMS;
