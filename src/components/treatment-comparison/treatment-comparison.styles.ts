import { css } from 'lit';

export const styles = css`
  :host {
    --_bg: var(--treatment-comparison-background, var(--_surface));
    --_line: var(--treatment-comparison-border-color, var(--_border));
    --_head: var(--treatment-comparison-header-background, var(--_subtle));
    --_hl: var(--treatment-comparison-highlight-color, var(--_accent));
    --_col: var(--treatment-comparison-column-min-width, 11em);
    container-type: inline-size;
  }
  /* The loading skeleton reserves about the table's final height. */
  .skeleton-table {
    min-block-size: 24em;
  }
  .base {
    display: grid;
    gap: var(--_space-3);
    overflow-wrap: break-word;
  }
  .base:focus {
    outline: none;
  }
  .scroller {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
    background: var(--_bg);
    table-layout: auto;
  }
  caption {
    text-align: start;
    font-weight: 700;
    font-size: 1.15em;
    padding-block-end: var(--_space-2);
  }
  th,
  td {
    border: 0.0625em solid var(--_line);
    padding: var(--_space-2) var(--_space-3);
    text-align: start;
    vertical-align: top;
  }
  thead th {
    min-inline-size: var(--_col);
    background: var(--_head);
  }
  tbody th {
    background: var(--_head);
    min-inline-size: 8em;
    inline-size: 10em;
  }
  .corner {
    border-block-start-color: transparent;
    border-inline-start-color: transparent;
  }
  th > *,
  .card-heading > * {
    display: block;
    margin-block-end: var(--_space-1);
  }
  .badge {
    display: inline-flex;
    inline-size: fit-content;
  }
  .option-button {
    all: unset;
    box-sizing: border-box;
    display: block;
    font-weight: 700;
    color: var(--_link);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .category {
    font-size: 0.9em;
    font-weight: 400;
  }
  td ul,
  dd ul {
    margin: 0;
    padding-inline-start: 1.1em;
  }
  td p + p,
  dd p + p,
  .key-study {
    margin-block-start: var(--_space-1);
  }
  .findings {
    display: grid;
    gap: var(--_space-1);
  }
  .highlighted {
    box-shadow:
      inset 0.25em 0 0 var(--_hl),
      inset -0.25em 0 0 var(--_hl);
  }
  thead th.highlighted {
    box-shadow:
      inset 0.25em 0 0 var(--_hl),
      inset -0.25em 0 0 var(--_hl),
      inset 0 0.25em 0 var(--_hl);
  }
  .narrow {
    display: none;
    gap: var(--_space-3);
  }
  .card {
    display: grid;
    gap: var(--_space-2);
    padding: var(--_space-3);
    border: 0.0625em solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .card.highlighted {
    box-shadow: none;
    outline: 0.25em solid var(--_hl);
  }
  .card dl {
    display: grid;
    gap: var(--_space-2);
  }
  .card dt {
    font-weight: 700;
  }
  .card dd {
    margin: 0;
  }
  .note,
  .problems {
    padding: var(--_space-2) var(--_space-3);
    border-inline-start: 0.25em solid var(--_accent);
    background: var(--_subtle);
  }
  .problems {
    border-inline-start-color: var(--_danger);
  }
  .problems ul {
    padding-inline-start: 1.1em;
  }
  @container (max-width: 40em) {
    .wide {
      display: none;
    }
    .narrow {
      display: grid;
    }
  }
  @media (forced-colors: active) {
    .highlighted,
    thead th.highlighted {
      outline: 0.25em solid Highlight;
    }
  }
  @media print {
    .wide {
      display: block !important;
      overflow: visible;
    }
    .narrow {
      display: none !important;
    }
    th,
    td {
      border-color: #000;
    }
    tr {
      break-inside: avoid;
    }
  }
`;
