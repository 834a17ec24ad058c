import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

interface Args {
  clinic: string;
  accent: string;
  accentDark: string;
  theme: 'auto' | 'light' | 'dark';
  lang: 'en' | 'es';
}

/**
 * For marketing teams: a landing page composed only of the library's elements and plain HTML,
 * with every guardrail in place. Change the controls to see the same page for another clinic.
 * A colour the page sets applies to both themes, so brand colours come in pairs, set with CSS
 * light-dark(light, dark): each must keep 4.5:1 contrast on its own background. The page
 * composer (`npm start`, then /composer/) builds such a page without code.
 */
export const GUIDANCE =
  'For marketing teams: a landing page composed only of the library’s elements and plain HTML, with every guardrail in place. Change the controls to see the same page for another clinic. A colour the page sets applies to both themes, so brand colours come in pairs, set with CSS light-dark(light, dark): each must keep 4.5:1 contrast on its own background (the Theme builder makes the pair). The page composer (npm start, then /composer/) builds such a page without code.';

const meta: Meta<Args> = {
  title: 'Guides/Compose a landing page',
  excludeStories: ['GUIDANCE'],
  parameters: { docs: { description: { component: GUIDANCE } } },
  args: { clinic: 'Example Neurology Clinic', accent: '#005eb8', accentDark: '#8cc8ff', theme: 'auto', lang: 'en' },
  argTypes: {
    accent: { control: 'color', description: 'Accent and link colour on light backgrounds' },
    accentDark: { control: 'color', description: 'Accent and link colour on dark backgrounds' },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    lang: { control: 'inline-radio', options: ['en', 'es'] },
  },
  render: ({ clinic, accent, accentDark, theme, lang }) => {
    const t = theme === 'auto' ? '' : theme;
    return html`<div
      lang=${lang}
      style="--ms-color-accent:light-dark(${accent},${accentDark});--ms-color-link:light-dark(${accent},${accentDark});max-width:56rem;display:grid;gap:1.5rem;font-family:system-ui,sans-serif"
    >
      <header>
        <p style="margin:0;font-weight:700">${clinic}</p>
        <h1 style="margin:.25rem 0">Stem-cell therapy for MS: what the research shows</h1>
        <ms-review-info theme=${t} reviewer="Dr A Example" credentials="MD, Neurologist" last-reviewed="2026-03-02"></ms-review-info>
      </header>
      <medical-disclaimer theme=${t} kind="not-approved" therapy="Umbilical-cord stem cell therapy"></medical-disclaimer>
      <section style="display:grid;gap:1rem">
        <h2 style="margin:0">The published studies</h2>
        <ms-study-card theme=${t} compact study-id="jamali-2024"></ms-study-card>
        <ms-study-card theme=${t} compact study-id="lu-2020"></ms-study-card>
        <ms-study-card theme=${t} compact study-id="riordan-2018"></ms-study-card>
      </section>
      <section style="display:grid;gap:1rem">
        <h2 style="margin:0">How it compares with established care</h2>
        <treatment-comparison
          theme=${t}
          treatment-ids="disease-modifying-therapies corticosteroids umbilical-cord-msc-therapy"
          highlight="umbilical-cord-msc-therapy"
        ></treatment-comparison>
      </section>
      <medical-disclaimer theme=${t} kind="educational consult emergency"></medical-disclaimer>
    </div>`;
  },
};
export default meta;

/** The composed page. */
export const LandingPage: StoryObj<Args> = { name: 'Compose a landing page' };

/** The same page in Spanish. */
export const Spanish: StoryObj<Args> = { name: 'In Spanish', args: { lang: 'es' } };

/** The same page in the dark theme. */
export const Dark: StoryObj<Args> = { name: 'Dark theme', args: { theme: 'dark', accent: '#8cc8ff' } };
