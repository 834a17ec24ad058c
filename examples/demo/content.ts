/**
 * The demo page's plain content (overview, symptoms, forms of MS), from data/page.json, as Lit
 * templates: rendered in the browser by main.ts, or on the server by examples/ssr/prerender.ts.
 */
import { html, type TemplateResult } from 'lit';
import page from '../../data/page.json' with { type: 'json' };

const { condition } = page.page;

export const plainContent: Record<string, () => TemplateResult> = {
  overview: () => html`${condition.overview.map((p) => html`<p>${p}</p>`)}`,
  symptoms: () => html`${condition.symptoms.map((s) => html`<li>${s}</li>`)}`,
  forms: () =>
    html`${condition.forms.map(
      (f) =>
        html`<dt>${f.name}</dt>
          <dd>${f.description}</dd>`,
    )}`,
};
