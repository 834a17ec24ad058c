/**
 * The data routes of every data element and of `<ms-evidence-provider>`, in one reactive
 * controller. Data can arrive as a property (or attributes), an inline `<script
 * type="application/json">` child, a `src` URL, or an id looked up in the nearest provider or the
 * bundled dataset; the controller turns them into one `Resolution`: loading, ready, or a designed
 * problem state. It owns fetching (shared per URL), caching of validation results, code and data
 * that load lazily, Retry, and the pending work that `await el.updateComplete` waits for.
 *
 * A host wires two lifecycle methods and reads `resolution` in `willUpdate` and `render`:
 *
 * ```ts
 * private readonly data = new DataSourceController<Study>(this, { ... });
 * protected override shouldUpdate(changed: PropertyValues): boolean {
 *   return this.data.shouldUpdate() && super.shouldUpdate(changed);
 * }
 * protected override async getUpdateComplete(): Promise<boolean> {
 *   return this.data.settle(await super.getUpdateComplete(), () => super.getUpdateComplete());
 * }
 * ```
 */
import { LitElement, isServer, type PropertyValues, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { ServerRenderController } from './server-render.js';
import { ContextConsumer } from '@lit/context';
import type { CheckedDataset } from '../../model/validate.js';
import type { DataIssue } from '../../model/result.js';
import { evidenceContext, type ProvidedEvidence } from './context.js';
import type { FetchHandle, LoadProblem } from './fetch-json.js';
import { InlineJsonController } from './inline-json.js';
import { bundled, fetcher, model, problems, type Lazy, type ModelModule } from './loaders.js';
import type { StateTexts } from './problems.js';
import { parsed } from './page-notices.js';
import { warnOnce } from './dev.js';
import { DEV_MODE } from './dev-mode.js';
import { renderLoading, renderOffline, type SkeletonSize } from './templates.js';

/** Where an element's data stands. */
export type Resolution<T> =
  | { state: 'loading' }
  | { state: 'empty' }
  | { state: 'load-error'; problem: LoadProblem; url: string; retry: () => void }
  | { state: 'not-found'; ids: string[] }
  | { state: 'invalid'; issues: DataIssue[] }
  | { state: 'ready'; value: T };

/** The states shown instead of data. */
export type Problem<T> = Exclude<Resolution<T>, { state: 'loading' } | { state: 'ready' }>;

/** Resolves a `src` against the page: https, or http on a page that is itself served by http. */
export function resolveSrc(src: string): string | undefined {
  try {
    const url = new URL(src, document.baseURI);
    return url.protocol === 'https:' || (url.protocol === 'http:' && location.protocol === 'http:') ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** A one-line, English description of a load problem, for the console. */
export function describeProblem(problem: LoadProblem): string {
  switch (problem.kind) {
    case 'http':
      return `the server answered HTTP ${problem.status}`;
    case 'timeout':
      return `no answer within ${problem.seconds} s`;
    case 'content-type':
      return `expected JSON, received ${problem.received}`;
    case 'json':
      return `not valid JSON (${problem.message})`;
    default:
      return 'the request failed (offline, blocked, or not an http(s) URL)';
  }
}

/** What the controller needs from its host element. */
export interface DataSourceHost extends ReactiveControllerHost, HTMLElement {
  readonly hasUpdated: boolean;
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** URL of a JSON document with the host's data. */
  src?: string | undefined;
}

/** How one kind of element reads its data (`V`: its view model module). */
export interface DataSourceOptions<T, V = unknown> {
  /** Data given directly (a property, or attributes), or undefined. */
  direct(): unknown;
  /** Whether the host names records to look up in a provider or the bundled data (an id, ids, a category). */
  named(): boolean;
  /** Everything `fromDocument` and `fromDataset` depend on besides the data, as a string: results are cached per key. */
  key(): string;
  /** Reads one document given by property, inline JSON or `src` (the model has loaded by then, and the view model). */
  fromDocument(doc: unknown, model: ModelModule): Resolution<T>;
  /** Picks the host's records from a checked dataset (a provider's, or the bundled one; the view model has loaded). */
  fromDataset(checked: CheckedDataset, views: V): Resolution<T>;
  /**
   * The host's view model module, loaded with its data (a bundled record needs it, not the
   * validator): a card loads the study view model alone, a comparison the treatments'.
   */
  views?: Lazy<V>;
  /** Look records up in the nearest `<ms-evidence-provider>` (default true). */
  provider?: boolean;
  /** Else in this part of the bundled dataset (`study:<id>`, `treatments`, `page`; none by default). */
  bundled?: () => string;
  /** What no data at all means, once the document is parsed (default: the empty state). */
  none?: () => Resolution<T>;
  /** The problem states' texts in this element's words (loaded on first use); none for an element that shows no states. */
  texts?: Lazy<() => StateTexts>;
}

export class DataSourceController<T, V = unknown> implements ReactiveController {
  /** The nearest provider's data, when there is one. */
  provided?: ProvidedEvidence;
  #value: Resolution<T> = { state: 'loading' };
  readonly #inlineJson: InlineJsonController;
  #fetch?: { url: string; handle: FetchHandle };
  readonly #pending = new Set<Promise<unknown>>();
  /** Library code that failed to load (offline, blocked): shown as a load error with Retry. */
  #codeFailed = false;
  #focusAfterRetry = false;
  // Validating is the costly step: keep the last result while the document and key are the same.
  #memo?: { source: unknown; key: string; result: Resolution<T> };

  constructor(
    private readonly host: DataSourceHost,
    private readonly options: DataSourceOptions<T, V>,
  ) {
    host.addController(this);
    this.#inlineJson = new InlineJsonController(host);
    if (options.provider !== false) {
      new ContextConsumer(host, {
        context: evidenceContext,
        subscribe: true,
        callback: (value) => {
          this.provided = value;
          host.requestUpdate();
        },
      });
    }
  }

  /** The current state of the host's data, resolved before each update. */
  get resolution(): Resolution<T> {
    // Server rendering calls willUpdate and render, never shouldUpdate.
    if (isServer) this.#value = this.#resolve();
    return this.#value;
  }

  hostConnected(): void {
    // A fetch released on disconnect must be joined again when the host comes back.
    if (this.host.src && !this.#fetch) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#releaseFetch();
  }

  /**
   * Resolves the data; call from the host's `shouldUpdate`. An element server-rendered with
   * declarative shadow DOM keeps its server markup until its data is ready, so hydration meets
   * the same template instead of a loading skeleton.
   */
  shouldUpdate(): boolean {
    this.#value = this.#resolve();
    const root = !this.host.hasUpdated && !isServer ? this.host.shadowRoot : null;
    if (!root?.firstChild) return true;
    // Hydrating. The server rendered a loading state (a `src` it does not fetch): hydrate it as
    // it is, then show the data when it arrives, as a page rendered in the browser would.
    if (this.#value.state === 'loading') return root.querySelector('[part~="base"][aria-busy="true"]') !== null;
    if (this.#value.state === 'ready' || this.#codeFailed) return true;
    // A problem state's template and this element's words for it load on first use: until both
    // have, the client would render a skeleton over the server's problem markup (a mismatch).
    const texts = this.options.texts;
    return this.use(problems) !== undefined && (!texts || this.use(texts) !== undefined);
  }

  hostUpdated(): void {
    this.#report(this.#value);
    if (this.#focusAfterRetry && this.#value.state !== 'loading') {
      this.#focusAfterRetry = false;
      this.host.renderRoot.querySelector<HTMLElement>('[part~="base"]')?.focus();
    }
  }

  /**
   * Waits for pending loads; call from the host's `getUpdateComplete`, so `await el.updateComplete`
   * means the data is rendered or a problem is shown (validation, the bundled dataset, a provider
   * and `src` fetches included).
   */
  async settle(result: boolean, next: () => Promise<boolean>): Promise<boolean> {
    while (this.#pending.size) {
      await Promise.allSettled([...this.#pending]);
      result = await next();
    }
    return result;
  }

  /**
   * Makes `updateComplete` wait for a promise and re-renders the host when it settles (unless told
   * not to). A disconnected host does not re-render: it would only start its loads again.
   */
  track(promise: Promise<unknown>, rerender = true): void {
    if (isServer) return;
    // Each element re-renders in a task of its own: when a shared load (the model, a dataset)
    // settles, a page's elements do not all render in one long task that blocks input.
    const settle = () => new Promise((r) => setTimeout(() => r(rerender && this.host.isConnected && this.host.requestUpdate())));
    const tracked = promise.then(settle, settle);
    this.#pending.add(tracked);
    void tracked.finally(() => this.#pending.delete(tracked));
  }

  /** A lazily loaded module if present; else starts loading it (a failure shows as a load error). */
  use<M>(module: Lazy<M>): M | undefined {
    const value = module.get();
    if (value === undefined && !this.#codeFailed && !isServer) {
      this.track(
        module.load().catch(() => {
          this.#codeFailed = true;
        }),
      );
    }
    return value;
  }

  /**
   * Everything but the ready state: the loading skeleton (`label`, `lines`, reserved `size`) and
   * the problem states in the host's own words (the `texts` option), whose templates load on
   * first use (the skeleton shows meanwhile).
   */
  render(skeleton: { label: string; lines: number; size: SkeletonSize }, level: number): TemplateResult {
    const r = this.resolution;
    const loading = renderLoading(skeleton.label, skeleton.lines, skeleton.size);
    if (r.state === 'loading' || r.state === 'ready' || !this.options.texts) return loading;
    const templates = this.use(problems);
    const words = this.use(this.options.texts);
    if (templates && words) {
      templates.adoptCalloutStyles(this.host.renderRoot);
      return templates.renderProblem(words(), r, level);
    }
    // Even the problem templates could not load: say so plainly, with Retry.
    return this.#codeFailed ? renderOffline(() => this.#retryCode()) : loading;
  }

  #retryCode(): void {
    this.#codeFailed = false;
    this.#focusAfterRetry = true;
    this.host.requestUpdate();
  }

  #memoized(source: unknown, compute: () => Resolution<T>): Resolution<T> {
    const key = this.options.key();
    if (this.#memo && this.#memo.source === source && this.#memo.key === key) return this.#memo.result;
    const result = compute();
    this.#memo = { source, key, result };
    return result;
  }

  /** The host's view model, once loaded (wrapped: a host without one is ready at once). */
  #viewModel(): { module: V } | undefined {
    const views = this.options.views;
    if (!views) return { module: undefined as V };
    const module = this.use(views);
    return module === undefined ? undefined : { module };
  }

  #readDocument(doc: unknown): Resolution<T> {
    const m = this.use(model);
    const v = this.#viewModel();
    return m && v ? this.#memoized(doc, () => this.options.fromDocument(doc, m)) : { state: 'loading' };
  }

  #resolve(): Resolution<T> {
    if (this.#codeFailed) {
      return { state: 'load-error', problem: { kind: 'network' }, url: 'ms-evidence-elements code', retry: () => this.#retryCode() };
    }
    const { options, host } = this;
    const direct = options.direct();
    const inline = direct === undefined && !isServer ? this.#inlineJson.read() : undefined;
    if (direct !== undefined || inline || !host.src) this.#releaseFetch();

    if (direct !== undefined) return this.#readDocument(direct);
    if (inline) {
      if (inline.ok) return this.#readDocument(inline.value);
      return {
        state: 'invalid',
        issues: [{ kind: 'dataset', record: 'inline JSON', path: '', message: `is not valid JSON (${inline.error})` }],
      };
    }
    if (host.src) return this.#fromSrc(host.src);
    if (options.named()) {
      if (this.provided && options.provider !== false) return this.#fromProvider(this.provided);
      if (options.bundled) {
        const checked = this.use(bundled(options.bundled()));
        return checked ? this.#pick(checked) : { state: 'loading' };
      }
    }
    // Nothing given yet: an inline JSON child may still be on its way while the page is parsed.
    if (!isServer && document.readyState === 'loading') {
      this.track(parsed());
      return { state: 'loading' };
    }
    return options.none?.() ?? { state: 'empty' };
  }

  #fromSrc(src: string): Resolution<T> {
    // Nothing is fetched on the server, nor by an element no longer in the page.
    if (isServer || !this.host.isConnected) return { state: 'loading' };
    const url = resolveSrc(src);
    if (!url) {
      return {
        state: 'invalid',
        issues: [
          { kind: 'dataset', record: this.host.localName, path: 'src', message: `must be an https (or same-site http) URL, not "${src}"` },
        ],
      };
    }
    if (this.#fetch?.url !== url) {
      this.#releaseFetch();
      const f = this.use(fetcher);
      if (!f) return { state: 'loading' };
      this.#fetch = { url, handle: f.acquireJson(url) };
    }
    const result = this.#fetch.handle.settled;
    if (!result) {
      this.track(this.#fetch.handle.promise);
      return { state: 'loading' };
    }
    if (!result.ok) return { state: 'load-error', problem: result.problem, url, retry: () => this.#retryFetch(url) };
    return this.#readDocument(result.data);
  }

  #retryFetch(url: string): void {
    this.#releaseFetch();
    this.#fetch = { url, handle: fetcher.get()!.acquireJson(url, { fresh: true }) };
    this.#focusAfterRetry = true;
    this.host.requestUpdate();
  }

  #releaseFetch(): void {
    this.#fetch?.handle.release();
    this.#fetch = undefined;
  }

  #fromProvider(provided: ProvidedEvidence): Resolution<T> {
    switch (provided.state) {
      case 'loading':
        return { state: 'loading' };
      case 'load-error':
        return {
          state: 'load-error',
          problem: provided.problem,
          url: provided.url,
          retry: () => {
            this.#focusAfterRetry = true;
            provided.retry();
          },
        };
      case 'invalid':
        return { state: 'invalid', issues: provided.issues };
      default:
        return this.#pick(provided.checked);
    }
  }

  /**
   * Picks records from a checked dataset; when none is found in a document that is broken as a
   * whole, shows why. The dataset was checked elsewhere (provider, bundled data), so this host
   * may still be waiting for the view models.
   */
  #pick(checked: CheckedDataset): Resolution<T> {
    const v = this.#viewModel();
    if (!v) return { state: 'loading' };
    return this.#memoized(checked, () => {
      const result = this.options.fromDataset(checked, v.module);
      const documentIssues = checked.issues.filter((i) => i.kind === 'dataset');
      return result.state === 'not-found' && documentIssues.length ? { state: 'invalid', issues: documentIssues } : result;
    });
  }

  /** Reports a problem state once on the console (development builds only). */
  #report(r: Resolution<T>): void {
    if (!DEV_MODE) return;
    const tag = this.host.localName;
    switch (r.state) {
      case 'invalid':
        for (const i of r.issues)
          warnOnce(tag, i.rule === 'claim' ? 'ms-claim' : 'ms-invalid-data', `${i.kind} "${i.record}"`, i.path, i.message);
        break;
      case 'not-found':
        warnOnce(tag, 'ms-not-found', r.ids.map((id) => `"${id}"`).join(', '), '', 'no record with this id in the data');
        break;
      case 'load-error':
        warnOnce(tag, 'ms-load-error', r.url, 'src', describeProblem(r.problem));
        break;
      case 'empty':
        warnOnce(tag, 'ms-no-data', '(none)', '', 'no data given: set a property, an id, src, or an inline JSON child');
        break;
    }
  }
}

/**
 * The base of every data element (card, comparison, review line, provider): it renders once its
 * data source has resolved (a server-rendered element keeps its markup until then), and its
 * `updateComplete` waits for the data's loads, so `await el.updateComplete` means the data is shown.
 */
export abstract class DataElement extends LitElement {
  /** Where the element's data comes from: its routes, loads and state. */
  protected abstract readonly dataSource: Pick<DataSourceController<unknown>, 'shouldUpdate' | 'settle'>;
  /** Takes over server-rendered markup and carries the element's data property through it. */
  protected abstract readonly serverRender: ServerRenderController;

  protected override shouldUpdate(changed: PropertyValues): boolean {
    return this.dataSource.shouldUpdate() && super.shouldUpdate(changed);
  }

  /** Hydrates the server's markup, or replaces it when the browser renders something else. */
  protected override update(changed: PropertyValues): void {
    this.serverRender.update(() => super.update(changed));
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    return this.dataSource.settle(await super.getUpdateComplete(), () => super.getUpdateComplete());
  }
}
