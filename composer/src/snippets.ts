/**
 * What the composer hands a clinic: the one-time `<head>` lines, the element markup, the
 * class-based fallback for editors that strip unknown tags, WordPress shortcodes for authors
 * without `unfiltered_html`, and the clinic's data file. Pure functions of the composer state, so
 * the preview, the copy buttons and the tests all use the same text.
 */
import { citationLinks } from '../../src/model/citation.js';
import type { Study } from '../../src/model/schema.js';
import { prerenderedInBrowser, snippetFile } from '../../scripts/static-snippet.js';
import packageJson from '../../package.json';
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
export function elementMarkup(state: ComposerState, catalog: Catalog, { inlineData = true } = {}): string {
  return parts(state, catalog)
    .map((p) =>
      // Where inline JSON would not survive (WordPress runs kses and wpautop on content), the
      // clinic's studies come from its hosted data file instead.
      !inlineData && p.fallbackAttrs.length
        ? `<${p.tag}${attrs([...p.fallbackAttrs, ...p.attrs])}>${p.fallbackInner}</${p.tag}>`
        : `<${p.tag}${attrs(p.attrs)}>${p.inner}</${p.tag}>`,
    )
    .join('\n');
}

/**
 * The page as static HTML, in the format of the pre-rendered snippets in dist/snippets/ (see
 * scripts/static-snippet.ts): each element of `rendered` (the preview's, in order, rendered) as
 * declarative shadow DOM, so readers see its content where no script runs, then the line that
 * loads the library, which takes it over. As in `elementMarkup`, the clinic's own studies come from
 * its hosted data file where inline JSON would not survive (`inlineData` false).
 */
export function staticMarkup(state: ComposerState, catalog: Catalog, rendered: readonly Element[], { inlineData = true } = {}): string {
  const list = parts(state, catalog);
  const markup = list.map((p, i) => {
    const el = rendered[i];
    if (el?.localName !== p.tag) throw new Error(`the preview does not show <${p.tag}> in position ${i + 1}`);
    const own = !inlineData && p.fallbackAttrs.length > 0;
    return prerenderedInBrowser(el, attrs(own ? [...p.fallbackAttrs, ...p.attrs] : p.attrs), own ? p.fallbackInner : p.inner);
  });
  const count = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
  return snippetFile(
    { version: packageJson.version, label: `a page of ${count(list.length, 'element')} from the composer`, cdn: state.host.base },
    markup.join('\n'),
  );
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
 * WordPress shortcodes of the ms-evidence-elements plugin (integrations/wordpress), for authors
 * whose role lacks `unfiltered_html`: WordPress strips their scripts, so the plugin loads the
 * library and turns each shortcode into its element. Only the attributes the plugin reads are
 * written; what it cannot carry is listed in `notes`, never dropped silently.
 */
export function shortcodes(state: ComposerState, catalog: Catalog): { text: string; notes: string[] } {
  const page = state.brand;
  const notes = new Set<string>();
  const q = (v: string) => v.replace(/["[\]]/g, '');
  const jurisdiction = (j: string) => (j && j !== 'US' ? ` jurisdiction="${q(j)}"` : '');
  const lines: string[] = [];
  for (const b of state.blocks) {
    switch (b.kind) {
      case 'study':
        if (!b.id) break;
        if (catalog.clinic.has(b.id))
          notes.add('Your own studies: upload your data file in Settings → MS Evidence Elements; the shortcode then finds them by id.');
        lines.push(`[ms_study_card id="${q(b.id)}"${b.compact ? ' compact' : ''}${jurisdiction(page.jurisdiction)}]`);
        break;
      case 'comparison': {
        const which = b.by === 'category' ? ` category="${q(b.category)}"` : ` ids="${q(b.ids.join(' '))}"`;
        const criteria = b.criteria.join(', ') === DEFAULT_CRITERIA.join(', ') ? '' : ` criteria="${q(b.criteria.join(', '))}"`;
        if (b.highlight && b.highlightLabel)
          notes.add(
            'The shortcode shows the highlight with the default label “Highlighted”: use the block or Custom HTML for your own label.',
          );
        lines.push(
          `[ms_treatment_comparison${which}${criteria}${b.highlight ? ` highlight="${q(b.highlight)}"` : ''}${jurisdiction(page.jurisdiction)}]`,
        );
        break;
      }
      case 'disclaimer':
        lines.push(
          `[ms_disclaimer kind="${q(b.kinds.join(' '))}"${b.therapy ? ` therapy="${q(b.therapy)}"` : ''}${jurisdiction(b.jurisdiction || page.jurisdiction)}]`,
        );
        break;
      case 'review':
        notes.add('The review line has no shortcode: ask an editor to add it in a Custom HTML block.');
        break;
    }
  }
  if (page.lang !== 'en') notes.add('Language: set it once in Settings → MS Evidence Elements.');
  return { text: lines.join('\n'), notes: [...notes] };
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
    head: 'Not needed with the ms-evidence-elements plugin, which loads the library on every page. Without it, administrators and editors paste these once at the top of a “Custom HTML” block (block editor → + → Custom HTML).',
    body: 'Administrators and editors: paste into a “Custom HTML” block where the content belongs (your own studies come from your data file, below: WordPress would break inline data). Authors and contributors cannot: their role lacks unfiltered_html, so WordPress strips scripts and unknown markup on save. They use the shortcodes below in a Shortcode block, with the plugin installed.',
  },
  drupal: {
    name: 'Drupal',
    head: 'Paste once into the page body with the text format set to “Full HTML” (Basic HTML strips scripts), or add them to the theme’s html.html.twig.',
    body: 'Switch the body’s text format to “Full HTML”, open Source, and paste where the content belongs. Your own studies come from your data file (below).',
  },
  webflow: {
    name: 'Webflow',
    head: 'Project settings → Custom code → Head code (or the page’s own settings → Custom code → Inside <head> tag), then publish.',
    body: 'Add an “Embed” element (Add panel → Components → Code Embed) where the content belongs, and paste. Your own studies come from your data file (below). The Designer does not run custom code: check the published or staging site.',
  },
} as const;
export type Platform = keyof typeof PLATFORMS;
