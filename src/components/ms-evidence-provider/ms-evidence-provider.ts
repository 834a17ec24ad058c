/**
 * `<ms-evidence-provider>` holds one dataset for every card and comparison inside it, so a page
 * loads and checks its data once: given as a property, fetched from `src`, or written inline as
 * a JSON script child. Elements inside pick their records by id.
 */
import { css, html, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ContextProvider } from '@lit/context';
import type { Dataset } from '../../model/schema.js';
import type { CheckedDataset } from '../../model/validate.js';
import { evidenceContext, type ProvidedEvidence } from '../shared/context.js';
import { DataElement, DataSourceController, type Resolution } from '../shared/data-source.js';
import { warnOnce } from '../shared/dev.js';
import { DEV_MODE } from '../shared/dev-mode.js';
import { ServerRenderController } from '../shared/server-render.js';

const EMPTY: CheckedDataset = { studies: new Map(), treatments: new Map(), issues: [] };

/**
 * Provides one dataset (studies, treatments, page content) to the elements inside it.
 *
 * @summary Shares one dataset with every evidence element inside it; loads and validates it once.
 *
 * @slot - The page content that uses the data.
 *
 * @status stable
 * @tagname ms-evidence-provider
 */
export class MsEvidenceProvider extends DataElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  static override properties: PropertyDeclarations = {
    data: { attribute: false },
    src: {},
  };

  /** The dataset, given directly: `{ studies, treatments, page }` (replace it to update). */
  data?: Dataset;

  /** URL of a dataset JSON document; fetched once, shared by every element inside. */
  src?: string;

  /** What the provider gives its consumers. */
  #provided: ProvidedEvidence = { state: 'loading' };

  readonly #context = new ContextProvider(this, { context: evidenceContext, initialValue: this.#provided });

  /** Takes over server-rendered markup; the `data` given on the server comes back from inline JSON. */
  protected readonly serverRender = new ServerRenderController(this, 'data');

  /** The same routes as every data element, minus lookups: the provider is where lookups end. */
  /** Where the dataset comes from: its routes, loads and state. */
  protected readonly dataSource = new DataSourceController<CheckedDataset>(this, {
    direct: () => this.data,
    named: () => false,
    key: () => '',
    fromDocument: (doc, model) => ({ state: 'ready', value: model.checkDataset(doc) }),
    fromDataset: (checked) => ({ state: 'ready', value: checked }),
    provider: false,
    none: () => ({ state: 'ready', value: EMPTY }),
  });

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.#provide(this.dataSource.resolution);
  }

  #provide(r: Resolution<CheckedDataset>): void {
    const value: ProvidedEvidence =
      r.state === 'ready'
        ? this.#provided.state === 'ready' && this.#provided.checked === r.value
          ? this.#provided
          : { state: 'ready', checked: r.value }
        : r.state === 'invalid' || r.state === 'load-error'
          ? r
          : { state: 'loading' };
    // A new object tells every consumer to update; "still loading" and the same dataset are not news.
    if (value === this.#provided || (value.state === 'loading' && this.#provided.state === 'loading')) return;
    this.#provided = value;
    this.#context.setValue(value);
    if (DEV_MODE && value.state === 'ready') {
      for (const i of value.checked.issues) warnOnce(this.localName, 'ms-invalid-data', `${i.kind} "${i.record}"`, i.path, i.message);
    }
  }

  #renderContent(): TemplateResult {
    return html`<slot></slot>`;
  }

  override render(): TemplateResult {
    return html`${this.serverRender.dataScript()}${this.#renderContent()}`;
  }
}
