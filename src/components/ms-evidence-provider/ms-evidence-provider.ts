/**
 * `<ms-evidence-provider>` holds one dataset for every card and comparison inside it, so a page
 * loads and checks its data once: given as a property, fetched from `src`, or written inline as
 * a JSON script child. Elements inside pick their records by id.
 */
import { LitElement, css, html, isServer, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ContextProvider } from '@lit/context';
import type { Dataset } from '../../model/schema.js';
import { evidenceContext, type ProvidedEvidence } from '../shared/context.js';
import type { FetchHandle } from '../shared/fetch-json.js';
import { InlineJsonController } from '../shared/inline-json.js';
import { fetcher, model } from '../shared/loaders.js';
import { resolveSrc, describeProblem } from '../shared/evidence-element.js';
import { warnOnce } from '../shared/dev.js';
import { DEV_MODE } from '../shared/dev-mode.js';

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
export class MsEvidenceProvider extends LitElement {
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
  private provided: ProvidedEvidence = { state: 'loading' };

  private readonly context = new ContextProvider(this, { context: evidenceContext, initialValue: this.provided });

  private readonly inlineJson = new InlineJsonController(this);
  private fetch?: { url: string; handle: FetchHandle };
  private lastDocument?: unknown;
  private pending?: Promise<unknown>;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.fetch?.handle.release();
    this.fetch = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.src && !this.fetch) this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.provide();
  }

  /** Resolves once the dataset is loaded and checked (or failed). */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.pending) {
      await this.pending;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  private wait(promise: Promise<unknown>): void {
    const tracked = promise.then(
      () => this.requestUpdate(),
      () => this.requestUpdate(),
    );
    this.pending = tracked;
    void tracked.finally(() => {
      if (this.pending === tracked) this.pending = undefined;
    });
  }

  private provide(): void {
    const inline = this.data === undefined && !isServer ? this.inlineJson.read() : undefined;
    let doc: unknown = this.data;
    if (doc === undefined && inline) {
      if (!inline.ok) {
        const issue = { kind: 'dataset', record: 'inline JSON', path: '', message: `is not valid JSON (${inline.error})` } as const;
        if (DEV_MODE) {
          warnOnce('ms-evidence-provider', 'ms-invalid-data', issue.record, '', issue.message);
        }
        this.set({ state: 'invalid', issues: [issue] });
        return;
      }
      doc = inline.value;
    }
    if (doc === undefined && this.src) {
      const url = resolveSrc(this.src);
      if (!url) {
        // Not a problem Retry could fix: the attribute itself is wrong (as for the elements).
        const issue = {
          kind: 'dataset',
          record: 'ms-evidence-provider',
          path: 'src',
          message: `must be an https (or same-site http) URL, not "${this.src}"`,
        } as const;
        if (DEV_MODE) warnOnce('ms-evidence-provider', 'ms-invalid-data', issue.record, 'src', issue.message);
        this.set({ state: 'invalid', issues: [issue] });
        return;
      }
      if (this.fetch?.url !== url) {
        this.fetch?.handle.release();
        this.fetch = undefined;
        const f = fetcher.get();
        if (isServer) return;
        if (!f) {
          this.set({ state: 'loading' });
          this.wait(fetcher.load());
          return;
        }
        this.fetch = { url, handle: f.acquireJson(url) };
      }
      const result = this.fetch.handle.settled;
      if (!result) {
        this.set({ state: 'loading' });
        this.wait(this.fetch.handle.promise);
        return;
      }
      if (!result.ok) {
        if (DEV_MODE) {
          warnOnce('ms-evidence-provider', 'ms-load-error', url, 'src', describeProblem(result.problem));
        }
        this.set({ state: 'load-error', problem: result.problem, url, retry: () => this.retry(url) });
        return;
      }
      doc = result.data;
    }
    if (doc === undefined) {
      // Its inline JSON child may not be parsed yet: stay loading until the document is.
      if (!isServer && document.readyState === 'loading') {
        this.set({ state: 'loading' });
        this.wait(new Promise((r) => document.addEventListener('DOMContentLoaded', r, { once: true })));
        return;
      }
      this.set({ state: 'ready', checked: { studies: new Map(), treatments: new Map(), issues: [] } });
      return;
    }
    const v = model.get();
    if (!v) {
      this.set({ state: 'loading' });
      if (!isServer) this.wait(model.load());
      return;
    }
    if (doc === this.lastDocument && this.provided.state === 'ready') return;
    this.lastDocument = doc;
    const checked = v.checkDataset(doc);
    if (DEV_MODE) {
      for (const i of checked.issues) warnOnce('ms-evidence-provider', 'ms-invalid-data', `${i.kind} "${i.record}"`, i.path, i.message);
    }
    this.set({ state: 'ready', checked });
  }

  private set(value: ProvidedEvidence): void {
    // A new object tells every consumer to update; "still loading" is not news.
    if (value.state === 'loading' && this.provided.state === 'loading') return;
    this.provided = value;
    this.context.setValue(value);
  }

  private retry(url: string): void {
    this.fetch?.handle.release();
    this.fetch = { url, handle: fetcher.get()!.acquireJson(url, { fresh: true }) };
    this.requestUpdate();
  }

  override render(): TemplateResult {
    return html`<slot></slot>`;
  }
}
