import { css } from 'lit';

export const styles = css`
  .base {
    display: grid;
    gap: var(--_space-1);
    color: var(--ms-review-info-color, var(--_muted));
  }
  .reviewer strong {
    color: var(--_text);
  }
  .stale {
    padding: var(--_space-1) var(--_space-2);
    border-inline-start: 0.25em solid var(--_caution);
    background: var(--_caution-surface);
    color: var(--_text);
  }
  .note {
    font-size: 0.9em;
  }
  /*
   * Who reviewed on one line, when on the next (as NHS.uk pages do): two lines whatever the
   * column's width, so the placeholder stylesheet can reserve them before the script runs.
   */
  .when {
    display: block;
  }
  /* While the model loads: the lines the placeholder stylesheet reserves (src/elements.ts). */
  .pending {
    min-block-size: 3em;
  }
  @media (max-width: 26em) {
    .pending {
      min-block-size: 4.5em;
    }
  }
`;
