/**
 * Guardrails: an unapproved therapy must not appear on a page without a "not approved" notice.
 * Elements that show an unapproved therapy check the page's notices (page-notices.ts) once the
 * document has been parsed, so a notice further down the page counts, and again whenever notices
 * come and go.
 */
import { nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { acceptClaims, type ValidationResult } from '../../model/result.js';
import type { DataSourceController } from './data-source.js';
import { pageHasNotice, parsed, watchNotices } from './page-notices.js';
import { problems } from './loaders.js';
import { warnOnce } from './dev.js';
import { DEV_MODE } from './dev-mode.js';

/** What an element tells the guardrail about itself. */
export interface GuardedHost extends ReactiveControllerHost, HTMLElement {
  readonly hasUpdated: boolean;
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** Guardrails switched off by the page (reported once). */
  noGuardrails: boolean;
  /** The host renders the notice itself when the page has none. */
  strict: boolean;
}

/** What the guardrail asks of its host's data. */
export interface GuardrailOptions {
  /** The unapproved therapy the host currently shows, if any (by name). */
  therapy(): string | undefined;
  /** The jurisdiction whose wording the notice uses. */
  jurisdiction(): string;
  /** Loads the notice's texts and template on first use. */
  data: Pick<DataSourceController<unknown>, 'use'>;
}

/**
 * Opt-in guardrail of an element that can show an unapproved therapy. Tracks whether the host
 * shows one on a page without a not-approved notice; warns once (`ms-missing-disclaimer`, in
 * production builds too: it is the page's compliance, not a developer's detail) and renders the
 * notice inside a `strict` host. With `no-guardrails`, data claiming cure or approval for an
 * unapproved therapy is accepted (`accept`) instead of refused.
 */
export class GuardrailController implements ReactiveController {
  /** The therapy whose notice is missing from the page, once the page has been checked. */
  missing?: string;
  #checked = false;
  readonly #listener = () => this.#check();

  constructor(
    private readonly host: GuardedHost,
    private readonly options: GuardrailOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    watchNotices(this.#listener, true);
    // A page still being parsed may have its disclaimer further down: check once it is complete.
    if (document.readyState !== 'loading') this.#checked = true;
    else
      void parsed().then(() => {
        this.#checked = true;
        this.#check();
      });
  }

  hostDisconnected(): void {
    watchNotices(this.#listener, false);
  }

  /** Before each render: the host's data is resolved, so the check is current for this render. */
  hostUpdate(): void {
    if (DEV_MODE && this.host.noGuardrails) {
      warnOnce(
        this.host.localName,
        'ms-guardrails-off',
        this.host.id ? `#${this.host.id}` : '(element)',
        'no-guardrails',
        'guardrails are switched off on this element',
      );
    }
    this.#check(false);
  }

  /** A record's validation result, accepting claims when guardrails are off. */
  accept<R>(result: ValidationResult<R>): ValidationResult<R> {
    return this.host.noGuardrails ? acceptClaims(result) : result;
  }

  /** The "not approved" notice a `strict` host shows when the page has none (loaded on first use). */
  render(level: number): TemplateResult | typeof nothing {
    const therapy = this.host.strict ? this.missing : undefined;
    if (!therapy) return nothing;
    // The server cannot see the page's notices and renders none: the first (hydrating) render
    // matches it, the next one adds the notice.
    if (!this.host.hasUpdated && this.host.shadowRoot?.firstChild) {
      void this.host.updateComplete.then(() => this.host.requestUpdate());
      return nothing;
    }
    const templates = this.options.data.use(problems);
    if (!templates) return nothing;
    templates.adoptCalloutStyles(this.host.renderRoot);
    return templates.renderGuardrail(therapy, this.options.jurisdiction(), level);
  }

  #check(rerender = true): void {
    if (!this.#checked) return;
    const therapy = this.host.noGuardrails ? undefined : this.options.therapy();
    const missing = therapy && !pageHasNotice() ? therapy : undefined;
    if (missing) {
      warnOnce(
        this.host.localName,
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
