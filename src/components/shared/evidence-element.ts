/**
 * Base class of the data-driven elements. It turns the four routes by which data can arrive
 * (property, inline JSON child, `src`, and an id looked up in an `<ms-evidence-provider>` or the
 * bundled dataset) into one `resolution`: loading, ready, or a designed problem state. Subclasses
 * say how to read a document and how to pick records from a dataset, and render each state.
 *
 * `render()` never throws and is never blank: every problem has a visible state, and each is
 * reported once on the console with a stable code.
 */
import { LitElement, isServer, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ContextConsumer } from '@lit/context';
import type { CheckedDataset } from '../../model/validate.js';
import { acceptClaims, type DataIssue, type ValidationResult } from '../../model/result.js';
import { evidenceContext, type ProvidedEvidence } from './context.js';
import type { FetchHandle, LoadProblem } from './fetch-json.js';
import { InlineJsonController } from './inline-json.js';
import {
  defaultDataset,
  fetcher,
  model,
  notices,
  problems,
  structuredData,
  type Lazy,
  type ModelModule,
  type StructuredDataModule,
} from './loaders.js';
import { checkJurisdiction, warnOnce } from './dev.js';
import { DEV_MODE } from './dev-mode.js';
import { GuardrailController } from './guardrails.js';
import { renderLoading, renderOffline } from './templates.js';
import type { JsonLd } from '../../model/structured-data.js';

/** Where an element's data stands. */
export type Resolution<T> =
  | { state: 'loading' }
  | { state: 'empty' }
  | { state: 'load-error'; problem: LoadProblem; url: string; retry: () => void }
  | { state: 'not-found'; ids: string[] }
  | { state: 'invalid'; issues: DataIssue[] }
  | { state: 'ready'; value: T };

/** Resolves a `src` against the page: https, or http on a page that is itself served by http. */
export function resolveSrc(src: string): string | undefined {
  try {
    const url = new URL(src, document.baseURI);
    return url.protocol === 'https:' || (url.protocol === 'http:' && location.protocol === 'http:') ? url.href : undefined;
  } catch {
    return undefined;
  }
}

export abstract class EvidenceElement<T> extends LitElement {
  static override properties: PropertyDeclarations = {
    src: {},
    strict: { type: Boolean, reflect: true },
    noGuardrails: { type: Boolean, attribute: 'no-guardrails' },
    structuredData: { type: Boolean, attribute: 'structured-data' },
    provided: { state: true, attribute: false },
  };

  /**
   * URL of a JSON document with the data: one record, or a dataset from which the element picks
   * by id. Relative URLs resolve against the page. Fetched once per URL and shared.
   */
  src?: string;

  /**
   * Show the "not approved" notice inside this element when it shows an unapproved therapy and
   * the page has no `<medical-disclaimer kind="not-approved">`.
   */
  strict = false;

  /**
   * Switches this element's guardrails off: no missing-disclaimer check, and data claiming cure
   * or approval for an unapproved therapy is shown instead of refused. Reported on the console.
   * The regulatory label is always shown regardless.
   */
  noGuardrails = false;

  /**
   * Emit schema.org JSON-LD describing what this element shows, as a `<script
   * type="application/ld+json">` child (search engines read it; readers never see it).
   */
  structuredData = false;

  /** The nearest `<ms-evidence-provider>`'s data, when there is one. */
  protected provided?: ProvidedEvidence;

  protected readonly providerData = new ContextConsumer(this, {
    context: evidenceContext,
    subscribe: true,
    callback: (value) => (this.provided = value),
  });

  /** The current state of this element's data; computed before every render. */
  protected resolution: Resolution<T> = { state: 'loading' };

  private readonly inlineJson = new InlineJsonController(this);
  /** Whether the page lacks the not-approved notice this element's content needs. */
  protected readonly guardrail = new GuardrailController(this, this.localName);
  private fetch?: { url: string; handle: FetchHandle };
  private readonly pending = new Set<Promise<unknown>>();
  /** Library code that failed to load (offline, blocked): shown as a load error with Retry. */
  private codeFailed = false;
  private focusAfterRetry = false;
  // Validating is the costly step: keep the last result while the document and lookup are the same.
  private memo?: { source: unknown; key: string; result: Resolution<T> };

  /** The element's tag, for warnings. */
  protected abstract readonly tag: string;

  /** Data given directly as a property, or undefined. */
  protected abstract directData(): unknown;

  /** Whether the element names records to look up (an id, ids or a category). */
  protected abstract hasLookup(): boolean;

  /** Reads one document given by property, inline JSON or `src`. */
  protected abstract fromDocument(doc: unknown, validation: ModelModule): Resolution<T>;

  /** Picks this element's records from a checked dataset (the model has loaded by then). */
  protected abstract fromDataset(checked: CheckedDataset, model: ModelModule): Resolution<T>;

  /** A string naming what the element looks up (id, ids, category), for caching results. */
  protected abstract lookupKey(): string;

