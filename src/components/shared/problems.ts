/**
 * Templates for the exceptional cases, loaded only when an element first needs one: the designed
 * problem states (empty, not found, invalid data, could not load) and the "not approved" notice a
 * strict element shows on a page without one. Pages whose data is fine never download them.
 */
import { html, isServer, nothing, type CSSResult, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Problem } from './data-source.js';
import type { LoadProblem } from './fetch-json.js';
import { heading } from './templates.js';
import { calloutStyles, paragraphs, renderNotice } from './notice-template.js';
import { defaultNotice } from '../../model/notices.js';

/** The problem states' texts, in the words of one kind of element (each element class has its own). */
export interface StateTexts {
  emptyHeading: string;
  emptyText: string;
  notFoundHeading: string;
  notFoundText: (ids: string[]) => string;
  invalidHeading: string;
  invalidText: string;
  loadErrorHeading: string;
}

/** What a reader is told about a failed load. */
function loadProblemText(problem: LoadProblem): string {
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

/** Problem states: never blank, always saying what happened and what can be done. */
export function renderProblem<T>(texts: StateTexts, r: Problem<T>, level: number): TemplateResult {
  switch (r.state) {
    case 'empty':
      return html`<div part="base problem" class="problem quiet" tabindex="-1">
        ${heading(level, texts.emptyHeading)}
        <p>${texts.emptyText}</p>
      </div>`;
    case 'not-found':
      return html`<div part="base problem" class="problem" tabindex="-1">
        ${heading(level, texts.notFoundHeading)}
        <p>${texts.notFoundText(r.ids)}</p>
      </div>`;
    case 'invalid': {
      // Readers get one plain sentence; the field paths are for editors (and on the console).
      const shown = r.issues.slice(0, 8);
      return html`<div part="base problem" class="problem" tabindex="-1">
        ${heading(level, texts.invalidHeading)}
        <p>${texts.invalidText}</p>
        <details part="editor-details" class="editor-details">
          <summary>${msg('Details for the page’s editors')}</summary>
          <ul>
            ${shown.map((i) => html`<li><code>${i.path || i.record}</code>: ${i.message}</li>`)}
            ${r.issues.length > shown.length ? html`<li>${msg(str`and ${r.issues.length - shown.length} more`)}</li>` : nothing}
          </ul>
        </details>
      </div>`;
    }
    case 'load-error':
      return html`<div part="base problem" class="problem" tabindex="-1">
        ${heading(level, texts.loadErrorHeading)}
        <p>${loadProblemText(r.problem)}</p>
        <button class="button" part="retry" type="button" @click=${() => r.retry()}>${msg('Retry')}</button>
      </div>`;
  }
}

/** The "not approved" notice a strict element shows when the page has none. */
export function renderGuardrail(therapy: string, jurisdiction: string, level: number): TemplateResult {
  const n = defaultNotice('not-approved', { therapy, jurisdiction });
  return renderNotice(n.heading, paragraphs(n.text), level, 'guardrail-heading', 'guardrail');
}

/** Gives an element's shadow root the callout styles (once), before it shows a problem or notice. */
export function adoptCalloutStyles(root: ShadowRoot | HTMLElement | DocumentFragment): void {
  const sheet = (calloutStyles as CSSResult).styleSheet;
  // Not on the server, which has no ShadowRoot (its markup carries the element's own styles only).
  if (!isServer && root instanceof ShadowRoot && sheet && !root.adoptedStyleSheets.includes(sheet)) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
}
