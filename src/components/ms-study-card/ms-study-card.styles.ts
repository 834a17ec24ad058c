import { css, unsafeCSS } from 'lit';
import { CARD_RESERVATIONS } from './reservations.js';

/**
 * The height the page's placeholder styles reserve, by the card's own width (reservations.ts):
 * the skeleton takes it, and a closed card never shrinks below it, so nothing moves up.
 */
const reservations = unsafeCSS(
  CARD_RESERVATIONS.map((r) => {
    const rule = `.card,.skeleton{--_reserve-card:${r.card}em;--_reserve-compact:${r.compact}em}`;
    return r.below ? `@container (width < ${r.below}em){${rule}}` : rule;
  }).join(''),
);

/* Grouped by what rules share, to keep the stylesheet small: it ships with every card. */
const rules = css`
  :host {
    --_card-border: var(--ms-study-card-border-color, var(--_border));
    container-type: inline-size;
  }
  :host(:not([open])) .card {
    min-block-size: var(--_reserve-card);
    align-content: start;
  }
  :host([compact]:not([open])) .card {
    min-block-size: var(--_reserve-compact);
  }
  .card {
    padding: var(--ms-study-card-padding, 1em);
    border: 0.0625em solid var(--_card-border);
    border-radius: var(--ms-study-card-radius, var(--_radius));
    background: var(--ms-study-card-background, var(--_surface));
    overflow-wrap: anywhere;
  }
  .card,
  .body:not([hidden]) {
    display: grid;
    gap: var(--_space-3);
  }
  .card {
    position: relative;
  }
  /* The skip button shows only when focused, at the top of the card. */
  .skip {
    justify-self: start;
    padding: var(--_space-1) var(--_space-2);
    border: 0;
    background: none;
    color: var(--_link);
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }
  .skip:focus {
    position: static !important;
    inline-size: auto;
    block-size: auto;
    margin: 0;
    overflow: visible;
    clip-path: none;
    white-space: normal;
  }
  .summary {
    display: grid;
    gap: var(--_space-2);
    padding: var(--_space-2) var(--_space-3);
    border-inline-start: 0.25em solid var(--_accent);
    background: var(--_subtle);
  }
  .gist {
    gap: var(--_space-1);
  }
  :host([compact]) .card {
    gap: var(--_space-2);
  }
  .summary-heading {
    font-size: 1.05em;
  }
  .certainty {
    display: inline;
  }
  .certainty .meter {
    margin-inline-end: var(--_space-1);
    vertical-align: -0.1em;
  }
  .not-reported {
    font-size: 0.95em;
  }
  .stats {
    white-space: nowrap;
  }
  .header,
  .section,
  .footer {
    display: grid;
    gap: var(--_space-2);
  }
  .body:not([hidden]) {
    gap: var(--_space-4);
  }
  .reasons,
  .notices,
  .facts {
    display: grid;
    gap: var(--_space-1) var(--_space-3);
  }
  .fact {
    display: grid;
    column-gap: var(--_space-3);
  }
  @container (min-inline-size: 36em) {
    .fact {
      grid-template-columns: 11em 1fr;
    }
  }
  /* Each key message runs on from its label, as a plain-language summary reads: a line saved per message. */
  .summary .fact {
    display: block;
  }
  .summary dt,
  .summary dd {
    display: inline;
  }
  /* The approval label runs on too, wrapping like words (each line keeps its border and tint). */
  .summary .badge {
    display: inline;
    box-decoration-break: clone;
    -webkit-box-decoration-break: clone;
  }
  .summary .badge > [aria-hidden] {
    margin-inline-end: var(--_space-1);
  }
  /* Compact cards, in lists, keep the title near body size. */
  :host([compact]) .title {
    font-size: var(--ms-study-card-title-size, 1.1em);
  }
  .title {
    font-size: var(--ms-study-card-title-size, 1.25em);
  }
  /* The loading skeleton reserves about the card's final height. */
  .skeleton-card {
    min-block-size: var(--_reserve-card);
  }
  .skeleton-compact {
    min-block-size: var(--_reserve-compact);
  }
  .citation,
  .links {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2) var(--_space-3);
  }
  .citation,
  .note {
    color: var(--_muted);
  }
  .journal {
    font-style: italic;
  }
  summary {
    cursor: pointer;
    color: var(--_link);
    inline-size: fit-content;
  }
  .meter {
    display: inline-flex;
    gap: 0.15em;
  }
  .meter span {
    inline-size: 0.55em;
    block-size: 0.9em;
    border: 0.0625em solid;
    border-radius: 0.1em;
  }
  .meter .on {
    background: currentColor;
  }
  .notices,
  .links {
    list-style: none;
    padding: 0;
  }
  .notices li,
  .stale {
    padding: var(--_space-1) var(--_space-3);
    border-inline-start: 0.25em solid var(--_caution);
    background: var(--_caution-surface);
  }
  .notices .retraction {
    border-color: var(--_danger);
    background: var(--_danger-surface);
  }
  .subhead,
  dt {
    font-weight: 600;
  }
  .toggle {
    justify-self: start;
  }
  .section > :is(h2, h3, h4, h5, h6) {
    padding-block: var(--_space-1);
    border-block-end: 0.0625em solid var(--_card-border);
  }
  .when {
    font-weight: 600;
  }
  .section > :is(h2, h3, h4, h5, h6) {
    font-size: 1.05em;
  }
  .outcomes {
    display: grid;
    gap: var(--_space-1);
    padding-inline-start: 1.25em;
    list-style: disc;
  }
  .note,
  .footer {
    font-size: 0.95em;
  }
  .reasons,
  .section ul {
    padding-inline-start: 1.25em;
  }
  .footer[hidden] {
    display: none;
  }
  .footer {
    padding-block-start: var(--_space-3);
    border-block-start: 0.0625em solid var(--_card-border);
  }
  dd {
    margin: 0;
  }
  /* Forced colours (high contrast) need no rules here: borders become the system text colour. */
  @media print {
    .card {
      break-inside: avoid-page;
      border-color: #000;
    }
    .body[hidden],
    .footer[hidden] {
      display: grid !important;
    }
    .skip {
      display: none;
    }
    summary {
      display: none;
    }
    details::details-content {
      content-visibility: visible;
      display: block;
    }
  }
`;

/** The card's styles: its reserved heights, then its rules. */
export const styles = [reservations, rules];