  /** JSON-LD for what is shown, when ready, built with the lazily loaded builders. */
  protected abstract jsonLd(builders: StructuredDataModule): JsonLd | undefined;

  /** The unapproved therapy this element shows, if any (for the guardrail). */
  abstract unapprovedTherapy(): string | undefined;

  /** The "not approved" notice a `strict` element shows when the page has none (loaded on first use). */
  protected renderGuardrail(therapy: string, level: number): TemplateResult | undefined {
    const templates = this.use(problems);
    const text = this.use(notices)?.defaultNotice('not-approved', { therapy, jurisdiction: this.jurisdiction });
    templates?.adoptCalloutStyles(this.renderRoot);
    return text && templates?.renderGuardrail(text, level);
  }

  /**
   * Everything but the ready state: the loading skeleton (`label`, `lines`, reserved `size`) and
   * the problem states, whose templates load on first use (the skeleton shows meanwhile).
   */
  protected renderState(label: string, lines: number, size: 'card' | 'compact' | 'table' | 'line', level: number): TemplateResult {
    const r = this.resolution;
    if (r.state === 'loading' || r.state === 'ready') return renderLoading(label, lines, size);
    const templates = this.use(problems);
    if (templates) {
      templates.adoptCalloutStyles(this.renderRoot);
      return templates.renderProblem(this.localName, r, level);
    }
    // Even the problem templates could not load: say so plainly, with Retry.
    if (this.codeFailed) return renderOffline(() => this.retryCode());
    return renderLoading(label, lines, size);
  }

  /** Jurisdiction of regulatory labels and notices. */
  abstract jurisdiction: string;

  /** A record's validation result, accepting claims when guardrails are off. */
  protected accepted<R>(result: ValidationResult<R>): ValidationResult<R> {
    return this.noGuardrails ? acceptClaims(result) : result;
  }

