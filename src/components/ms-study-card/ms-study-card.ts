/**
 * `<ms-study-card>` shows one clinical study so that it cannot be read as more than it is: the
 * design, size, control group and certainty stand next to the results, an unapproved therapy
 * always carries its regulatory status, and facts not yet checked against the publication are
 * marked. Clinics put it on every page that mentions research.
 */
import { html, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { msg, str } from '@lit/localize';
import type { Study } from '../../model/schema.js';
import type { CheckedDataset } from '../../model/validate.js';
import type { ValidationResult } from '../../model/result.js';
import type { StudyView } from '../../model/study-view.js';
import { DataElement, DataSourceController, type Resolution } from '../shared/data-source.js';
import { GuardrailController } from '../shared/guardrails.js';
import { JsonLdController } from '../shared/json-ld.js';
import { lazyModule, lazyTexts, type ModelModule } from '../shared/loaders.js';
import type * as StudyViews from './ms-study-card.view.js';
import { headingLevel, jurisdictionAttribute } from '../shared/templates.js';
import { checkJurisdiction } from '../shared/dev.js';
import { DEV_MODE } from '../shared/dev-mode.js';
import { msEvent } from '../shared/events.js';
import { LocaleController } from '../shared/locale.js';
import { shared, tokens } from '../shared/styles.js';
import { styles } from './ms-study-card.styles.js';
import { ServerRenderController } from '../shared/server-render.js';

/** What the card says instead of a study: loaded with the problem templates, on first use. */
const TEXTS = lazyTexts(() => import('./ms-study-card.texts.js'));

/** The study view model and the card's ready-state template: loaded with the card's data, without the validator or the other elements' view models. */
const VIEWS = lazyModule(() => import('./ms-study-card.view.js'));

/**
 * One clinical study, complete and honest: design, size, control, certainty, results, safety,
 * regulatory status, verification and citation links.
 *
 * @summary One clinical study with its design, certainty and regulatory status next to every result.
 *
 * @csspart base - The card (or the state shown instead: loading, problem).
 * @csspart header - Title, citation and badges.
 * @csspart title - The study title (a real heading).
 * @csspart citation - Authors, journal and year.
 * @csspart badges - The regulatory label and certainty badge.
 * @csspart regulatory - The regulatory label.
 * @csspart certainty - The certainty badge.
 * @csspart notices - Retraction, correction and expression-of-concern notices.
 * @csspart design-line - One line summing up the design (compact card).
 * @csspart toggle - The disclosure button of the compact card.
 * @csspart body - Everything below the header.
 * @csspart design - How the study was done.
 * @csspart reasons - How much the study can tell: certainty reasons.
 * @csspart outcomes - The results.
 * @csspart safety - Safety findings.
 * @csspart conclusion - The authors' conclusion and limitations.
 * @csspart about - Funding, sponsor, conflicts and registration.
 * @csspart footer - Links, verification and review dates.
 * @csspart links - The citation links.
 * @csspart stale - The notice shown when the summary is past its review date.
 * @csspart problem - A problem state (not found, invalid, could not load).
 * @csspart retry - The Retry button of a load error.
 * @csspart guardrail - The "not approved" notice a `strict` card shows when the page has none.
 * @csspart heading - The heading of that notice.
 *
 * @cssprop [--ms-study-card-background=var(--ms-color-surface)] - Card background.
 * @cssprop [--ms-study-card-border-color=var(--ms-color-border)] - Card border colour.
 * @cssprop [--ms-study-card-padding=1em] - Space inside the card.
 * @cssprop [--ms-study-card-radius=var(--ms-radius)] - Corner radius.
 * @cssprop [--ms-study-card-title-size=1.25em] - Title font size.
 *
 * @fires {CustomEvent<{open: boolean}>} ms-toggle - The compact card's details were opened or closed by the reader.
 *
 * @status stable
 * @tagname ms-study-card
 */
export class MsStudyCard extends DataElement {
  static override styles = [tokens, shared, styles];

  static override properties: PropertyDeclarations = {
    study: { attribute: false },
    studyId: { attribute: 'study-id' },
    src: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    compact: { type: Boolean, reflect: true },
    open: { type: Boolean, reflect: true },
    jurisdiction: jurisdictionAttribute,
    strict: { type: Boolean, reflect: true },
    noGuardrails: { type: Boolean, attribute: 'no-guardrails' },
    structuredData: { type: Boolean, attribute: 'structured-data' },
  };

  /** The study record, given directly (replace the object to update; do not mutate it). */
  study?: Study;

  /** Id of a study in the nearest `<ms-evidence-provider>`, the bundled dataset, or a `src` dataset. */
  studyId?: string;

  /**
   * URL of a JSON document with the study, or of a dataset from which the card picks `study-id`.
   * Relative URLs resolve against the page. Fetched once per URL and shared.
   */
  src?: string;

  /** Level of the title heading, 1 to 6; section headings use the next level. */
  headingLevel = 3;

  /** Compact card for lists: title, citation, design line, badges, and the rest behind a disclosure. */
  compact = false;

  /** Whether the compact card's details are shown. */
  open = false;

  /** Jurisdiction of the regulatory label: a two-letter code such as US (default) or GB, or EU. */
  jurisdiction = 'US';

  /**
   * Show the "not approved" notice inside the card when its study is of an unapproved therapy and
   * the page has no `<medical-disclaimer kind="not-approved">`.
   */
  strict = false;

  /**
   * Switches the card's guardrails off: no missing-disclaimer check, and a study claiming cure or
   * approval for an unapproved therapy is shown instead of refused. Reported on the console. The
   * regulatory label is always shown regardless.
   */
  noGuardrails = false;

  /** Emit schema.org JSON-LD (MedicalScholarlyArticle) for the study as a script child, for search engines. */
  structuredData = false;

  /** Takes over server-rendered markup; the `study` given on the server comes back from inline JSON. */
  protected readonly serverRender = new ServerRenderController(this, 'study');

  /** Where the card's study comes from: its routes, loads and state. */
  protected readonly dataSource = new DataSourceController<Study, typeof StudyViews>(this, {
    direct: () => this.study,
    named: () => Boolean(this.studyId),
    key: () => `${this.studyId}|${this.noGuardrails}`,
    fromDocument: (doc, m) => this.#fromDocument(doc, m),
    fromDataset: (checked) => this.#fromDataset(checked),
    bundled: () => `study:${this.studyId}`,
    views: VIEWS,
    texts: TEXTS,
  });

  readonly #guardrail = new GuardrailController(this, {
    therapy: () => (this.#view?.unapproved ? this.#view.study.intervention.product : undefined),
    jurisdiction: () => this.jurisdiction,
    data: this.dataSource,
  });

  /** Language: the nearest `lang` attribute (Intl formatting, data text) and the page's translation. */
  readonly #i18n = new LocaleController(this, (load) => this.dataSource.track(load));

  #view?: StudyView;

  constructor() {
    super();
    new JsonLdController(this, this.dataSource, (b) => (this.#view ? b.studyJsonLd(this.#view.study) : undefined));
  }

  #fromDocument(doc: unknown, v: ModelModule): Resolution<Study> {
    if (doc !== null && typeof doc === 'object' && !Array.isArray(doc) && ('studies' in doc || 'treatments' in doc || 'page' in doc)) {
      const checked = v.checkDataset(doc);
      if (!this.studyId && checked.studies.size === 1) return this.#fromDataset(checked, [...checked.studies.keys()][0]);
      if (!this.studyId) {
        return {
          state: 'invalid',
          issues: [
            {
              kind: 'dataset',
              record: 'dataset',
              path: 'study-id',
              message: msg(str`is needed to choose one of the ${checked.studies.size} studies in this file`),
            },
          ],
        };
      }
      return this.#fromDataset(checked);
    }
    return this.#toResolution(v.validateStudy(doc));
  }

  #fromDataset(checked: CheckedDataset, id = this.studyId ?? ''): Resolution<Study> {
    const result = checked.studies.get(id);
    return result ? this.#toResolution(result) : { state: 'not-found', ids: [id] };
  }

  #toResolution(result: ValidationResult<Study>): Resolution<Study> {
    const r = this.#guardrail.accept(result);
    return r.ok ? { state: 'ready', value: r.value } : { state: 'invalid', issues: r.issues };
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const r = this.dataSource.resolution;
    const study = r.state === 'ready' ? this.#i18n.data(r.value, 'study') : undefined;
    this.#view = study ? VIEWS.get()!.describeStudy(study, { locale: this.#i18n.lang, jurisdiction: this.jurisdiction }) : undefined;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (DEV_MODE) checkJurisdiction(this);
  }

  #toggle(): void {
    this.open = !this.open;
    this.dispatchEvent(msEvent('ms-toggle', { open: this.open }));
  }

  /**
   * Moves focus past this card: to the next study card on the page, or to the end of this one
   * (the next Tab then reaches whatever follows it).
   */
  #skip(event: Event): void {
    event.preventDefault();
    const cards = [...(this.getRootNode() as ParentNode).querySelectorAll<MsStudyCard>('ms-study-card')];
    const next = cards[cards.indexOf(this) + 1];
    const target = next?.shadowRoot?.querySelector<HTMLElement>('[part~="base"]') ?? this.renderRoot.querySelector<HTMLElement>('#end');
    target?.focus();
    target?.scrollIntoView?.({ block: 'start' });
  }

  #renderContent(): TemplateResult {
    const level = headingLevel(this.headingLevel);
    if (!this.#view) {
      return this.dataSource.render(
        { label: msg('Loading study…'), lines: this.compact ? 5 : 10, size: this.compact ? 'compact' : 'card' },
        level,
      );
    }
    // The cards beside this one: in the document, or in the shadow root of an app that renders it.
    const cards = typeof document === 'undefined' ? [] : [...(this.getRootNode() as ParentNode).querySelectorAll('ms-study-card')];
    return VIEWS.get()!.renderStudy({
      view: this.#view,
      level,
      compact: this.compact,
      open: this.open,
      lang: this.#i18n.lang,
      last: cards.indexOf(this) === cards.length - 1,
      guardrail: this.#guardrail.render(level + 1),
      toggle: this.#toggle,
      skip: this.#skip,
    });
  }

  override render(): TemplateResult {
    return this.#i18n.mark(html`${this.serverRender.dataScript()}${this.#renderContent()}`);
  }
}
