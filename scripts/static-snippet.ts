/**
 * Static snippets: an element pre-rendered as declarative shadow DOM, readable where no script
 * runs, followed by the line that loads the library, which then takes the content over in place.
 * One format, written by two producers:
 *
 * - `npm run build:snippets` (scripts/build-snippets.ts, in Node) renders each bundled study,
 *   comparison and disclaimer with the server entry (@lit-labs/ssr);
 * - the composer (composer/src, in the browser) serializes the elements of its preview, the very
 *   elements the page will run, as the page's editor configured them (`prerenderedInBrowser`).
 *
 * Pure functions of strings and DOM nodes: no Node API, so both can import it. loader.js does not
 * load Lit's hydration support: an element finding a declarative shadow root replaces its content
 * with its own first render, in the same frame (ServerRenderController), so a snippet needs no
 * hydration markers, only the same content.
 */
import { SERVER_RENDERED_ATTRIBUTE } from '../src/components/shared/server-render.js';

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The line that upgrades static snippets, once per page; `cdn` is where the page hosts dist/cdn/. */
export function upgradeLines(cdn: string): string {
  return `<!-- Once per page (skip if the page already has it): defines the elements, which take this content over. -->
<script type="module" src="${escapeAttr(cdn.replace(/\/+$/, ''))}/loader.js"></script>`;
}

/** What a snippet is, for the comment at its top. */
export interface SnippetInfo {
  /** The library's version. */
  version: string;
  /** What it shows ("Study: …", "Comparison: …", or a composed page). */
  label: string;
  /** Where the page hosts dist/cdn/. */
  cdn: string;
}

/** A whole snippet: what it is and how to paste it, the pre-rendered markup, the upgrade lines. */
export function snippetFile(info: SnippetInfo, markup: string): string {
  return `<!-- ms-evidence-elements ${info.version}: ${info.label.replace(/--/g, '—')}. Pre-rendered: readable without JavaScript.
     Paste into a Custom HTML block; change ${info.cdn} to where you host dist/cdn/. -->
${markup}
${upgradeLines(info.cdn)}
`;
}

/** The publication link readers get inside a card if even declarative shadow DOM is unsupported. */
export function fallbackLink(citation: { title: string; doi?: string | undefined; pmid?: string | undefined }): string {
  const href = citation.doi ? `https://doi.org/${citation.doi}` : citation.pmid ? `https://pubmed.ncbi.nlm.nih.gov/${citation.pmid}/` : '';
  return href ? `<a href="${escapeAttr(href)}">${escapeText(citation.title)}</a>` : escapeText(citation.title);
}

/**
 * An element rendered in this browser, written as the server writes it: its tag with `attributes`
 * (already serialized, e.g. ` study-id="lu-2020" compact`) and the server-rendered marker (so the
 * placeholder stylesheet reserves no space around it), a declarative shadow root holding its
 * styles and its rendered content, then `light` (its children: the fallback link, inline JSON).
 * Render it first and wait for `updateComplete`: what it shows now is what readers will see.
 */
export function prerenderedInBrowser(el: Element, attributes: string, light: string): string {
  const root = el.shadowRoot;
  if (!root) throw new Error(`<${el.localName}> has no shadow root to serialize`);
  const css = root.adoptedStyleSheets.map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('')).join('');
  // Lit's markers are comments: without hydration (see above) they mean nothing to anyone.
  const content = root.innerHTML.replace(/<!--[\s\S]*?-->/g, '');
  // A style element's text is raw: only "</style" could end it early, and CSS has no use for it.
  const style = css ? `<style>${css.replace(/<\/style/gi, '<\\/style')}</style>` : '';
  const tag = el.localName;
  return `<${tag} ${SERVER_RENDERED_ATTRIBUTE}${attributes}><template shadowrootmode="open">${style}${content}</template>${light}</${tag}>`;
}
