import { css } from 'lit';

export const styles = css`
  :host {
    --_bg: var(--treatment-comparison-background, var(--_surface));
    --_line: var(--treatment-comparison-border-color, var(--_border));
    --_head: var(--treatment-comparison-header-background, var(--_subtle));
    --_hl: var(--treatment-comparison-highlight-color, var(--_accent));
    --_col: var(--treatment-comparison-column-min-width, 10em);
    /*
     * The comparison's height until a reader opens it whole. How tall a table is depends on its
     * data (options, rows, the length of each answer), which no stylesheet can see before the
     * script runs; a box of known height, in which the table scrolls, is what lets
     * src/cdn/ms-evidence-elements.css reserve exactly the space the element takes.
     */
    --_height: var(--treatment-comparison-block-size, 32em);
    container-type: inline-size;
  }
  /* Loading takes the box's height, as the placeholder did. */
  .skeleton-table {
    box-sizing: border-box;
    block-size: var(--_height);
  }
  .base {
    display: grid;
    gap: var(--_space-3);
    overflow-wrap: break-word;
  }
  /*
   * The fixed-height box: the table (or the cards) take what the caption, notes and buttons leave,
   * and never more than they need: a short table keeps its notes under it, the space left below.
   */
  .base.boxed {
    box-sizing: border-box;
    display: flex;
    flex-direction: column;
    block-size: var(--_height);
  }
  .base.boxed > * {
    flex: none;
  }
  .base.boxed > .frame {
    flex: 0 1 auto;
    min-block-size: 0;
  }
  /*
   * Sources a reader opened, or the editors' problem notice, come under the box and the element
   * grows: the table stays in a box of the same height.
   */
  .base.boxed:has(> .sources[open], > .problems) {
    block-size: auto;
  }
  .base.boxed:has(> .sources[open], > .problems) > .frame {
    max-block-size: var(--_height);
  }
  .frame > .scroller {
    flex: 1 1 auto;
    min-block-size: 0;
  }
  .base.boxed .scroller {
    overflow: auto;
    overscroll-behavior-inline: contain;
  }
  /* Rows hidden below the box: the last line fades, and the button under the box says so. */
  .base.boxed .more-below > .scroller {
    mask-image: linear-gradient(to bottom, #000 calc(100% - 2.5em), rgb(0 0 0 / 0.3));
  }
  .expand {
    align-self: start;
  }
  .expand[hidden] {
    display: none;
  }
  .cards {
    display: grid;
    gap: var(--_space-3);
    align-content: start;
    padding: 0.25em;
  }
  .base:focus {
    outline: none;
  }
  .frame {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: var(--_space-1);
  }
  .scroller {
    overflow-x: auto;
  }
  .scroller:focus-visible {
    outline: 0.2em solid var(--_text);
    outline-offset: 0.1em;
  }
  /* Edge shadows say "there is more this way" while columns are hidden beyond that edge. */
  .frame::before,
  .frame::after {
    content: '';
    position: absolute;
    inset-block: 0;
    inline-size: 1.25em;
    pointer-events: none;
    opacity: 0;
    transition: opacity 0.2s;
    z-index: 2;
  }
  .frame::before {
    inset-inline-start: 0;
    background: linear-gradient(to right, rgb(0 0 0 / 0.25), transparent);
  }
  .frame::after {
    inset-inline-end: 0;
    background: linear-gradient(to left, rgb(0 0 0 / 0.25), transparent);
  }
  .frame.more-start::before,
  .frame.more-end::after {
    opacity: 1;
  }
  .hint {
    justify-self: end;
    font-size: 0.9em;
    font-weight: 600;
    color: var(--_muted);
  }
  .hint[hidden] {
    display: none;
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
    min-inline-size: 7em;
    inline-size: 9em;
  }
  /* Row headers stay in view while the options scroll past them, option headers while the rows do. */
  tbody th,
  .corner {
    position: sticky;
    inset-inline-start: 0;
    z-index: 1;
  }
  thead th,
  thead .corner {
    position: sticky;
    inset-block-start: 0;
    z-index: 2;
  }
  thead .corner {
    z-index: 3;
  }
  .corner {
    background: var(--_bg);
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
  /* Option headers are buttons, and look it: a border, a pressed state filled and ticked. */
  .option-button {
    box-sizing: border-box;
    display: block;
    inline-size: 100%;
    min-block-size: 2.75em;
    padding: var(--_space-1) var(--_space-2);
    border: 0.125em solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
    font: inherit;
    font-weight: 700;
    text-align: start;
    cursor: pointer;
  }
  .option-button:hover {
    background: var(--_subtle);
  }
  .option-button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_surface);
  }
  .option-button[aria-pressed='true']::before {
    content: '✓ ';
  }
  .sources summary {
    cursor: pointer;
    color: var(--_link);
    font-weight: 600;
    inline-size: fit-content;
  }
  .sources dl {
    display: grid;
    gap: var(--_space-2);
    margin-block-start: var(--_space-2);
  }
  .sources dt {
    font-weight: 700;
  }
  .sources dd {
    margin: 0;
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
  /*
   * Stacked cards where the table would not fit: the more options, the wider the table needs to
   * be (a 9em row header and about 10em a column). Two or three options fit a 650 px CMS column
   * as a table; more stack there, and scroll (with edge shadows) only where they nearly fit.
   */
  @container (max-width: 30em) {
    .wide {
      display: none;
    }
    .narrow {
      display: flex;
    }
  }
  @container (max-width: 42em) {
    :is(.cols-4, .cols-5, .cols-6) .wide {
      display: none;
    }
    :is(.cols-4, .cols-5, .cols-6) .narrow {
      display: flex;
    }
  }
  @media (forced-colors: active) {
    .highlighted,
    thead th.highlighted {
      outline: 0.25em solid Highlight;
    }
  }
  @media print {
    .base.boxed {
      display: grid;
      block-size: auto;
    }
    .base.boxed .scroller {
      overflow: visible;
      mask-image: none;
    }
    .wide {
      display: block !important;
      overflow: visible;
    }
    .frame::before,
    .frame::after,
    .hint {
      display: none;
    }
    details::details-content {
      content-visibility: visible;
      display: block;
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
