/**
 * `<ms-review-info>` is the review line of a medical page: who reviewed it, with what
 * credentials, and when. It is its own element, not a mode of `<medical-disclaimer>`: it is
 * attribution metadata that sits under a page title, not a warning callout, and it has its own
 * data (the page's review record), states and structured data (MedicalWebPage).
 *
 * Readers are not shown internal scheduling unless the page asks: the next review date appears
 * with `show-schedule`, and an overdue review is always reported on the console but shown to
 * readers only with `show-stale`.
 */
import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { msg, str } from '@lit/localize';
import type { Review } from '../../model/schema.js';
import type { CheckedDataset } from '../../model/validate.js';
import type { ReviewView } from '../../model/review-view.js';
import { DataElement, DataSourceController, type Resolution } from '../shared/data-source.js';
import { JsonLdController } from '../shared/json-ld.js';
import { lazyModule, lazyTexts, type ModelModule } from '../shared/loaders.js';
import type * as ReviewViews from '../../model/review-view.js';
import { headingLevel } from '../shared/templates.js';
import { warnOnce } from '../shared/dev.js';
import { DEV_MODE } from '../shared/dev-mode.js';
import { LocaleController } from '../shared/locale.js';
import { shared, tokens } from '../shared/styles.js';
import { styles } from './ms-review-info.styles.js';
import { ServerRenderController } from '../shared/server-render.js';

/** What the review line says instead of a review: loaded with the problem templates, on first use. */
const TEXTS = lazyTexts(() => import('./ms-review-info.texts.js'));

/** The review's view model: loaded with its data, without the validator or the other elements' view models. */
const VIEWS = lazyModule(() => import('../../model/review-view.js'));

/**
 * The review line: reviewed by (name, credentials), last reviewed, and, if the page asks, the
 * next review date and an overdue notice.
 *
 * @summary Who medically reviewed the page and when; overdue reviews flagged for the page's team.
 *
 * @slot - A note shown after the line, e.g. what the review covered.
 *
 * @csspart base - The review line (or the state shown instead).
 * @csspart reviewer - The reviewer's name and credentials.
 * @csspart date - The last-reviewed date.
 * @csspart schedule - The next review date (with `show-schedule`).
 * @csspart stale - The overdue notice (with `show-stale`).
 * @csspart note - The review's note.
 * @csspart problem - A problem state.
 * @csspart retry - The Retry button of a load error.
 *
 * @cssprop [--ms-review-info-color=var(--ms-color-text-muted)] - Text colour of the line.
 *
 * @status stable
 * @tagname ms-review-info
 */
export class MsReviewInfo extends DataElement {
  static override styles = [tokens, shared, styles];

  static override properties: PropertyDeclarations = {
    review: { attribute: false },
    src: {},
    reviewer: {},
    credentials: {},
    lastReviewed: { attribute: 'last-reviewed' },
    nextReviewDue: { attribute: 'next-review-due' },
    showSchedule: { type: Boolean, attribute: 'show-schedule' },
    showStale: { type: Boolean, attribute: 'show-stale' },
    headingLevel: { attribute: 'heading-level', type: Number },
    structuredData: { type: Boolean, attribute: 'structured-data' },
  };

  /** The review record, given directly: `{ reviewer: { name, credentials }, lastReviewed, nextReviewDue, note }`. */
  review?: Review;

  /** URL of a JSON document with the review record, or a dataset whose page content has one. Fetched once per URL and shared. */
  src?: string;

  /** Reviewer's name, for pages that write the review in attributes (with `last-reviewed`). */
  reviewer?: string;

  /** Reviewer's credentials, e.g. "MD, Board-Certified Neurologist". */
  credentials?: string;

  /** Date of the last review: "2026-11-24", or a month, "2025-10". */
  lastReviewed?: string;

  /** Date the next review is due. */
  nextReviewDue?: string;

  /** Show readers the next review date. */
  showSchedule = false;

  /** Show readers a "review due" notice once the next review date has passed. */
  showStale = false;

  /** Level of the heading of a problem state. */
  headingLevel = 3;

  /** Emit schema.org JSON-LD (MedicalWebPage with its review) as a script child, for search engines. */
  structuredData = false;

  /** Takes over server-rendered markup; the `review` given on the server comes back from inline JSON. */
  protected readonly serverRender = new ServerRenderController(this, 'review');

  /**
   * A review belongs to one page: it comes from attributes, the property, `src`, inline JSON or
   * the page's own provider, never from the bundled example data.
   */
  /** Where the review comes from: its routes, loads and state. */
  protected readonly dataSource = new DataSourceController<Review, typeof ReviewViews>(this, {
    direct: () => this.#directData(),
    named: () => true,
    key: () => `${this.reviewer}|${this.credentials}|${this.lastReviewed}|${this.nextReviewDue}`,
    fromDocument: (doc, m) => this.#fromDocument(doc, m),
    fromDataset: (checked, m) => this.#fromDataset(checked, m),
    views: VIEWS,
    texts: TEXTS,
  });

