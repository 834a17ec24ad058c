/**
 * Server-side rendering (Node): renders the elements to HTML with declarative shadow DOM, using
 * @lit-labs/ssr. The page then loads `ms-evidence-elements/hydrate` (or the CDN script after
 * `@lit-labs/ssr-client/lit-element-hydrate-support.js`) and the elements take over in place.
 *
 * ```js
 * import { preload, renderToString } from 'ms-evidence-elements/server';
 * import { html } from 'lit';
 * await preload();
 * const body = await renderToString(html`<ms-study-card study-id="lu-2020"></ms-study-card>`);
 * ```
 *
 * @lit/context does not reach across server rendering: an element inside an
 * `<ms-evidence-provider>` is rendered from the dataset given to `preload` (else the bundled
 * one), and reads its provider once hydrated.
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import type { TemplateResult } from 'lit';
import * as model from './model/index.js';
import { bundled, model as lazyModel, problems, provideBundled, serverPreloads } from './components/shared/loaders.js';
import './index.js';

export { studyJsonLd, comparisonJsonLd, reviewJsonLd, jsonLdScript } from './model/structured-data.js';

/**
 * Makes everything the elements load lazily available synchronously, so the first (server)
 * render is complete. `dataset`: the data elements look up by id (default: the bundled data).
 */
export async function preload(dataset?: unknown): Promise<void> {
  lazyModel.provide(model);
  provideBundled(dataset !== undefined ? model.checkDataset(dataset) : await bundled('all').load());
  await Promise.all([problems.load(), ...[...serverPreloads].map((l) => l.load())]);
}

/** Renders a Lit template (elements included) to an HTML string with declarative shadow DOM. */
export async function renderToString(template: TemplateResult): Promise<string> {
  return collectResult(render(template));
}
