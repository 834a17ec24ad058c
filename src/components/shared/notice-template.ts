/**
 * The notice callout, shared by <medical-disclaimer> and the strict guardrail notice (a module of
 * its own so elements that show no notice do not carry it).
 */
import { css, html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { heading } from './templates.js';

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

/**
 * Styles of the notice and problem callouts. Not part of every element's styles: the disclaimer
 * includes them, other elements adopt them with the lazily loaded problem templates.
 */
export const calloutStyles = css`
  .problem,
  .notice {
    display: grid;
    gap: var(--_space-2);
    justify-items: start;
    padding: var(--_space-3);
    border: 0.0625em solid var(--_border);
    border-inline-start: 0.5em solid var(--_danger);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .notice {
    border-inline-start-color: var(--_caution);
    background: var(--_caution-surface);
  }
  .quiet {
    border-inline-start-color: var(--_border);
  }
  .notice-heading {
    font-size: 1.05em;
  }
  .problem ul {
    padding-inline-start: 1.25em;
  }
  .problem code {
    overflow-wrap: anywhere;
  }
  @media (forced-colors: active) {
    .problem,
    .notice {
      border-color: CanvasText;
    }
  }
`;
