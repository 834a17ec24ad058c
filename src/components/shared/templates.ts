/**
 * Template pieces every element uses: a heading at a configurable level, the loading skeleton,
 * and the designed problem states (empty, not found, invalid, could not load).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { literal, html as staticHtml, type StaticValue } from 'lit/static-html.js';
import { msg, str } from '@lit/localize';
import type { LoadProblem } from './fetch-json.js';
import type { Resolution } from './evidence-element.js';

const HEADINGS: StaticValue[] = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** A heading level from an attribute: a whole number from 1 to 6, default 3. */
export const headingLevel = (value: unknown, fallback = 3): number => {
  const n = Math.round(Number(value));
  return Number.isFinite(n) && n >= 1 ? Math.min(n, 6) : fallback;
};

/** A real heading element (`<h1>`–`<h6>`) at the given level. */
export function heading(level: number, content: unknown, attrs: { id?: string; part?: string; class?: string } = {}): TemplateResult {
  const tag = HEADINGS[headingLevel(level) - 1]!;
  return staticHtml`<${tag} id=${attrs.id ?? nothing} part=${attrs.part ?? nothing} class=${attrs.class ?? nothing}>${content}</${tag}>`;
}

/** What a reader is told about a failed load. */
export function loadProblemText(problem: LoadProblem): string {
  switch (problem.kind) {
    case 'http':
      return problem.status === 404
        ? msg('The data file was not found (HTTP 404).')
        : problem.status >= 500
          ? msg(str`The server had a problem (HTTP ${problem.status}).`)
          : msg(str`The server refused the request (HTTP ${problem.status}).`);
    case 'timeout':
      return msg(str`The server did not answer within ${problem.seconds} seconds.`);
    case 'content-type':
      return msg('The server did not send JSON data.');
    case 'json':
      return msg('The data file is not valid JSON.');
    default:
      return msg('The data could not be fetched. Check your connection.');
  }
}

/** Texts of the problem states, per element. */
export interface StateTexts {
  loading: string;
  emptyHeading: string;
  emptyText: string;
  notFoundHeading: string;
  notFoundText: (ids: string[]) => string;
  invalidHeading: string;
  invalidText: string;
  loadErrorHeading: string;
}

/** The loading skeleton: reserves roughly the final size so the page does not jump. */
export function renderLoading(label: string, lines: number, minBlockSize: string): TemplateResult {
  return html`<div part="base" class="skeleton" aria-busy="true" style="min-block-size:${minBlockSize}">
    <span class="visually-hidden" role="status">${label}</span>
    ${Array.from({ length: lines }, (_, i) => html`<span aria-hidden="true" style="inline-size:${i === 0 ? 70 : 100 - ((i * 17) % 40)}%"></span>`)}
  </div>`;
}

/** Problem states: never blank, always saying what happened and what can be done. */
export function renderProblem<T>(
  r: Exclude<Resolution<T>, { state: 'loading' } | { state: 'ready' }>,
  texts: StateTexts,
  level: number,
): TemplateResult {
  switch (r.state) {
    case 'empty':
      return html`<div part="base problem" class="problem quiet">
        ${heading(level, texts.emptyHeading)}
        <p>${texts.emptyText}</p>
      </div>`;
    case 'not-found':
      return html`<div part="base problem" class="problem">
        ${heading(level, texts.notFoundHeading)}
        <p>${texts.notFoundText(r.ids)}</p>
      </div>`;
    case 'invalid': {
      const shown = r.issues.slice(0, 8);
      return html`<div part="base problem" class="problem">
        ${heading(level, texts.invalidHeading)}
        <p>${texts.invalidText}</p>
        <ul>
          ${shown.map((i) => html`<li><code>${i.path || i.record}</code>: ${i.message}</li>`)}
          ${r.issues.length > shown.length ? html`<li>${msg(str`and ${r.issues.length - shown.length} more`)}</li>` : nothing}
        </ul>
      </div>`;
    }
    case 'load-error':
      return html`<div part="base problem" class="problem">
        ${heading(level, texts.loadErrorHeading)}
        <p>${loadProblemText(r.problem)}</p>
        <button class="button" part="retry" type="button" @click=${() => r.retry()}>${msg('Retry')}</button>
      </div>`;
  }
}

/**
 * A notice callout: role note (not alert: it is standing information), a real heading with a
 * visually hidden "Important:" prefix for screen-reader users skimming headings.
 */
export function renderNotice(headingText: string, body: unknown, level: number, id: string, part: string): TemplateResult {
  return html`<div part=${part} class="notice" role="note" aria-labelledby=${id}>
    ${heading(level, html`<span class="visually-hidden">${msg('Important:')} </span>${headingText}`, { id, part: 'heading', class: 'notice-heading' })}
    ${body}
  </div>`;
}

/** Paragraphs of text. */
export const paragraphs = (text: readonly string[]): TemplateResult[] => text.map((p) => html`<p>${p}</p>`);
