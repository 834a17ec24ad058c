/** The composer's own look: plain, high-contrast, the library's default palette. */
import { css } from 'lit';
import { visuallyHidden } from '../../src/components/shared/styles.js';

/** The composer's focus ring (NHS.UK's yellow and black), for every part of it that takes focus. */
export const focusRing = css`
  :is(a, button, input, select, textarea, summary, [tabindex]):focus-visible {
    outline: 3px solid #212b32;
    outline-offset: 2px;
    box-shadow: 0 0 0 6px #ffeb3b;
  }
`;

/** The buttons inside the composer's forms (study form, import): outlined, with room for a finger. */
export const formButton = css`
  button {
    font: inherit;
    min-block-size: 2.25em;
    padding: 0.25em 0.75em;
    border: 2px solid #005eb8;
    border-radius: 0.25em;
    background: #fff;
    color: #005eb8;
    font-weight: 600;
    cursor: pointer;
  }
`;

export const styles = css`
  :host {
    display: block;
    color: #212b32;
    background: #fff;
    font-family:
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Helvetica Neue',
      Arial,
      sans-serif;
    line-height: 1.5;
  }
  * {
    box-sizing: border-box;
  }
  header,
  main {
    padding: 1rem clamp(1rem, 3vw, 2rem);
  }
  header {
    border-block-end: 1px solid #aeb7bd;
    background: #f0f4f5;
  }
  h1,
  h2,
  h3 {
    line-height: 1.25;
    margin: 0 0 0.5rem;
  }
  h1 {
    font-size: 1.75rem;
  }
  h2 {
    font-size: 1.375rem;
    margin-block-start: 1rem;
  }
  h3 {
    font-size: 1.125rem;
  }
  p {
    margin: 0 0 0.5rem;
  }
  main:focus {
    outline: none;
  }
  .columns {
    display: grid;
    gap: 2rem;
    grid-template-columns: minmax(0, 1fr);
  }
  @media (min-width: 70rem) {
    .columns {
      grid-template-columns: minmax(22rem, 2fr) minmax(0, 3fr);
    }
  }
  .columns > * {
    min-inline-size: 0;
  }
  section {
    margin-block-end: 1.5rem;
  }
  .fields select {
    inline-size: 100%;
  }
  .fields {
    display: grid;
    gap: 0.375rem;
    max-inline-size: 40rem;
  }
  label {
    font-weight: 600;
  }
  fieldset {
    margin: 0.5rem 0;
    padding: 0.25rem 0.75rem 0.75rem;
    border: 1px solid #aeb7bd;
    border-radius: 0.25rem;
  }
  legend {
    font-weight: 700;
  }
  fieldset.inline label,
  .checks label {
    font-weight: 400;
    display: inline-flex;
    gap: 0.375rem;
    align-items: center;
    margin-inline-end: 1rem;
    min-block-size: 2rem;
  }
  .checks {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr));
  }
  input:not([type='checkbox'], [type='radio'], [type='color'], [type='file']),
  select,
  textarea {
    font: inherit;
    padding: 0.375rem 0.5rem;
    border: 1px solid #4c6272;
    border-radius: 0.25rem;
    background: #fff;
    color: #212b32;
    max-inline-size: 100%;
  }
  textarea {
    font-family: ui-monospace, 'Cascadia Mono', Menlo, Consolas, monospace;
    font-size: 0.875rem;
    inline-size: 100%;
  }
  button,
  .file {
    font: inherit;
    font-weight: 600;
    min-block-size: 2.5rem;
    padding: 0.25rem 0.875rem;
    border: 2px solid #005eb8;
    border-radius: 0.25rem;
    background: #fff;
    color: #005eb8;
    cursor: pointer;
  }
  button:hover {
    background: #f0f4f5;
  }
  button:disabled {
    border-color: #aeb7bd;
    color: #4c6272;
    cursor: not-allowed;
  }
  .file {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
  }
  .file input {
    max-inline-size: 14rem;
  }
  .hint {
    color: #4c6272;
    font-size: 0.9375rem;
  }
  .tag {
    display: inline-block;
    padding: 0 0.375rem;
    border: 1px dashed #4c6272;
    border-radius: 0.25rem;
    color: #4c6272;
    font-size: 0.8125rem;
    font-weight: 600;
  }
  .toolbar,
  .add-row,
  .own-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block: 0.5rem;
  }
  .results {
    list-style: none;
    margin: 0 0 0.75rem;
    padding: 0;
    max-block-size: 14rem;
    overflow: auto;
    border: 1px solid #aeb7bd;
    border-radius: 0.25rem;
  }
  .results li,
  .own-list li {
    display: flex;
    gap: 0.5rem;
    justify-content: space-between;
    align-items: center;
    padding: 0.25rem 0.5rem;
  }
  .results li + li {
    border-block-start: 1px solid #e3e8ea;
  }
  .blocks {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75rem;
  }
  .block {
    padding: 0.75rem;
    border: 1px solid #aeb7bd;
    border-inline-start: 0.375rem solid #005eb8;
    border-radius: 0.25rem;
    background: #fff;
  }
  .block.dragging {
    opacity: 0.5;
  }
  .block-head {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    justify-content: space-between;
    align-items: center;
  }
  .block-title {
    margin: 0;
    cursor: grab;
  }
  .grip {
    color: #4c6272;
  }
  .block-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
  }
  .block-actions button {
    min-block-size: 2.25rem;
    padding-inline: 0.5rem;
  }
  .color-row {
    display: flex;
    gap: 0.5rem;
    align-items: center;
  }
  input[type='color'] {
    inline-size: 3rem;
    block-size: 2.5rem;
    padding: 0.125rem;
    border: 1px solid #4c6272;
    border-radius: 0.25rem;
    background: #fff;
  }
  .brand-result p {
    margin: 0.25rem 0;
  }
  .swatches {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .swatch {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    padding: 0.5rem 0.75rem;
    border: 1px solid #aeb7bd;
    border-radius: 0.25rem;
  }
  .chip {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    border-radius: 50%;
  }
  .preview-controls {
    display: flex;
    flex-wrap: wrap;
    gap: 1rem;
  }
  .frame {
    padding: 1rem;
    border: 1px solid #aeb7bd;
    border-radius: 0.25rem;
    background: #fff;
    color-scheme: light;
    overflow: auto;
    max-block-size: 48rem;
  }
  .frame.dark {
    background: #10171c;
    color: #eef2f4;
    color-scheme: dark;
  }
  .frame.phone .preview {
    inline-size: 375px;
    max-inline-size: 100%;
    margin-inline: auto;
  }
  .preview {
    /* Not the composer's font: what the elements get on a page that sets none. */
    font-family: initial;
    display: grid;
    gap: 1rem;
  }
  .code {
    display: grid;
    gap: 0.375rem;
    margin-block: 0.75rem;
  }
  .code button {
    justify-self: start;
  }
  details {
    margin-block: 0.75rem;
  }
  summary {
    cursor: pointer;
    font-weight: 600;
    color: #005eb8;
  }
  .empty {
    color: #4c6272;
    font-style: italic;
  }
  .notice-check {
    margin-block: 0.5rem;
    padding: 0.5rem 1rem;
    border-inline-start: 0.5rem solid #ffb81c;
    background: #fff7e0;
  }
  ${visuallyHidden}
  ms-schema-form {
    max-inline-size: 48rem;
  }
`;