  /** Where focus goes when a Retry succeeds (the Retry button is gone by then). */
  protected abstract focusTarget(): HTMLElement | null | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    // A fetch released on disconnect must be joined again when the element comes back.
    if (this.src && !this.fetch) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.releaseFetch();
  }

  /**
   * Resolves the data before each update. An element server-rendered with declarative shadow DOM
   * keeps its server markup until its data is ready, so hydration meets the same template
   * instead of a loading skeleton.
   */
  protected override shouldUpdate(changed: PropertyValues): boolean {
    this.resolution = this.resolve();
    const hydrating = !this.hasUpdated && !isServer && this.shadowRoot?.firstChild;
    return !(hydrating && this.resolution.state === 'loading') && super.shouldUpdate(changed);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Server rendering calls willUpdate and render, never shouldUpdate.
    if (isServer) this.resolution = this.resolve();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.report(this.resolution);
    this.syncStructuredData();
    if (this.focusAfterRetry && this.resolution.state !== 'loading') {
      this.focusAfterRetry = false;
      this.focusTarget()?.focus();
    }
  }

  private syncStructuredData(): void {
    const wanted = this.structuredData && this.resolution.state === 'ready';
    // The builders load only for pages that ask for structured data (or just switched it off).
    if (wanted || this.querySelector(':scope > script[data-ms-generated]')) {
      this.track(
        structuredData
          .load()
          .then((b) => b.writeJsonLd(this, this.structuredData && this.resolution.state === 'ready' ? this.jsonLd(b) : undefined)),
        false,
      );
    }
  }

  /**
   * Resolves once the element has rendered its data or a problem: it also waits for validation,
   * the bundled dataset, a provider and `src` fetches, so `await el.updateComplete` means "done".
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.pending.size) {
      await Promise.allSettled([...this.pending]);
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /**
   * Makes `updateComplete` wait for a promise and re-renders when it settles (unless told not
   * to). A disconnected element does not re-render: it would only start its loads again.
   */
  private track(promise: Promise<unknown>, rerender = true): void {
    if (isServer) return;
    // Each element re-renders in a task of its own: when a shared load (the model, a dataset)
    // settles, a page's elements do not all render in one long task that blocks input.
    const settle = () => new Promise((r) => setTimeout(() => r(rerender && this.isConnected && this.requestUpdate())));
    const tracked = promise.then(settle, settle);
    this.pending.add(tracked);
    void tracked.finally(() => this.pending.delete(tracked));
  }

  /** A lazily loaded module if present; else starts loading it (a failure shows as a load error). */
  private use<M>(module: Lazy<M>): M | undefined {
    const value = module.get();
    if (value === undefined && !this.codeFailed && !isServer) {
      this.track(
        module.load().catch(() => {
          this.codeFailed = true;
        }),
      );
    }
    return value;
  }

  private retryCode(): void {
    this.codeFailed = false;
    this.focusAfterRetry = true;
    this.requestUpdate();
  }

  private memoized(source: unknown, compute: () => Resolution<T>): Resolution<T> {
    const key = `${this.lookupKey()}|${this.noGuardrails}`;
    if (this.memo && this.memo.source === source && this.memo.key === key) return this.memo.result;
    const result = compute();
    this.memo = { source, key, result };
    return result;
  }

  private readDocument(doc: unknown): Resolution<T> {
    const v = this.use(model);
    return v ? this.memoized(doc, () => this.fromDocument(doc, v)) : { state: 'loading' };
  }

  private resolve(): Resolution<T> {
    if (this.codeFailed) {
      return { state: 'load-error', problem: { kind: 'network' }, url: 'ms-evidence-elements code', retry: () => this.retryCode() };
    }
    const direct = this.directData();
    const inline = direct === undefined && !isServer ? this.inlineJson.read() : undefined;
    if (direct !== undefined || inline || !this.src) this.releaseFetch();

    if (direct !== undefined) return this.readDocument(direct);
    if (inline) {
      if (!inline.ok) {
        return {
          state: 'invalid',
          issues: [{ kind: 'dataset', record: 'inline JSON', path: '', message: `is not valid JSON (${inline.error})` }],
        };
      }
      return this.readDocument(inline.value);
    }
    if (this.src) return this.fromSrc(this.src);
    if (!this.hasLookup()) return { state: 'empty' };
    if (this.provided) return this.fromProvider(this.provided);
    return this.fromDefaultDataset();
  }

  private fromSrc(src: string): Resolution<T> {
    // Nothing is fetched on the server, nor by an element no longer in the page.
    if (isServer || !this.isConnected) return { state: 'loading' };
    const url = resolveSrc(src);
    if (!url) {
      return {
        state: 'invalid',
        issues: [{ kind: 'dataset', record: this.tag, path: 'src', message: `must be an https (or same-site http) URL, not "${src}"` }],
      };
    }
    if (this.fetch?.url !== url) {
      this.releaseFetch();
      const f = this.use(fetcher);
      if (!f) return { state: 'loading' };
      this.fetch = { url, handle: f.acquireJson(url) };
    }
    const { handle } = this.fetch;
    const result = handle.settled;
    if (!result) {
      this.track(handle.promise);
      return { state: 'loading' };
    }
    if (!result.ok) return { state: 'load-error', problem: result.problem, url, retry: () => this.retryFetch(url) };
    return this.readDocument(result.data);
  }

  private retryFetch(url: string): void {
    this.releaseFetch();
    this.fetch = { url, handle: fetcher.get()!.acquireJson(url, { fresh: true }) };
    this.focusAfterRetry = true;
    this.requestUpdate();
  }

  private releaseFetch(): void {
    this.fetch?.handle.release();
    this.fetch = undefined;
  }

  private fromProvider(provided: ProvidedEvidence): Resolution<T> {
    switch (provided.state) {
      case 'loading':
        return { state: 'loading' };
      case 'load-error':
        return {
          state: 'load-error',
          problem: provided.problem,
          url: provided.url,
          retry: () => {
            this.focusAfterRetry = true;
            provided.retry();
          },
        };
      case 'invalid':
        return { state: 'invalid', issues: provided.issues };
      default:
        return this.pick(provided.checked);
    }
  }

  /**
   * Picks records from a checked dataset; when none is found in a document that is broken as a
   * whole, shows why. The dataset was checked elsewhere (provider, bundled data), so this element
   * may still be waiting for its own handle on the model.
   */
  private pick(checked: CheckedDataset): Resolution<T> {
    const m = this.use(model);
    if (!m) return { state: 'loading' };
    return this.memoized(checked, () => {
      const result = this.fromDataset(checked, m);
      const documentIssues = checked.issues.filter((i) => i.kind === 'dataset');
      return result.state === 'not-found' && documentIssues.length ? { state: 'invalid', issues: documentIssues } : result;
    });
  }

  private fromDefaultDataset(): Resolution<T> {
    const checked = this.use(defaultDataset);
    return checked ? this.pick(checked) : { state: 'loading' };
  }

  /** Reports a problem state once on the console (development builds only). */
  private report(r: Resolution<T>): void {
    if (!DEV_MODE) return;
    checkJurisdiction(this);
    switch (r.state) {
      case 'invalid':
        for (const i of r.issues)
          warnOnce(this.tag, i.rule === 'claim' ? 'ms-claim' : 'ms-invalid-data', `${i.kind} "${i.record}"`, i.path, i.message);
        break;
      case 'not-found':
        warnOnce(this.tag, 'ms-not-found', r.ids.map((id) => `"${id}"`).join(', '), '', 'no record with this id in the data');
        break;
      case 'load-error':
        warnOnce(this.tag, 'ms-load-error', r.url, 'src', describeProblem(r.problem));
        break;
      case 'empty':
        warnOnce(this.tag, 'ms-no-data', '(none)', '', 'no data given: set a property, an id, src, or an inline JSON child');
        break;
    }
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
