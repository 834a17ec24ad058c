import { css } from 'lit';

export const styles = css`
  .base {
    display: grid;
    gap: var(--_space-3);
  }
  .notice {
    border-inline-start-color: var(--medical-disclaimer-accent, var(--_caution));
    background: var(--medical-disclaimer-background, var(--_caution-surface));
  }
  .kind-emergency .notice {
    border-inline-start-color: var(--medical-disclaimer-emergency-accent, var(--_danger));
  }
  slot[name] {
    display: contents;
  }
  ::slotted(p) {
    margin: 0;
  }
  @media print {
    .notice {
      border-color: #000;
      background: none;
    }
  }
`;
