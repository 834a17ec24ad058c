/**
 * `<treatment-comparison>` puts MS care options side by side so a reader can see an
 * investigational therapy next to the established options, fairly: a real table (stacked cards
 * when the element is narrow), each row a question a reader asks, every figure with its comparator
 * and source, investigational options marked, and never a ranking across different trials.
 */
import { html, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { msg } from '@lit/localize';
import type { Treatment } from '../../model/schema.js';
import type { CheckedDataset } from '../../model/validate.js';
import type { ComparisonView, Selection } from '../../model/treatment-view.js';
import { DataElement, DataSourceController, type Resolution } from '../shared/data-source.js';
import { GuardrailController } from '../shared/guardrails.js';
import { JsonLdController } from '../shared/json-ld.js';
import { lazyModule, lazyTexts, type ModelModule } from '../shared/loaders.js';
import type * as ComparisonViews from './treatment-comparison.view.js';
import { headingLevel, jurisdictionAttribute, splitList } from '../shared/templates.js';
import { msEvent } from '../shared/events.js';
import { checkJurisdiction, warnOnce } from '../shared/dev.js';
import { DEV_MODE } from '../shared/dev-mode.js';
import { LocaleController } from '../shared/locale.js';
import { shared, tokens } from '../shared/styles.js';
import { styles } from './treatment-comparison.styles.js';
import { ServerRenderController } from '../shared/server-render.js';

/** The options to compare, and the problems met choosing them. */
type Compared = Selection;

/** What the comparison says instead of options: loaded with the problem templates, on first use. */
const TEXTS = lazyTexts(() => import('./treatment-comparison.texts.js'));

/** What chooses the options: the treatments' view model, or the whole model once loaded. */
type Selector = Pick<typeof ComparisonViews, 'selectTreatments'>;

/** The treatments' view model and the comparison's ready-state template: loaded with the comparison's data, without the validator or the study card's view model. */
const VIEWS = lazyModule(() => import('./treatment-comparison.view.js'));

/**
 * Care options side by side, without misleading rankings.
 *
 * @summary MS treatment options compared in a table, each figure with its comparator and source.
 *
 * @csspart base - The wrapper (or the state shown instead: loading, problem).
 * @csspart scroller - The scrollable box around the table (labelled by the caption, focusable to scroll with the keyboard).
 * @csspart hint - "Scroll for more options", shown while columns are hidden beyond an edge.
 * @csspart sources - The disclosure listing every option's sources (collapsed by default).
 * @csspart expand - The button that shows the whole comparison instead of its fixed-height box, and back.
 * @csspart table - The comparison table (wide layout).
 * @csspart caption - The table caption.
 * @csspart option-header - An option's column header (and its card heading in the narrow layout).
 * @csspart option-button - The button in an option's header that selects it.
 * @csspart regulatory - An option's regulatory label.
 * @csspart row-header - A criterion's row header.
 * @csspart cell - A cell.
 * @csspart cards - The stacked option cards (narrow layout).
 * @csspart card - One option's card.
 * @csspart note - The note that figures come from different trials and are not ranked.
 * @csspart problems - The notice listing options that could not be shown.
 * @csspart problem - A problem state (not found, invalid, could not load).
 * @csspart retry - The Retry button of a load error.
 * @csspart guardrail - The "not approved" notice a `strict` comparison shows when the page has none.
 * @csspart heading - The heading of that notice.
 *
 * @cssprop [--treatment-comparison-background=var(--ms-color-surface)] - Table and card background.
 * @cssprop [--treatment-comparison-border-color=var(--ms-color-border)] - Cell borders.
 * @cssprop [--treatment-comparison-header-background=var(--ms-color-surface-subtle)] - Header cells.
 * @cssprop [--treatment-comparison-highlight-color=var(--ms-color-accent)] - Outline of the highlighted option.
 * @cssprop [--treatment-comparison-column-min-width=10em] - Narrowest an option column gets before the table scrolls.
 * @cssprop [--treatment-comparison-block-size=32em] - Height of the comparison until a reader asks for all of it (the tables and cards scroll inside). The page's placeholder stylesheet reserves the same, so nothing moves when the element loads: set it on the element (or an ancestor) in the page's own CSS, not in its shadow styles.
 * @cssprop [--treatment-comparison-stack-below=30em] - Informational: the element stacks into cards below 30em of its own width (42em with four or more options).
 *
 * @fires {CustomEvent<{id: string, selected: boolean}>} ms-treatment-select - A reader pressed an option's header (mouse or keyboard): `selected` is false when they pressed it again to clear their choice. The page's `highlight` never moves.
 *
 * @status stable
 * @tagname treatment-comparison
 */
export class TreatmentComparison extends DataElement {
  static override styles = [tokens, shared, styles];

  static override properties: PropertyDeclarations = {
    treatments: { attribute: false },
    treatmentIds: { attribute: 'treatment-ids' },
    category: {},
    src: {},
    criteria: {},
    highlight: { reflect: true },
    highlightLabel: { attribute: 'highlight-label' },
    selected: { reflect: true },
    open: { type: Boolean, reflect: true },
    caption: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    jurisdiction: jurisdictionAttribute,
    strict: { type: Boolean, reflect: true },
    noGuardrails: { type: Boolean, attribute: 'no-guardrails' },
    structuredData: { type: Boolean, attribute: 'structured-data' },
  };

  /** The options, given directly (replace the array to update; do not mutate it). */
  treatments?: Treatment[];

  /** Ids of the options to compare, in order, separated by spaces or commas (by property, also an array). */
  treatmentIds?: string | string[];

  /** Compare the options of one category, e.g. `disease-modifying-therapy`. */
  category?: string;

  /**
   * URL of a JSON document with the options: an array of treatments, one treatment, or a dataset
   * from which the comparison picks by `treatment-ids` or `category`. Relative URLs resolve
   * against the page. Fetched once per URL and shared.
   */
  src?: string;

  /**
   * Rows to show, in order, separated by commas: aim, regulatory, evidence, route, frequency,
   * benefits, risks, monitoring, limitations, examples. Default: aim, regulatory, evidence, route,
   * frequency, risks. The regulatory row is always shown when an option is not approved; sources
   * are always last. By property, also an array of names.
   */
  criteria?: string | string[];

  /**
   * Id of an option the page emphasises (e.g. the one this clinic offers): outlined, labelled
   * with `highlight-label`, and scrolled into view. A reader's click never moves it: that is
   * `selected`.
   */
  highlight?: string;

  /** The label of the highlighted option, e.g. "Offered at this clinic"; default "Highlighted". */
  highlightLabel?: string;

  /**
   * Id of the option the reader selected: its header button is pressed. Set by pressing an
   * option's header (pressing it again clears it), which fires `ms-treatment-select`; a page may
   * also set it, e.g. to restore a reader's choice.
   */
  selected?: string;

  /**
   * Show the whole comparison instead of a box of fixed height (`--treatment-comparison-block-size`)
   * in which the table scrolls. Readers toggle it with the button under the box. An open
   * comparison's height depends on its data, so its placeholder reserves only the box.
   */
  open = false;

  /** The table caption; default "MS treatment options compared" or the category's name. */
  caption?: string;

  /** Level of the option headings in the stacked (narrow) layout and of problem headings. */
  headingLevel = 3;

  /** Jurisdiction of the regulatory labels: US (default), GB, EU, … */
  jurisdiction = 'US';

  /**
   * Show the "not approved" notice inside the comparison when it shows an unapproved option and
   * the page has no `<medical-disclaimer kind="not-approved">`.
   */
  strict = false;

  /**
   * Switches the comparison's guardrails off: no missing-disclaimer check, and options claiming
   * cure or approval for an unapproved therapy are shown instead of refused. Reported on the
   * console. Regulatory labels are always shown regardless.
   */
  noGuardrails = false;

  /** Emit schema.org JSON-LD (Drug and MedicalTherapy) for the options and rows shown, as a script child. */
  structuredData = false;

  /** Takes over server-rendered markup; the `treatments` given on the server comes back from inline JSON. */
  protected readonly serverRender = new ServerRenderController(this, 'treatments');

  /** Where the comparison's options comes from: its routes, loads and state. */
  protected readonly dataSource = new DataSourceController<Compared, typeof ComparisonViews>(this, {
    direct: () => this.treatments,
    named: () => true,
    key: () => `${this.treatmentIds ?? ''}|${this.category ?? ''}|${this.noGuardrails}`,
    fromDocument: (doc, m) => this.#fromDocument(doc, m),
    fromDataset: (checked, m) => this.#fromDataset(checked, m),
    bundled: () => 'treatments',
    views: VIEWS,
    texts: TEXTS,
  });

  readonly #guardrail = new GuardrailController(this, {
    therapy: () => {
      const names = this.#view?.options.filter((o) => o.unapproved).map((o) => o.name) ?? [];
      return names.length ? names.join(', ') : undefined;
    },
    jurisdiction: () => this.jurisdiction,
    data: this.dataSource,
  });

  /** Language: the nearest `lang` attribute (Intl formatting) and the page's translation. */
  readonly #i18n = new LocaleController(this, (load) => this.dataSource.track(load));

  #view?: ComparisonView;

  constructor() {
    super();
    new JsonLdController(this, this.dataSource, (b) => {
      const r = this.dataSource.resolution;
      return r.state === 'ready' && this.#view
        ? b.comparisonJsonLd(
            r.value.options,
            this.#view.rows.map((row) => row.criterion),
            this.jurisdiction,
          )
        : undefined;
    });
  }

  /**
   * Chooses the options. `everything`: with no ids or category, a list the page gave is shown
   * whole, while a dataset shows its category records.
   */
  #choose(
    model: Selector,
    records: ReadonlyMap<string, ReturnType<ModelModule['validateTreatment']>>,
    everything = false,
  ): Resolution<Compared> {
    const ids = splitList(this.treatmentIds);
    const selection = model.selectTreatments(records, this.category ? { ids, category: this.category, everything } : { ids, everything });
    if (!selection.options.length) {
      if (selection.problems.length) return { state: 'invalid', issues: selection.problems };
      if (selection.missing.length) return { state: 'not-found', ids: selection.missing };
      return { state: 'empty' };
    }
    return { state: 'ready', value: selection };
  }

  #fromDocument(doc: unknown, model: ModelModule): Resolution<Compared> {
    if (Array.isArray(doc)) {
      const records = new Map<string, ReturnType<ModelModule['validateTreatment']>>();
      doc.forEach((item, i) => {
        const id = typeof (item as { id?: unknown } | null)?.id === 'string' ? (item as { id: string }).id : `treatments[${i}]`;
        records.set(records.has(id) ? `${id}#${i}` : id, this.#guardrail.accept(model.validateTreatment(item, `treatments[${i}]`)));
      });
      return this.#choose(model, records, true);
    }
    if (doc !== null && typeof doc === 'object' && ('treatments' in doc || 'studies' in doc || 'page' in doc)) {
      return this.#fromDataset(model.checkDataset(doc), model);
    }
    const one = this.#guardrail.accept(model.validateTreatment(doc));
    return one.ok
      ? { state: 'ready', value: { options: [one.value], problems: [], missing: [] } }
      : { state: 'invalid', issues: one.issues };
  }

  #fromDataset(checked: CheckedDataset, model: Selector): Resolution<Compared> {
    const records = this.noGuardrails
      ? new Map([...checked.treatments].map(([id, r]) => [id, this.#guardrail.accept(r)]))
      : checked.treatments;
    return this.#choose(model, records);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const r = this.dataSource.resolution;
    const options = r.state === 'ready' ? r.value.options.map((t) => this.#i18n.data(t, 'treatment')) : [];
    this.#view =
      r.state === 'ready' && options.every((t) => t !== undefined)
        ? VIEWS.get()!.describeComparison(options, {
            criteria: splitList(this.criteria),
            jurisdiction: this.jurisdiction,
            locale: this.#i18n.lang,
            category: this.category,
          })
        : undefined;
    if (DEV_MODE && r.state === 'ready' && this.#view) {
      const tag = this.localName;
      for (const p of r.value.problems) warnOnce(tag, 'ms-invalid-data', `${p.kind} "${p.record}"`, p.path, p.message);
      for (const id of r.value.missing) warnOnce(tag, 'ms-not-found', `"${id}"`, '', 'no record with this id in the data');
      for (const c of this.#view.unknownCriteria) warnOnce(tag, 'ms-invalid-data', 'criteria attribute', c, 'is not a criterion');
    }
  }

  /**
   * Which edges of the visible scroller have more beyond them (set from its position): columns
   * at the start or end, rows below.
   */
  #overflow = { start: false, end: false, below: false };

  /** Measures in the next frame: the cues it shows change the box it observes. */
  readonly #resizeObserver =
    typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(() => requestAnimationFrame(() => this.#measureOverflow()));

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resizeObserver?.disconnect();
  }

  /** The table's scroller (wide layout). */
  private get scroller(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.wide .scroller');
  }

  /** The scroller the reader sees: the table's, or the stacked cards' in the narrow layout. */
  get #visibleScroller(): HTMLElement | undefined {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('.scroller')].find((el) => el.getClientRects().length > 0);
  }

  /**
   * Shows the edge shadows and the "scroll for more options" hint only when columns are hidden,
   * and the bottom shadow and the "show the whole comparison" button only when rows are.
   */
  #measureOverflow(): void {
    const el = this.#visibleScroller;
    if (!el) return;
    const wide = el === this.scroller;
    const max = el.scrollWidth - el.clientWidth;
    // Logical edges: scrollLeft runs negative in right-to-left pages.
    const at = Math.abs(el.scrollLeft);
    const next = {
      start: wide && at > 1,
      end: wide && max - at > 1,
      below: el.scrollHeight - el.clientHeight - el.scrollTop > 1,
    };
    if (next.start !== this.#overflow.start || next.end !== this.#overflow.end || next.below !== this.#overflow.below) {
      this.#overflow = next;
      this.requestUpdate();
    }
  }

  /** Scrolls the highlighted column into the scroller's view, beside the sticky row headers, without moving the page. */
  #revealHighlight(): void {
    const el = this.scroller;
    const th = this.highlight ? el?.querySelector<HTMLElement>('thead th.highlighted') : undefined;
    if (!el || !th || el.scrollWidth <= el.clientWidth) return;
    const rowHeader = el.querySelector<HTMLElement>('tbody th')?.offsetWidth ?? 0;
    const rtl = getComputedStyle(el).direction === 'rtl';
    const start = rtl ? el.scrollWidth - (th.offsetLeft + th.offsetWidth) : th.offsetLeft;
    const visibleStart = Math.abs(el.scrollLeft) + rowHeader;
    const visibleEnd = Math.abs(el.scrollLeft) + el.clientWidth;
    if (start >= visibleStart && start + th.offsetWidth <= visibleEnd) return;
    const to = Math.max(0, start - rowHeader);
    el.scrollLeft = rtl ? -to : to;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const el = this.scroller;
    for (const box of this.renderRoot.querySelectorAll<HTMLElement>('.scroller')) {
      if (!this.#resizeObserver || box.dataset.observed !== undefined) continue;
      box.dataset.observed = '';
      this.#resizeObserver.observe(box);
      if (box.firstElementChild) this.#resizeObserver.observe(box.firstElementChild);
    }
    if (changed.has('highlight') || !el?.dataset.revealed) {
      if (el) el.dataset.revealed = '';
      this.#revealHighlight();
    }
    this.#measureOverflow();
    if (DEV_MODE) checkJurisdiction(this);
  }

  /**
   * A reader pressing an option's header selects it (pressing it again clears the choice) and
   * tells the page. The page's highlight stays where the page put it: moving "Offered at this
   * clinic" to whatever a reader clicked would make the label say something untrue.
   */
  #select(id: string): void {
    const selected = this.selected !== id;
    this.selected = selected ? id : undefined;
    this.dispatchEvent(msEvent('ms-treatment-select', { id, selected }));
  }

  /** Shows the whole comparison, or its fixed-height box again (a reader's choice). */
  #toggleOpen(): void {
    this.open = !this.open;
  }

  #renderContent(): TemplateResult {
    const level = headingLevel(this.headingLevel);
    const r = this.dataSource.resolution;
    const v = this.#view;
    if (r.state !== 'ready' || !v)
      return this.dataSource.render({ label: msg('Loading treatment options…'), lines: 10, size: 'table' }, level);
    return VIEWS.get()!.renderComparison({
      view: v,
      level,
      caption: this.caption,
      open: this.open,
      highlight: this.highlight,
      highlightLabel: this.highlightLabel,
      selected: this.selected,
      overflow: this.#overflow,
      guardrail: this.#guardrail.render(level),
      problems: r.value.problems,
      missing: r.value.missing,
      select: (id: string) => this.#select(id),
      toggleOpen: this.#toggleOpen,
      measureOverflow: this.#measureOverflow,
    });
  }

  override render(): TemplateResult {
    return this.#i18n.mark(html`${this.serverRender.dataScript()}${this.#renderContent()}`);
  }
}
