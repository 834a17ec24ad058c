/**
 * What the element tests share: how a person sees an element (its text, its parts) and the
 * console warnings it issues. One place, so a change of how "seen" is measured reaches every test.
 */
import { clearJsonCache } from '../src/components/shared/fetch-json.js';
import { resetWarnings } from '../src/components/shared/dev.js';

/** An element's shadow root. */
export const root = (el: Element): ShadowRoot => el.shadowRoot!;

/** The first element of a shadow root with this part name. */
export const part = (el: Element, name: string): HTMLElement | null => root(el).querySelector<HTMLElement>(`[part~="${name}"]`);

/** The text a person sees (rendered, hidden content excluded), whitespace collapsed. */
export const seen = (node: Element | null | undefined): string =>
  ((node as HTMLElement | null | undefined)?.innerText ?? '').replace(/\s+/g, ' ').trim();

/** Waits until every given element (and its data) has rendered. */
export async function settle(...els: Element[]): Promise<void> {
  for (const el of els) await (el as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
}

/** A URL of the test server that answers with `data` as JSON (any data through `src`). */
export const echo = (data: unknown): string =>
  `/test-api/echo?d=${btoa(unescape(encodeURIComponent(JSON.stringify(data))))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '')}`;

/**
 * Collects console warnings in each test of the calling file (and forgets warnings already issued
 * and cached `src` responses, so each test starts clean). Returns the list, refilled per test.
 */
export function captureWarnings(): string[] {
  const warnings: string[] = [];
  const originalWarn = console.warn;
  beforeEach(() => {
    warnings.length = 0;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    clearJsonCache();
    resetWarnings();
  });
  afterEach(() => {
    console.warn = originalWarn;
  });
  return warnings;
}