  /** Language: the nearest `lang` attribute (Intl formatting) and the page's translation. */
  readonly #i18n = new LocaleController(this, (load) => this.dataSource.track(load));

  #view?: ReviewView;

  constructor() {
    super();
    new JsonLdController(this, this.dataSource, (b) => (this.#view ? b.reviewJsonLd(this.#view.review) : undefined));
  }

  #directData(): unknown {
    if (this.review) return this.review;
    // CMS editors often leave attributes empty: an empty attribute means "not given".
    const given = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);
    const [name, credentials, last, next] = [
      given(this.reviewer),
      given(this.credentials),
      given(this.lastReviewed),
      given(this.nextReviewDue),
    ];
    if (name === undefined && last === undefined) return undefined;
    const review: Record<string, unknown> = { lastReviewed: last };
    if (name) review.reviewer = credentials ? { name, credentials } : { name };
    if (next) review.nextReviewDue = next;
    return review;
  }

  /** A review dated in the future is refused, visibly. */
  #checkDate(review: Review, model: typeof ReviewViews): Resolution<Review> {
    const view = model.describeReview(review, this.#i18n.lang);
    if (!view.inFuture) return { state: 'ready', value: review };
    return {
      state: 'invalid',
      issues: [{ kind: 'page', record: 'review', path: 'lastReviewed', message: msg(str`is in the future (${view.lastReviewed})`) }],
    };
  }

  #fromDocument(doc: unknown, v: ModelModule): Resolution<Review> {
    if (doc !== null && typeof doc === 'object' && 'page' in doc) return this.#fromDataset(v.checkDataset(doc), v);
    const result = v.validateReview(doc);
    return result.ok ? this.#checkDate(result.value, v) : { state: 'invalid', issues: result.issues };
  }

  #fromDataset(checked: CheckedDataset, model: typeof ReviewViews): Resolution<Review> {
    const page = checked.page;
    if (page && !page.ok) return { state: 'invalid', issues: page.issues };
    const review = page?.ok ? model.reviewOfPage(page.value) : undefined;
    return review ? this.#checkDate(review, model) : { state: 'empty' };
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const r = this.dataSource.resolution;
    const review = r.state === 'ready' ? this.#i18n.data(r.value, 'review') : undefined;
    this.#view = review ? VIEWS.get()!.describeReview(review, this.#i18n.lang) : undefined;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const v = this.#view;
    if (!DEV_MODE || !v) return;
    if (!v.review.reviewer)
      warnOnce(this.localName, 'ms-review-incomplete', 'review', 'reviewer', 'no reviewer is named; readers see "Reviewer not reported"');
    if (v.overdue)
      warnOnce(this.localName, 'ms-review-overdue', 'review', 'nextReviewDue', `the review was due on ${v.review.nextReviewDue}`);
  }

  #renderContent(): TemplateResult {
    const v = this.#view;
    if (!v && this.dataSource.resolution.state === 'loading') {
      // The final layout with its lines still empty (who reviewed; when), as high as the
      // placeholder stylesheet reserved: the page's note (the slot) stays where it will be.
      return html`<div part="base" class="base" aria-busy="true">
        <p class="line pending"><span class="visually-hidden" role="status">${msg('Loading review information…')}</span></p>
        <slot></slot>
      </div>`;
    }
    if (!v)
      return this.dataSource.render({ label: msg('Loading review information…'), lines: 1, size: 'line' }, headingLevel(this.headingLevel));
    const { review } = v;
    const who = review.reviewer;
    return html`<div part="base" class="base" tabindex="-1">
      <p class="line">
        ${
          who
            ? html`${msg('Medically reviewed by')}
                <span part="reviewer" class="reviewer"
                  ><strong>${who.name}</strong>${who.credentials ? html`, ${who.credentials}` : nothing}</span
                >.`
            : html`<span part="reviewer" class="reviewer">${msg('Reviewer not reported.')}</span>`
        }
        <span class="when"
          >${msg('Last reviewed')} <time part="date" datetime=${review.lastReviewed}>${v.lastReviewed}</time>.
          ${
            this.showSchedule && v.nextReviewDue
              ? html`<span part="schedule"
                  >${msg('Next review due')} <time datetime=${review.nextReviewDue ?? ''}>${v.nextReviewDue}</time>.</span
                >`
              : nothing
          }</span
        >
      </p>
      ${
        this.showStale && v.overdue
          ? html`<p part="stale" class="stale">
              <strong>${msg('Review due:')}</strong>
              ${msg(str`this page was due for medical review on ${v.nextReviewDue ?? ''} and may be out of date.`)}
            </p>`
          : nothing
      }
      ${review.note ? html`<p part="note" class="note">${review.note}</p>` : nothing}
      <slot></slot>
    </div>`;
  }

  override render(): TemplateResult {
    return this.#i18n.mark(html`${this.serverRender.dataScript()}${this.#renderContent()}`);
  }
}
