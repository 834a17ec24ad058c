/**
 * Design tokens and the styles every element shares. Global tokens (`--ms-*`) are read here once,
 * with defaults, into private values (`--_*`) that element styles use; a page themes every
 * element by setting the tokens, and one element by setting its own `--ms-<element>-*` properties.
 * Sizes are in em so the elements follow the host page's text size.
 *
 * Light and dark: each default is `light-dark(light, dark)`. Light pages stay light: an element
 * inherits the page's `color-scheme`, so it follows the reader's dark preference only when the
 * page declares dark support (`color-scheme: light dark` on the root, or `<meta
 * name="color-scheme" content="light dark">`), or when `theme="auto"` is set; `theme="light"` /
 * `theme="dark"` fix it. Both palettes meet WCAG AA contrast.
 */
import { css } from 'lit';

/**
 * Tokens with their defaults: an NHS-like light palette and its dark counterpart. The comment on
 * each line is its documentation: custom-elements-manifest.config.mjs copies it into the manifest
 * of every element that uses these tokens.
 */
export const tokens = css`
  :host {
    --_text: var(--ms-color-text, light-dark(#212b32, #eef2f4)); /* Text */
    --_muted: var(--ms-color-text-muted, light-dark(#4c6272, #b6c2ca)); /* Secondary text (citations, captions, the review line) */
    --_surface: var(--ms-color-surface, light-dark(#fff, #1b2329)); /* Background of the elements and their cards */
    --_subtle: var(--ms-color-surface-subtle, light-dark(#f0f4f5, #263139)); /* Background of headers, table headings and callouts */
    --_border: var(--ms-color-border, light-dark(#aeb7bd, #5e6b74)); /* Borders and rules */
    --_link: var(--ms-color-link, light-dark(#005eb8, #8cc8ff)); /* Links */
    --_link-visited: var(--ms-color-link-visited, light-dark(#330072, #d2b6ff)); /* Visited links */
    --_accent: var(--ms-color-accent, light-dark(#005eb8, #8cc8ff)); /* Accent: the highlighted option and emphasis borders */
    --_caution: var(--ms-color-caution, #ffb81c); /* Caution marks (investigational, not verified, review due) */
    --_caution-surface: var(--ms-color-caution-surface, light-dark(#fff7e0, #3a2f12)); /* Background behind caution notices */
    --_danger: var(--ms-color-danger, light-dark(#d5281b, #ff8b7f)); /* Danger marks (not approved, retractions, boxed warnings) */
    --_danger-surface: var(--ms-color-danger-surface, light-dark(#fdf0ef, #3d1c19)); /* Background behind danger notices */
    --_ok: var(--ms-color-approved, light-dark(#007f3b, #5fd39a)); /* Approved-status marks */
    --_ok-surface: var(--ms-color-approved-surface, light-dark(#eaf6ee, #123322)); /* Background behind approved-status marks */
    --_focus: var(--ms-color-focus, #ffeb3b); /* Focus indicator */
    --_focus-text: var(--ms-color-focus-text, #212b32); /* Text on the focus indicator */
    --_font: var(--ms-font-family, inherit); /* Font family (default: inherited from the page) */
    --_radius: var(--ms-radius, 0.25em); /* Corner radius */
    --_space-1: var(--ms-space-1, 0.25em); /* Smallest spacing step */
    --_space-2: var(--ms-space-2, 0.5em); /* Small spacing step */
    --_space-3: var(--ms-space-3, 1em); /* Medium spacing step */
    --_space-4: var(--ms-space-4, 1.5em); /* Large spacing step */
  }
  :host([theme='auto']) {
    color-scheme: light dark;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
`;

/** Text for screen readers only (also used by the composer). */
export const visuallyHidden = css`
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

/** Building blocks shared by the elements: hidden text, badges, buttons, links, states. */
export const shared = css`
  :host {
    display: block;
    /* Dark text would vanish on a dark page and light text on a light one: in dark mode each
       element paints its own surface behind itself. */
    background: light-dark(transparent, var(--_surface));
    color: var(--_text);
    font-family: var(--_font);
    line-height: 1.5;
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  ${visuallyHidden}
  :is(h1, h2, h3, h4, h5, h6) {
    line-height: 1.25;
  }
  :is(h1, h2, h3, h4, h5, h6, p, ul, dl) {
    margin: 0;
  }
  a {
    color: var(--_link);
    text-underline-offset: 0.15em;
  }
  a:visited {
    color: var(--_link-visited);
  }
  :is(a, button, summary):focus-visible {
    outline: 0.2em solid #0000;
    background: var(--_focus);
    color: var(--_focus-text);
    box-shadow:
      0 -0.125em var(--_focus),
      0 0.25em var(--_focus-text);
    text-decoration: none;
  }
  /* Containers focused by script (after Retry) get an outline, not the yellow text highlight. */
  [tabindex='-1']:focus {
    outline: none;
  }
  [tabindex='-1']:focus-visible {
    outline: 0.2em solid var(--_text);
    outline-offset: 0.2em;
  }
  .button,
  .badge {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-2);
    border-radius: var(--_radius);
    font-weight: 600;
  }
  .button {
    min-block-size: 2.75em;
    padding: var(--_space-2) var(--_space-3);
    border: 0.125em solid var(--_accent);
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
    padding: 0.125em var(--_space-2);
    border: 0.0625em solid var(--_border);
    background: var(--_subtle);
    font-size: 0.9em;
    line-height: 1.4;
  }
  .caution {
    border: 0.125em solid var(--_caution);
    background: var(--_caution-surface);
  }
  .approved {
    border-color: var(--_ok);
    background: var(--_ok-surface);
  }
  .tag {
    display: inline-block;
    padding: 0 var(--_space-1);
    border: 0.0625em dashed;
    border-radius: var(--_radius);
    font-size: 0.8em;
    font-weight: 600;
    white-space: nowrap;
  }
  .tag,
  .muted {
    color: var(--_muted);
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
  .skeleton span:nth-child(3n + 1) {
    inline-size: 70%;
  }
  .skeleton span:nth-child(3n + 2) {
    inline-size: 85%;
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton span {
      animation: ms-pulse 1.5s infinite;
    }
  }
  @keyframes ms-pulse {
    50% {
      opacity: 0.5;
    }
  }
  /* Forced colours (high contrast): borders become the system text colour by themselves; the
     skeleton's bars, drawn with backgrounds only, are kept in the system's grey. */
  @media (forced-colors: active) {
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
