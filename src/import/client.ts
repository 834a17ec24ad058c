/**
 * A polite HTTP client for the three public registries the importer reads: PubMed E-utilities,
 * the Crossref REST API and the ClinicalTrials.gov API v2. It uses the platform's `fetch` only
 * (Node 20 and browsers alike), so the composer's form can reuse it.
 *
 * Polite means what each service asks of its users: NCBI wants at most 3 requests a second
 * without an API key (10 with one) and the `tool` and `email` parameters; Crossref routes
 * requests that carry a `mailto` to its "polite pool"; all three want clients to back off when
 * they answer 429 or 5xx, and to honour Retry-After. Robust means every failure ends in one
 * {@link RegistryError} whose message is one line a person can act on.
 */

/** The registries the importer reads. */
export const SERVICES = ['pubmed', 'crossref', 'clinicaltrials-gov'] as const;
export type Service = (typeof SERVICES)[number];

/** What went wrong, in a word a script can branch on. */
export type RegistryErrorCode = 'offline' | 'timeout' | 'not-found' | 'rate-limited' | 'http' | 'malformed' | 'invalid-id';

/** A failure talking to a registry, with a one-line message for people. */
export class RegistryError extends Error {
  override name = 'RegistryError';
  constructor(
    /** What kind of failure it is. */
    readonly code: RegistryErrorCode,
    message: string,
    /** The registry concerned, when there is one. */
    readonly service?: Service,
  ) {
    super(message);
  }
}

/** Where each registry lives; tests and mirrors may point elsewhere. */
export interface ServiceUrls {
  /** E-utilities base, e.g. https://eutils.ncbi.nlm.nih.gov/entrez/eutils */
  pubmed: string;
  /** Crossref REST API base, e.g. https://api.crossref.org */
  crossref: string;
  /** ClinicalTrials.gov API v2 base, e.g. https://clinicaltrials.gov/api/v2 */
  'clinicaltrials-gov': string;
}

/** The public services' own addresses. */
export const DEFAULT_URLS: ServiceUrls = {
  pubmed: 'https://eutils.ncbi.nlm.nih.gov/entrez/eutils',
  crossref: 'https://api.crossref.org',
  'clinicaltrials-gov': 'https://clinicaltrials.gov/api/v2',
};

/** Human names of the registries, for messages. */
export const SERVICE_NAMES: Record<Service, string> = {
  pubmed: 'PubMed',
  crossref: 'Crossref',
  'clinicaltrials-gov': 'ClinicalTrials.gov',
};

/** How the client identifies itself and how patient it is. */
export interface ClientOptions {
  /** The `tool` parameter NCBI asks for: the name of the software making the requests. */
  tool?: string;
  /** Contact address for NCBI (`email`) and Crossref (`mailto`, the polite pool). */
  email?: string;
  /** NCBI API key: raises the limit from 3 to 10 requests a second. */
  ncbiApiKey?: string;
  /** Base URLs, for mirrors and tests. */
  urls?: Partial<ServiceUrls>;
  /** Milliseconds before one request is abandoned. Default 20 s. */
  timeoutMs?: number;
  /** Attempts after the first one, for 429, 5xx, timeouts and network errors. Default 4. */
  retries?: number;
  /** First backoff in milliseconds, doubled each retry (with jitter). Default 1 s. */
  backoffMs?: number;
  /** The longest Retry-After the client will wait for; longer means fail now. Default 120 s. */
  maxWaitMs?: number;
  /** Sent as User-Agent where the platform allows it (Node; browsers set their own). */
  userAgent?: string;
  /** The fetch to use; default the global one. */
  fetch?: typeof fetch;
  /** Sleep, injectable for tests. */
  sleep?: (ms: number) => Promise<void>;
  /** Called before each retry, e.g. to print "waiting 2 s". */
  onRetry?: (info: { service: Service; attempt: number; waitMs: number; reason: string }) => void;
}

/** A response body, read once. */
export interface Fetched {
  status: number;
  text: string;
  url: string;
}

const RETRYABLE = new Set([408, 425, 429, 500, 502, 503, 504]);

/** Minimum milliseconds between two requests to one service. */
const spacingMs = (service: Service, hasNcbiKey: boolean): number => {
  // NCBI: 3 a second without a key, 10 with one; a little margin for clock jitter.
  if (service === 'pubmed') return hasNcbiKey ? 110 : 350;
  // Crossref's public and polite pools allow more, but one lookup needs only a few requests.
  if (service === 'crossref') return 100;
  return 200;
};

/**
 * Parses a Retry-After header: delay in seconds, or an HTTP date. Returns milliseconds, or
 * undefined when absent or unreadable.
 */
export function retryAfterMs(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

const hostOf = (url: string): string => {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
};

/** The innermost cause of a fetch failure, as a short code ("ENOTFOUND") or message. */
const causeOf = (error: unknown): string => {
  let e: unknown = error;
  for (let i = 0; i < 5 && e && typeof e === 'object' && 'cause' in e && (e as { cause?: unknown }).cause; i++) {
    e = (e as { cause: unknown }).cause;
  }
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code === 'string') return code;
  return e instanceof Error ? e.message : String(e);
};

const OFFLINE_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'ENETUNREACH', 'EHOSTUNREACH', 'ECONNRESET']);

/**
 * One client per run: it spaces requests per service and retries politely. Every method
 * resolves with a body or rejects with a {@link RegistryError}.
 */
export class RegistryClient {
  readonly urls: ServiceUrls;
  private readonly options: ClientOptions;
  private readonly queues = new Map<Service, Promise<void>>();
  private readonly last = new Map<Service, number>();

  constructor(options: ClientOptions = {}) {
    this.options = options;
    this.urls = { ...DEFAULT_URLS, ...options.urls };
  }

