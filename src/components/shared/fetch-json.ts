/**
 * Fetches JSON for `src` attributes. Requests for the same URL are shared while in flight and
 * their result is kept, so a page of cards pointing at one file fetches it once. A request is
 * aborted when every element waiting for it has let go (removed, or `src` changed) and after a
 * timeout. Failures are classified so each gets its own message and a Retry.
 */

/** Why loading failed. */
export type LoadProblem =
  | { kind: 'http'; status: number }
  | { kind: 'timeout'; seconds: number }
  | { kind: 'network' }
  | { kind: 'content-type'; received: string }
  | { kind: 'json'; message: string };

/** What a fetch settles to. */
export type FetchResult = { ok: true; data: unknown } | { ok: false; problem: LoadProblem };

/** Time allowed for a response, in milliseconds (change with `setFetchTimeout`). */
let timeout = 15000;

/** Sets the time allowed for a `src` response, in milliseconds (default 15,000). */
export function setFetchTimeout(ms: number): void {
  timeout = ms;
}

interface Entry {
  promise: Promise<FetchResult>;
  controller: AbortController;
  users: number;
  settled?: FetchResult;
}

const entries = new Map<string, Entry>();

const isJsonType = (type: string): boolean => /^application\/(?:[\w.+-]+\+)?json\b|^text\/json\b/i.test(type);

async function load(url: string, signal: AbortSignal, timeoutMs: number): Promise<FetchResult> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { accept: 'application/json' }, credentials: 'same-origin' });
  } catch {
    if (signal.reason === 'timeout') return { ok: false, problem: { kind: 'timeout', seconds: Math.round(timeoutMs / 1000) } };
    return { ok: false, problem: { kind: 'network' } };
  }
  if (!response.ok) return { ok: false, problem: { kind: 'http', status: response.status } };
  const type = response.headers.get('content-type') ?? '';
  if (!isJsonType(type)) return { ok: false, problem: { kind: 'content-type', received: type || 'none' } };
  try {
    const text = await response.text();
    return { ok: true, data: JSON.parse(text) as unknown };
  } catch (error) {
    if (signal.aborted)
      return {
        ok: false,
        problem: signal.reason === 'timeout' ? { kind: 'timeout', seconds: Math.round(timeoutMs / 1000) } : { kind: 'network' },
      };
    return { ok: false, problem: { kind: 'json', message: (error as Error).message } };
  }
}

/** A claim on a shared request; call `release` when the result is no longer wanted. */
export interface FetchHandle {
  promise: Promise<FetchResult>;
  /** The result, when it has already arrived. */
  settled: FetchResult | undefined;
  release(): void;
}

/**
 * Joins (or starts) the request for a URL. `fresh` drops a failed or cached result first (Retry).
 */
export function acquireJson(url: string, { fresh = false, timeoutMs = timeout } = {}): FetchHandle {
  let entry = entries.get(url);
  if (entry && fresh && entry.settled) {
    entries.delete(url);
    entry = undefined;
  }
  if (!entry) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort('timeout'), timeoutMs);
    const created: Entry = {
      controller,
      users: 0,
      promise: load(url, controller.signal, timeoutMs).then((result) => {
        clearTimeout(timer);
        created.settled = result;
        // Failures are not cached: the next element to ask tries again.
        if (!result.ok && entries.get(url) === created) entries.delete(url);
        return result;
      }),
    };
    entries.set(url, created);
    entry = created;
  }
  const joined = entry;
  joined.users++;
  let released = false;
  return {
    promise: joined.promise,
    get settled() {
      return joined.settled;
    },
    release() {
      if (released) return;
      released = true;
      joined.users--;
      if (joined.users === 0 && !joined.settled) {
        joined.controller.abort('released');
        if (entries.get(url) === joined) entries.delete(url);
      }
    },
  };
}

/** Forgets every cached response (for tests and for pages that replace their data files). */
export function clearJsonCache(): void {
  entries.clear();
}
