import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { FONT_STACKS, brandPair, formatRatio, themeCss, themeProperties } from '../composer/src/contrast.js';

/**
 * One brand colour in, the CSS block out: a `light-dark()` pair for the accent and link tokens,
 * each side checked for 4.5:1 contrast on the backgrounds the elements paint it on, and adjusted
 * (with the reason) when it falls short. The same code as the page composer's Brand step.
 */
interface Args {
  brand: string;
  font: string;
  radius: string;
}

const meta: Meta<Args> = {
  title: 'Guides/Theme builder',
  args: { brand: '#ff8800', font: FONT_STACKS['System sans-serif'], radius: '0.25em' },
  argTypes: {
    brand: { control: 'color', description: 'Your brand colour' },
    font: { control: 'select', options: Object.values(FONT_STACKS), description: 'Font family for the elements' },
    radius: { control: 'text', description: 'Corner radius, e.g. 0, 0.25em, 0.5em' },
  },
  parameters: {
    docs: {
      description: {
        component:
          'One brand colour in, a contrast-checked light/dark pair out, written as the CSS block to paste into your site. Colours that cannot reach 4.5:1 on the elements’ backgrounds are darkened (light theme) or lightened (dark theme), and the reason is shown.',
      },
    },
  },
  render: ({ brand, font, radius }) => {
    const pair = brandPair(brand) ?? brandPair('#005eb8')!;
    const options = { font, radius };
    const style = Object.entries(themeProperties(pair, options))
      .map(([k, v]) => `${k}:${v}`)
      .join(';');
    const panel = (theme: 'light' | 'dark') =>
      html`<div style="padding:1rem;border-radius:.25rem;background:${theme === 'light' ? '#fff' : '#10171c'};${style}">
        <ms-study-card theme=${theme} compact study-id="riordan-2018"></ms-study-card>
      </div>`;
    return html`<div style="display:grid;gap:1rem;max-width:64rem">
      <div role="status" class="theme-report">
        <p style="margin:0"><strong>Light theme:</strong> ${pair.light.reason}</p>
        <p style="margin:0"><strong>Dark theme:</strong> ${pair.dark.reason}</p>
      </div>
      <label for="theme-css" style="font-weight:600"
        >CSS for your site (light ${formatRatio(pair.light.ratio)}, dark ${formatRatio(pair.dark.ratio)})</label
      >
      <textarea id="theme-css" readonly rows="9" style="font-family:ui-monospace,monospace;font-size:.875rem;width:100%">
${themeCss(pair, options)}</textarea>
      <div style="display:grid;gap:1rem;grid-template-columns:repeat(auto-fit,minmax(18rem,1fr))">${panel('light')} ${panel('dark')}</div>
    </div>`;
  },
};
export default meta;

/** An orange too light for text on white: darkened for the light theme, kept for the dark. */
export const ThemeBuilder: StoryObj<Args> = { name: 'Theme builder' };
