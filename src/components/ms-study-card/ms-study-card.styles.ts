import { css } from 'lit';

export const styles = css`
  :host {
    --_card-bg: var(--ms-study-card-background, var(--_surface));
    --_card-border: var(--ms-study-card-border-color, var(--_border));
    --_card-padding: var(--ms-study-card-padding, 1em);
    --_card-radius: var(--ms-study-card-radius, var(--_radius));
    --_title-size: var(--ms-study-card-title-size, 1.25em);
    container-type: inline-size;
  }
  .card {
    display: grid;
    gap: var(--_space-3);
    padding: var(--_card-padding);
    border: 0.0625em solid var(--_card-border);
    border-radius: var(--_card-radius);
    background: var(--_card-bg);
    overflow-wrap: anywhere;
  }
  .card:focus {
    outline: none;
  }
  .card:focus-visible {
    outline: 0.2em solid var(--_focus-text);
    outline-offset: 0.2em;
  }
  .header {
    display: grid;
    gap: var(--_space-2);
  }
  .title {
    font-size: var(--_title-size);
  }
  .citation {
    display: flex;
    flex-wrap: wrap;
    column-gap: var(--_space-2);
    color: var(--_muted);
  }
  .journal {
    font-style: italic;
  }
  .all-authors summary {
    cursor: pointer;
    color: var(--_link);
    inline-size: fit-content;
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
  }
  .meter {
    display: inline-flex;
    gap: 0.15em;
  }
  .meter span {
    inline-size: 0.55em;
    block-size: 0.9em;
    border: 0.0625em solid currentColor;
    border-radius: 0.1em;
  }
  .meter span.on {
    background: currentColor;
  }
  .notices {
    list-style: none;
    padding: 0;
    display: grid;
    gap: var(--_space-1);
  }
  .notices li {
    padding: var(--_space-1) var(--_space-2);
    border-inline-start: 0.25em solid var(--_caution);
    background: var(--_caution-surface);
  }
  .notices li.retraction {
    border-inline-start-color: var(--_danger);
    background: var(--_danger-surface);
  }
  .design-line {
    font-weight: 600;
  }
  .toggle {
    justify-self: start;
  }
  .body {
    display: grid;
    gap: var(--_space-4);
  }
  .details:not([hidden]) {
    display: grid;
    gap: var(--_space-3);
  }
  .section {
    display: grid;
    gap: var(--_space-2);
  }
  .section > :is(h2, h3, h4, h5, h6) {
    font-size: 1.05em;
    padding-block-end: var(--_space-1);
    border-block-end: 0.0625em solid var(--_card-border);
  }
  .facts {
    display: grid;
    gap: var(--_space-1) var(--_space-3);
  }
  .fact {
    display: grid;
    gap: 0 var(--_space-3);
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  @container (min-inline-size: 36em) {
    .fact {
      grid-template-columns: 11em 1fr;
    }
  }
  .note {
    color: var(--_muted);
    font-size: 0.95em;
  }
  .reasons {
    padding-inline-start: 1.25em;
    display: grid;
    gap: var(--_space-1);
  }
  .context {
    padding: var(--_space-2) var(--_space-3);
    border-inline-start: 0.25em solid var(--_accent);
    background: var(--_subtle);
    font-weight: 600;
  }
  .outcomes {
    list-style: none;
    padding: 0;
    display: grid;
    gap: var(--_space-3);
  }
  .outcome {
    display: grid;
    gap: var(--_space-1);
    padding-block-start: var(--_space-2);
    border-block-start: 0.0625em dashed var(--_card-border);
  }
  .outcome:first-child {
    border-block-start: 0;
    padding-block-start: 0;
  }
  .measure {
    font-size: 1em;
  }
  .role {
    font-size: 0.9em;
  }
  .subhead {
    font-weight: 600;
  }
  .section ul:not(.outcomes, .reasons) {
    padding-inline-start: 1.25em;
  }
  .footer {
    display: grid;
    gap: var(--_space-2);
    padding-block-start: var(--_space-3);
    border-block-start: 0.0625em solid var(--_card-border);
    font-size: 0.95em;
  }
  .links {
    list-style: none;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2) var(--_space-3);
  }
  .stale {
    padding: var(--_space-2) var(--_space-3);
    border-inline-start: 0.25em solid var(--_caution);
    background: var(--_caution-surface);
  }
  @media (forced-colors: active) {
    .card,
    .notices li,
    .stale,
    .context {
      border-color: CanvasText;
    }
    .meter span.on {
      background: CanvasText;
    }
  }
  @media print {
    .card {
      break-inside: avoid-page;
      border-color: #000;
    }
    .details[hidden] {
      display: grid !important;
    }
    .all-authors summary {
      display: none;
    }
    .all-authors::details-content {
      content-visibility: visible;
      display: block;
    }
  }
`;