  /** Parameters every E-utilities request carries. */
  ncbiParams(): Record<string, string> {
    const params: Record<string, string> = { tool: this.options.tool ?? 'ms-evidence-elements' };
    if (this.options.email) params.email = this.options.email;
    if (this.options.ncbiApiKey) params.api_key = this.options.ncbiApiKey;
    return params;
  }

  /** The Crossref `mailto` parameter, when an address is known. */
  crossrefParams(): Record<string, string> {
    return this.options.email ? { mailto: this.options.email } : {};
  }

  /** Builds a URL on a service's base with query parameters. */
  url(service: Service, path: string, params: Record<string, string> = {}): string {
    const url = new URL(this.urls[service].replace(/\/$/, '') + path);
    for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
    return url.href;
  }

  /**
   * GETs a URL. 404 resolves (the caller decides what "not found" means for its registry);
   * 429, 5xx, timeouts and network failures are retried with backoff; anything else rejects.
   */
  async get(service: Service, url: string, accept: string): Promise<Fetched> {
    const retries = this.options.retries ?? 4;
    const name = SERVICE_NAMES[service];
    let lastReason = '';
    for (let attempt = 0; ; attempt++) {
      await this.turn(service);
      let waitMs: number | undefined;
      try {
        const response = await this.fetchOnce(url, accept);
        if (response.status === 200 || response.status === 404) {
          return { status: response.status, text: await response.text(), url };
        }
        if (!RETRYABLE.has(response.status)) {
          throw new RegistryError(
            'http',
            `${name} answered ${response.status} ${response.statusText || ''}`.trim() + ` for ${url}`,
            service,
          );
        }
        // Drain the body so the connection can be reused.
        await response.text().catch(() => '');
        lastReason = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
        waitMs = retryAfterMs(response.headers.get('retry-after'));
        const maxWait = this.options.maxWaitMs ?? 120_000;
        if (waitMs !== undefined && waitMs > maxWait) {
          throw new RegistryError(
            response.status === 429 ? 'rate-limited' : 'http',
            `${name} asks to wait ${Math.ceil(waitMs / 1000)} s before trying again (${lastReason}); try later`,
            service,
          );
        }
        if (attempt >= retries) {
          throw new RegistryError(
            response.status === 429 ? 'rate-limited' : 'http',
            `${name} still answered ${lastReason} after ${retries + 1} attempts; try later`,
            service,
          );
        }
      } catch (error) {
        if (error instanceof RegistryError) throw error;
        const timedOut = (error as { name?: string }).name === 'TimeoutError' || (error as { name?: string }).name === 'AbortError';
        const cause = causeOf(error);
        lastReason = timedOut ? `no answer within ${Math.round((this.options.timeoutMs ?? 20_000) / 1000)} s` : cause;
        // A name that does not resolve will not resolve in a second either: say so now.
        if (attempt >= retries || cause === 'ENOTFOUND' || cause === 'EAI_AGAIN') {
          if (timedOut)
            throw new RegistryError(
              'timeout',
              `${name} (${hostOf(url)}) did not answer in time, ${retries + 1} attempts; try later`,
              service,
            );
          // Node says "fetch failed"; browsers say "Failed to fetch" (Chromium), "NetworkError…"
          // (Firefox) or "Load failed" (Safari), and say the same when a service refuses a page's
          // cross-origin request (CORS): neither case can be told apart from a script.
          const offline = OFFLINE_CODES.has(cause) || /fetch failed|failed to fetch|network|load failed/i.test(cause);
          throw new RegistryError(
            offline ? 'offline' : 'http',
            offline
              ? `Cannot reach ${name} (${hostOf(url)}): no network connection? (${cause})`
              : `${name} (${hostOf(url)}) failed: ${cause}`,
            service,
          );
        }
      }
      const backoff = (this.options.backoffMs ?? 1000) * 2 ** attempt;
      const delay = Math.max(waitMs ?? 0, backoff / 2 + Math.random() * (backoff / 2));
      this.options.onRetry?.({ service, attempt: attempt + 1, waitMs: delay, reason: lastReason });
      await this.sleep(delay);
    }
  }

  /** GETs JSON; a body that is not JSON is a `malformed` error. 404 resolves to undefined. */
  async getJson(service: Service, url: string): Promise<unknown> {
    const fetched = await this.get(service, url, 'application/json');
    if (fetched.status === 404) return undefined;
    try {
      return JSON.parse(fetched.text) as unknown;
    } catch {
      throw new RegistryError('malformed', `${SERVICE_NAMES[service]} sent a reply that is not valid JSON (${url})`, service);
    }
  }

  private fetchOnce(url: string, accept: string): Promise<Response> {
    const doFetch = this.options.fetch ?? globalThis.fetch;
    const headers: Record<string, string> = { accept };
    if (this.options.userAgent) headers['user-agent'] = this.options.userAgent;
    return doFetch(url, { headers, signal: AbortSignal.timeout(this.options.timeoutMs ?? 20_000), redirect: 'follow' });
  }

  private sleep(ms: number): Promise<void> {
    return this.options.sleep ? this.options.sleep(ms) : new Promise((resolve) => setTimeout(resolve, ms));
  }

  /** Waits until this service may be asked again: one request at a time, spaced. */
  private turn(service: Service): Promise<void> {
    const previous = this.queues.get(service) ?? Promise.resolve();
    const next = previous.then(async () => {
      const gap = spacingMs(service, Boolean(this.options.ncbiApiKey));
      const since = Date.now() - (this.last.get(service) ?? 0);
      if (since < gap) await this.sleep(gap - since);
      this.last.set(service, Date.now());
    });
    this.queues.set(service, next);
    return next;
  }
}
