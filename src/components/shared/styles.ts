/**
 * Design tokens and the styles every element shares. Global tokens (`--ms-*`) are read here once,
 * with defaults, into private values (`--_*`) that element styles use; a page themes every
 * element by setting the tokens, and one element by setting its own `--ms-<element>-*` properties.
 * Sizes are in em so the elements follow the host page's text size.
 */
import { css } from 'lit';

/** Tokens with their defaults: light, NHS-like palette with AA contrast. */
export const tokens = css`
  :host {
    --_text: var(--ms-color-text, #212b32);
    --_muted: var(--ms-color-text-muted, #4c6272);
    --_surface: var(--ms-color-surface, #ffffff);
    --_subtle: var(--ms-color-surface-subtle, #f0f4f5);
    --_border: var(--ms-color-border, #aeb7bd);
    --_link: var(--ms-color-link, #005eb8);
    --_link-visited: var(--ms-color-link-visited, #330072);
    --_accent: var(--ms-color-accent, #005eb8);
    --_caution: var(--ms-color-caution, #ffb81c);
    --_caution-surface: var(--ms-color-caution-surface, #fff7e0);
    --_danger: var(--ms-color-danger, #d5281b);
    --_danger-surface: var(--ms-color-danger-surface, #fdf0ef);
    --_ok: var(--ms-color-approved, #007f3b);
    --_ok-surface: var(--ms-color-approved-surface, #eaf6ee);
    --_focus: var(--ms-color-focus, #ffeb3b);
    --_focus-text: var(--ms-color-focus-text, #212b32);
    --_font: var(--ms-font-family, inherit);
    --_radius: var(--ms-radius, 0.25em);
    --_space-1: var(--ms-space-1, 0.25em);
    --_space-2: var(--ms-space-2, 0.5em);
    --_space-3: var(--ms-space-3, 1em);
    --_space-4: var(--ms-space-4, 1.5em);
  }
`;

/** Building blocks shared by the elements: hidden text, badges, buttons, links, states. */
export const shared = css`
  :host {
    display: block;
    color: var(--_text);
    font-family: var(--_font);
    line-height: 1.5;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0;
    line-height: 1.25;
    font-weight: 700;
  }
  p,
  ul,
  ol,
  dl {
    margin: 0;
  }
  a {
    color: var(--_link);
    text-underline-offset: 0.15em;
  }
  a:visited {
    color: var(--_link-visited);
  }
  a:hover {
    text-decoration-thickness: 0.15em;
  }
  a:focus-visible,
  button:focus-visible,
  summary:focus-visible,
  [tabindex='-1']:focus-visible {
    outline: 0.2em solid transparent;
    background: var(--_focus);
    color: var(--_focus-text);
    box-shadow:
      0 -0.125em var(--_focus),
      0 0.25em var(--_focus-text);
    text-decoration: none;
  }
  [tabindex='-1']:focus:not(:focus-visible) {
    outline: none;
  }
  .button {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-2);
    min-block-size: 2.75em;
    padding: var(--_space-2) var(--_space-3);
    border: 0.125em solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .button:hover {
    background: var(--_subtle);
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-2);
    padding: 0.125em var(--_space-2);
    border: 0.0625em solid currentColor;
    border-radius: var(--_radius);
    font-size: 0.9em;
    font-weight: 600;
    line-height: 1.4;
  }
  .badge.caution {
    border: 0.125em solid var(--_caution);
    background: var(--_caution-surface);
    color: var(--_text);
  }
  .badge.approved {
    border-color: var(--_ok);
    background: var(--_ok-surface);
    color: var(--_text);
  }
  .badge.neutral {
    border-color: var(--_border);
    background: var(--_subtle);
    color: var(--_text);
  }
  .tag {
    display: inline-block;
    padding: 0 var(--_space-1);
    border: 0.0625em dashed var(--_muted);
    border-radius: var(--_radius);
    color: var(--_muted);
    font-size: 0.8em;
    font-weight: 600;
    white-space: nowrap;
  }
  .muted {
    color: var(--_muted);
  }
  .problem {
    padding: var(--_space-3);
    border: 0.125em solid var(--_border);
    border-inline-start: 0.5em solid var(--_danger);
    border-radius: var(--_radius);
    background: var(--_surface);
    display: grid;
    gap: var(--_space-2);
    justify-items: start;
  }
  .notice {
    display: grid;
    gap: var(--_space-2);
    padding: var(--_space-3);
    border: 0.0625em solid var(--_border);
    border-inline-start: 0.5em solid var(--_caution);
    border-radius: var(--_radius);
    background: var(--_caution-surface);
    color: var(--_text);
  }
  .notice-heading {
    font-size: 1.05em;
  }
  .problem.quiet {
    border-inline-start-color: var(--_border);
  }
  .problem ul {
    padding-inline-start: 1.25em;
  }
  .problem code {
    font-size: 0.95em;
    overflow-wrap: anywhere;
  }
  .skeleton {
    display: grid;
    gap: var(--_space-2);
    padding: var(--_space-3);
    border: 0.0625em solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .skeleton span {
    display: block;
    block-size: 1em;
    border-radius: var(--_radius);
    background: var(--_subtle);
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton span {
      animation: ms-pulse 1.5s ease-in-out infinite;
    }
  }
  @keyframes ms-pulse {
    50% {
      opacity: 0.5;
    }
  }
  @media (forced-colors: active) {
    .badge,
    .badge.caution,
    .badge.approved,
    .badge.neutral,
    .tag,
    .problem,
    .notice,
    .button {
      border-color: CanvasText;
    }
    .skeleton span {
      background: GrayText;
    }
  }
  @media print {
    .button,
    .skeleton {
      display: none !important;
    }
    a[href]::after {
      content: ' (' attr(href) ')';
      font-size: 0.85em;
      overflow-wrap: anywhere;
    }
  }
`;
