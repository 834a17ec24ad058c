/**
 * Template pieces every element uses: a heading at a configurable level, the loading skeleton
 * and the notice callout. (Problem states load lazily: see problems.ts.)
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { JURISDICTION_PATTERN } from '../../model/levels.js';

/** The text a reader sees where a fact is missing. */
export const notReported = (): string => msg('Not reported');

/** Splits a list attribute ("a, b c") into its items; a list given by property is used as is. */
export const splitList = (value: unknown): string[] =>
  (Array.isArray(value) ? value.join(' ') : typeof value === 'string' ? value : '').split(/[\s,]+/).filter(Boolean);

/** A heading level from an attribute: a whole number from 1 to 6, default 3. */
export const headingLevel = (value: unknown, fallback = 3): number => {
  const n = Math.round(Number(value));
  return Number.isFinite(n) && n >= 1 ? Math.min(n, 6) : fallback;
};

/**
 * How the `jurisdiction` attribute is read: a two-letter code such as US or EU, in any case.
 * Blank (as CMS editors leave attributes) or not a code means the default, US; a development
 * warning reports the latter.
 */
export const jurisdictionAttribute = {
  converter: (value: string | null): string => {
    const code = value?.trim().toUpperCase() ?? '';
    return JURISDICTION_PATTERN.test(code) ? code : 'US';
  },
};

/**
 * A real heading element (`<h1>`–`<h6>`) at the given level. Six plain templates rather than
 * lit/static-html: smaller, and they compress to almost nothing.
 */
export function heading(level: number, content: unknown, attrs: { id?: string; part?: string; class?: string } = {}): TemplateResult {
  const id = attrs.id ?? nothing;
  const part = attrs.part ?? nothing;
  const cls = attrs.class ?? nothing;
  switch (headingLevel(level)) {
    case 1:
      return html`<h1 id=${id} part=${part} class=${cls}>${content}</h1>`;
    case 2:
      return html`<h2 id=${id} part=${part} class=${cls}>${content}</h2>`;
    case 4:
      return html`<h4 id=${id} part=${part} class=${cls}>${content}</h4>`;
    case 5:
      return html`<h5 id=${id} part=${part} class=${cls}>${content}</h5>`;
    case 6:
      return html`<h6 id=${id} part=${part} class=${cls}>${content}</h6>`;
    default:
      return html`<h3 id=${id} part=${part} class=${cls}>${content}</h3>`;
  }
}

/** The space a loading skeleton reserves: a card, a compact card, a table or a line. */
export type SkeletonSize = 'card' | 'compact' | 'table' | 'line';

/**
 * The loading skeleton: reserves roughly the final size (`size`, a class: card, compact, table,
 * line) so the page does not jump. Sizes live in the stylesheet, never in style attributes, so
 * the elements work under a Content-Security-Policy without 'unsafe-inline'.
 */
export function renderLoading(label: string, lines: number, size: SkeletonSize): TemplateResult {
  return html`<span class="visually-hidden" role="status">${label}</span>
    <div part="base" class="skeleton skeleton-${size}" aria-busy="true">
      ${Array.from({ length: lines }, () => html`<span aria-hidden="true"></span>`)}
    </div>`;
}

/** The last resort, when even the problem-state templates could not load: plain words and Retry. */
export function renderOffline(retry: () => void): TemplateResult {
  return html`<div part="base problem" class="problem" tabindex="-1">
    <p>${msg('This content could not be loaded. Check your connection.')}</p>
    <button class="button" part="retry" type="button" @click=${retry}>${msg('Retry')}</button>
  </div>`;
}
