import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

/**
 * Theming with design tokens (`--ms-color-*`, `--ms-space-*`, `--ms-radius`, `--ms-font-family`),
 * per-element properties (`--ms-study-card-*`, `--treatment-comparison-*`,
 * `--medical-disclaimer-*`) and `::part()`. No element code changes.
 */
const meta: Meta = { title: 'Guides/Theming' };
export default meta;

/** A clinic's rebrand: green accent, serif type, square corners, an uppercase title, using only custom properties and ::part. */
export const ClinicRebrand: StoryObj = {
  name: 'Rebrand for a clinic',
  render: () =>
    html`<style>
        .clinic {
          /* Brand colours in pairs, light-dark(light, dark), so both themes keep their contrast. */
          --ms-color-accent: light-dark(#00603c, #7fd6ad);
          --ms-color-link: light-dark(#00603c, #7fd6ad);
          --ms-color-link-visited: light-dark(#3d2a66, #cdb8f5);
          --ms-font-family: Georgia, 'Times New Roman', serif;
          --ms-radius: 0;
          --ms-study-card-border-color: light-dark(#00603c, #7fd6ad);
          --ms-study-card-title-size: 1.4em;
          --treatment-comparison-header-background: light-dark(#e6f2ec, #16352a);
        }
        .clinic::part(title) {
          text-transform: uppercase;
          letter-spacing: 0.03em;
        }
        .clinic::part(certainty) {
          border-width: 2px;
        }
      </style>
      <div style="display:grid;gap:1rem">
        <ms-study-card class="clinic" compact open study-id="riordan-2018"></ms-study-card>
        <treatment-comparison class="clinic" treatment-ids="natalizumab umbilical-cord-msc-therapy"></treatment-comparison>
      </div>`,
};

/** The dark palette, fixed with `theme="dark"` (without it, elements follow the reader's colour scheme). */
export const Dark: StoryObj = {
  name: 'Dark',
  render: () =>
    html`<div style="background:#10171c;padding:1rem;display:grid;gap:1rem">
      <ms-review-info theme="dark" reviewer="Dr A Example" credentials="MD" last-reviewed="2026-03-02"></ms-review-info>
      <ms-study-card theme="dark" study-id="lu-2020"></ms-study-card>
      <medical-disclaimer theme="dark" kind="not-approved emergency" therapy="Stem cell therapy"></medical-disclaimer>
    </div>`,
};
