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
  /* While the model loads: the lines a typical review line takes, as the placeholder CSS reserves. */
  .pending {
    min-block-size: 3em;
  }
  @media (max-width: 30em) {
    .pending {
      min-block-size: 4.5em;
    }
  }
  @media (max-width: 21.5em) {
    .pending {
      min-block-size: 6em;
    }
  }
`;
