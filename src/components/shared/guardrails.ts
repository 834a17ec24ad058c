/**
 * Guardrails: an unapproved therapy must not appear on a page without a "not approved" notice.
 * Every `<medical-disclaimer kind="not-approved">` registers here while connected (also inside
 * other shadow roots); elements that show an unapproved therapy check once the document has been
 * parsed, so a notice further down the page counts, and again whenever notices come and go.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { warnOnce } from './dev.js';
import { DEV_MODE } from './dev-mode.js';

const notices = new Set<Element>();
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((l) => l());

/** Called by a not-approved disclaimer when it connects or disconnects. */
export function registerNotice(el: Element, present: boolean): void {
  if (present === notices.has(el)) return;
  if (present) notices.add(el);
  else notices.delete(el);
  notify();
}

/** True when the page has a not-approved notice: a registered one, or one not yet upgraded. */
export const pageHasNotice = (): boolean =>
  notices.size > 0 || document.querySelector('medical-disclaimer[kind~="not-approved"]:not(:defined)') !== null;

/** Resolves once the document is parsed, so elements later in the page exist. */
const parsed = (): Promise<void> =>
  document.readyState === 'loading'
    ? new Promise((r) => document.addEventListener('DOMContentLoaded', () => r(), { once: true }))
    : Promise.resolve();

/** What an element tells the guardrail about itself. */
export interface GuardedHost extends ReactiveControllerHost, HTMLElement {
  /** Guardrails switched off by the page (reported once). */
  noGuardrails: boolean;
  /** The host renders the notice itself when the page has none. */
  strict: boolean;
  /** The unapproved therapy this element currently shows, if any. */
  unapprovedTherapy(): string | undefined;
}

/**
 * Tracks whether the host shows an unapproved therapy on a page without a not-approved notice;
 * warns once (`ms-missing-disclaimer`) and exposes `missing` so a `strict` host can render the
 * notice itself.
 */
export class GuardrailController implements ReactiveController {
  /** The therapy whose notice is missing from the page, once the page has been checked. */
  missing?: string;
  private checked = false;
  private readonly listener = () => this.check();

  constructor(
    private readonly host: GuardedHost,
    private readonly tag: string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    listeners.add(this.listener);
    // A page still being parsed may have its disclaimer further down: check once it is complete.
    if (document.readyState !== 'loading') this.checked = true;
    else
      void parsed().then(() => {
        this.checked = true;
        this.check();
      });
  }

  hostDisconnected(): void {
    listeners.delete(this.listener);
  }

  /** Before each render: the host's data is resolved, so the check is current for this render. */
  hostUpdate(): void {
    if (DEV_MODE && this.host.noGuardrails) {
      warnOnce(
        this.tag,
        'ms-guardrails-off',
        this.host.id ? `#${this.host.id}` : '(element)',
        'no-guardrails',
        'guardrails are switched off on this element',
      );
    }
    this.check(false);
  }

  private check(rerender = true): void {
    if (!this.checked) return;
    const therapy = this.host.noGuardrails ? undefined : this.host.unapprovedTherapy();
    const missing = therapy && !pageHasNotice() ? therapy : undefined;
    if (DEV_MODE && missing) {
      warnOnce(
        this.tag,
        'ms-missing-disclaimer',
        `"${missing}"`,
        '',
        'shown on a page without <medical-disclaimer kind="not-approved">; add one, or set strict on this element to show the notice in it',
      );
    }
    if (missing === this.missing) return;
    this.missing = missing;
    // Only a strict host shows anything for this; others just warned.
    if (rerender && this.host.strict) this.host.requestUpdate();
  }
}
