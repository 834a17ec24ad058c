/**
 * The page's "not approved" notices. Every `<medical-disclaimer kind="not-approved">` registers
 * here while connected (also inside other shadow roots), and the guardrails of elements that show
 * an unapproved therapy watch the list. A module of its own so the disclaimer carries no guardrail.
 */

const registered = new Set<Element>();
const listeners = new Set<() => void>();

/** Called by a not-approved disclaimer when it connects or disconnects. */
export function registerNotice(el: Element, present: boolean): void {
  if (present === registered.has(el)) return;
  if (present) registered.add(el);
  else registered.delete(el);
  listeners.forEach((l) => l());
}

/** Starts or stops calling `listener` whenever notices come and go. */
export function watchNotices(listener: () => void, on: boolean): void {
  if (on) listeners.add(listener);
  else listeners.delete(listener);
}

/**
 * True when the page has a not-approved notice: a registered one, or one whose script has not yet
 * defined it (any undefined element of that kind, whatever its tag name).
 */
export const pageHasNotice = (): boolean => registered.size > 0 || document.querySelector(':not(:defined)[kind~="not-approved"]') !== null;

/** Resolves once the document is parsed, so a script child or an element further down exists. */
export const parsed = (): Promise<void> =>
  document.readyState === 'loading'
    ? new Promise((r) => document.addEventListener('DOMContentLoaded', () => r(), { once: true }))
    : Promise.resolve();
