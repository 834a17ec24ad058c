/**
 * `<medical-disclaimer>` carries the notices a page about MS treatments owes its readers:
 * education only, not approved, consult your care team, emergencies. Each is a callout with a real
 * heading, a visually hidden "Important:" prefix and role note (standing information, not an
 * interrupting alert). A not-approved disclaimer also satisfies the guardrail of the study cards
 * and comparisons on the page.
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ContextConsumer } from '@lit/context';
import { msg, str } from '@lit/localize';
import { NOTICE_KINDS, type NoticeKind } from '../../model/levels.js';
import { defaultNotice } from '../../model/notices.js';
import { evidenceContext, type ProvidedEvidence } from '../shared/context.js';
import { registerNotice } from '../shared/page-notices.js';
import { headingLevel, jurisdictionAttribute, splitList } from '../shared/templates.js';
import { calloutStyles, paragraphs, renderNotice } from '../shared/notice-template.js';
import { checkJurisdiction, warnOnce } from '../shared/dev.js';
import { DEV_MODE } from '../shared/dev-mode.js';
import { LocaleController } from '../shared/locale.js';
import { shared, tokens } from '../shared/styles.js';
import { styles } from './medical-disclaimer.styles.js';
import { ServerRenderController } from '../shared/server-render.js';

/**
 * Medical notices: educational, not approved, consult, emergency; several at once.
 *
 * @summary Accessible medical notices (educational, not approved, consult, emergency) with a real heading.
 *
 * @slot - Extra content, shown after the last notice's text.
 * @slot educational - Replaces the text of the educational notice.
 * @slot not-approved - Replaces the text of the not-approved notice.
 * @slot consult - Replaces the text of the consult notice.
 * @slot emergency - Replaces the text of the emergency notice.
 * @slot therapy - The therapy a not-approved notice names, as text (instead of the `therapy` attribute).
 *
 * @csspart base - The wrapper around the notices.
 * @csspart notice - Each notice callout (also `notice-<kind>`).
 * @csspart heading - Each notice's heading.
 * @csspart problem - The message shown for an unknown kind.
 *
 * @cssprop [--medical-disclaimer-accent=var(--ms-color-caution)] - The callout's side bar.
 * @cssprop [--medical-disclaimer-background=var(--ms-color-caution-surface)] - The callout's background.
 * @cssprop [--medical-disclaimer-emergency-accent=var(--ms-color-danger)] - The emergency callout's side bar.
 *
 * @status stable
 * @tagname medical-disclaimer
 */
export class MedicalDisclaimer extends LitElement {
  static override styles = [tokens, shared, calloutStyles, styles];

  static override properties: PropertyDeclarations = {
    kind: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
    jurisdiction: jurisdictionAttribute,
    therapy: {},
    provided: { state: true, attribute: false },
    slottedTherapy: { state: true, attribute: false },
  };

  /** Kinds of notice, separated by spaces: educational, not-approved, consult, emergency. Default educational. */
  kind = 'educational';

  /** Level of each notice's heading, 1 to 6. */
  headingLevel = 2;

  /** Jurisdiction of the wording: US (FDA, 911) by default; GB, EU, CA, AU… */
  jurisdiction = 'US';

  /** The therapy a not-approved notice is about, e.g. "Umbilical-cord stem cell therapy". */
  therapy?: string;

  /** Page-specific wording of notices, from an enclosing `<ms-evidence-provider>`'s page content. */
  protected provided?: ProvidedEvidence;

  protected readonly providerData = new ContextConsumer(this, {
    context: evidenceContext,
    subscribe: true,
    callback: (value) => (this.provided = value),
  });

  private slottedTherapy?: string;

  /** Re-renders when the page's translation changes; the page's own wording in the reader's language. */
  protected readonly i18n = new LocaleController(this, (load) => void load.then(() => this.requestUpdate()));

  /** Takes over server-rendered markup (or replaces it when Lit's hydration support is missing). */
  protected readonly serverRender = new ServerRenderController(this);

  #kinds(): { known: NoticeKind[]; unknown: string[] } {
    const asked = splitList(this.kind);
    const list = asked.length ? asked : ['educational'];
    return {
      known: [...new Set(list.filter((k): k is NoticeKind => (NOTICE_KINDS as readonly string[]).includes(k)))],
      unknown: list.filter((k) => !(NOTICE_KINDS as readonly string[]).includes(k)),
    };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    registerNotice(this, this.#kinds().known.includes('not-approved'));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    registerNotice(this, false);
  }

  /** Hydrates the server's markup, or replaces it when the browser renders something else. */
  protected override update(changed: PropertyValues): void {
    this.serverRender.update(() => super.update(changed));
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const { known, unknown } = this.#kinds();
    if (changed.has('kind')) registerNotice(this, this.isConnected && known.includes('not-approved'));
    if (DEV_MODE && known.includes('not-approved') && !this.#therapyName()) {
      warnOnce(
        this.localName,
        'ms-invalid-data',
        'kind="not-approved"',
        'therapy',
        'names no therapy; the notice falls back to "stem cell and regenerative therapies"',
      );
    }
    if (DEV_MODE) {
      checkJurisdiction(this);
      for (const k of unknown)
        warnOnce(this.localName, 'ms-invalid-data', 'kind attribute', k, `is not a kind of notice; use ${NOTICE_KINDS.join(', ')}`);
    }
  }

  #onTherapySlot(event: Event): void {
    const text = (event.target as HTMLSlotElement)
      .assignedNodes({ flatten: true })
      .map((n) => n.textContent ?? '')
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();
    this.slottedTherapy = text || undefined;
  }

  /** The therapy named by the slot or the attribute; a blank attribute names none. */
  #therapyName(): string | undefined {
    return this.slottedTherapy || this.therapy?.replace(/\s+/g, ' ').trim() || undefined;
  }

  #content(kind: NoticeKind): { heading: string; text: readonly string[] } {
    const given = this.provided?.state === 'ready' && this.provided.checked.page?.ok ? this.provided.checked.page.value : undefined;
    // In another language the page's wording waits for its translation (the built-in text meanwhile).
    const page = given && this.i18n.data(given, 'page');
    const therapy = this.#therapyName();
    const builtIn = defaultNotice(kind, { jurisdiction: this.jurisdiction, ...(therapy ? { therapy } : {}) });
    const custom = page?.notices?.[kind];
    return custom ? { heading: custom.heading ?? builtIn.heading, text: custom.text } : builtIn;
  }

  override render(): TemplateResult {
    const level = headingLevel(this.headingLevel, 2);
    const { known, unknown } = this.#kinds();
    return this.i18n.mark(
      html`<div part="base" class="base">
        <slot name="therapy" hidden @slotchange=${this.#onTherapySlot}></slot>
        ${known.map((kind, i) => {
          const c = this.#content(kind);
          const body = html`<slot name=${kind}>${paragraphs(c.text)}</slot>${i === known.length - 1 ? html`<slot></slot>` : nothing}`;
          return html`<div class="kind-${kind}">${renderNotice(c.heading, body, level, `heading-${kind}`, `notice notice-${kind}`)}</div>`;
        })}
        ${
          unknown.length
            ? html`<p part="problem" class="problem">
                ${msg(str`Unknown kind of notice: “${unknown.join('”, “')}”. Use educational, not-approved, consult or emergency.`)}
              </p>`
            : nothing
        }
      </div>`,
    );
  }
}
