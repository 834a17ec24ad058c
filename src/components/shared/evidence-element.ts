/**
 * Base class of the data-driven elements. It turns the four routes by which data can arrive
 * (property, inline JSON child, `src`, and an id looked up in an `<ms-evidence-provider>` or the
 * bundled dataset) into one `resolution`: loading, ready, or a designed problem state. Subclasses
 * say how to read a document and how to pick records from a dataset, and render each state.
 *
 * `render()` never throws and is never blank: every problem has a visible state, and each is
 * reported once on the console with a stable code.
 */
import { LitElement, isServer, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import type { CheckedDataset, DataIssue } from '../../model/validate.js';
import { evidenceContext, type ProvidedEvidence } from './context.js';
import { acquireJson, type FetchHandle, type LoadProblem } from './fetch-json.js';
import { InlineJsonController } from './inline-json.js';
import { defaultDatasetIfLoaded, loadDefaultDataset, loadValidation, validationIfLoaded, type ValidationModule } from './loaders.js';
import { warnOnce } from './dev.js';

/** Where an element's data stands. */
export type Resolution<T> =
  | { state: 'loading' }
  | { state: 'empty' }
  | { state: 'load-error'; problem: LoadProblem; url: string; retry: () => void }
  | { state: 'not-found'; ids: string[] }
  | { state: 'invalid'; issues: DataIssue[] }
  | { state: 'ready'; value: T };

/** Resolves a `src` against the page and accepts only http(s) URLs. */
export function resolveSrc(src: string): string | undefined {
  try {
    const url = new URL(src, document.baseURI);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

export abstract class EvidenceElement<T> extends LitElement {
  /**
   * URL of a JSON document with the data: one record, or a dataset from which the element picks
   * by id. Relative URLs resolve against the page. Fetched once per URL and shared.
   */
  @property() src?: string;

  /** The nearest `<ms-evidence-provider>`'s data, when there is one. */
  @consume({ context: evidenceContext, subscribe: true })
  @state()
  protected provided?: ProvidedEvidence;

  /** The current state of this element's data; computed before every render. */
  protected resolution: Resolution<T> = { state: 'loading' };

  private readonly inlineJson = new InlineJsonController(this);
  private fetch?: { url: string; handle: FetchHandle };
  private readonly pending = new Set<Promise<unknown>>();
  private defaultDatasetFailed = false;
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
  protected abstract fromDocument(doc: unknown, validation: ValidationModule): Resolution<T>;

  /** Picks this element's records from a checked dataset. */
  protected abstract fromDataset(checked: CheckedDataset): Resolution<T>;

  /** A string naming what the element looks up (id, ids, category), for caching results. */
  protected abstract lookupKey(): string;

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

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.resolution = this.resolve();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.report(this.resolution);
    if (this.focusAfterRetry && this.resolution.state !== 'loading') {
      this.focusAfterRetry = false;
      this.focusTarget()?.focus();
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

  /** Re-renders when a promise settles, and makes `updateComplete` wait for it. */
  private track(promise: Promise<unknown>): void {
    if (isServer) return;
    const tracked = promise.then(
      () => this.requestUpdate(),
      () => this.requestUpdate(),
    );
    this.pending.add(tracked);
    void tracked.finally(() => this.pending.delete(tracked));
  }

  private memoized(source: unknown, compute: () => Resolution<T>): Resolution<T> {
    const key = this.lookupKey();
    if (this.memo && this.memo.source === source && this.memo.key === key) return this.memo.result;
    const result = compute();
    this.memo = { source, key, result };
    return result;
  }

  private readDocument(doc: unknown): Resolution<T> {
    const v = validationIfLoaded();
    if (v) return this.memoized(doc, () => this.fromDocument(doc, v));
    this.track(loadValidation());
    return { state: 'loading' };
  }

  private resolve(): Resolution<T> {
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
    const url = resolveSrc(src);
    if (!url) return { state: 'load-error', problem: { kind: 'network' }, url: src, retry: () => this.requestUpdate() };
    if (this.fetch?.url !== url) {
      this.releaseFetch();
      if (isServer) return { state: 'loading' };
      this.fetch = { url, handle: acquireJson(url) };
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
    this.fetch = { url, handle: acquireJson(url, { fresh: true }) };
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
        return this.memoized(provided.checked, () => this.pick(provided.checked));
    }
  }

  /** Picks records; when none is found in a document that is broken as a whole, shows why. */
  private pick(checked: CheckedDataset): Resolution<T> {
    const result = this.fromDataset(checked);
    const documentIssues = checked.issues.filter((i) => i.kind === 'dataset');
    return result.state === 'not-found' && documentIssues.length ? { state: 'invalid', issues: documentIssues } : result;
  }

  private fromDefaultDataset(): Resolution<T> {
    const checked = defaultDatasetIfLoaded();
    if (checked) return this.memoized(checked, () => this.pick(checked));
    if (this.defaultDatasetFailed) {
      return {
        state: 'load-error',
        problem: { kind: 'network' },
        url: 'bundled dataset',
        retry: () => {
          this.defaultDatasetFailed = false;
          this.focusAfterRetry = true;
          this.requestUpdate();
        },
      };
    }
    if (!isServer) {
      this.track(
        loadDefaultDataset().catch(() => {
          this.defaultDatasetFailed = true;
        }),
      );
    }
    return { state: 'loading' };
  }

  /** Reports a problem state once on the console. */
  private report(r: Resolution<T>): void {
    switch (r.state) {
      case 'invalid':
        for (const issue of r.issues) warnOnce(this.tag, 'ms-invalid-data', `${issue.kind} "${issue.record}"`, issue.path, issue.message);
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
