/**
 * `<treatment-comparison>` puts MS care options side by side so a reader can see an
 * investigational therapy next to the established options, fairly: a real table (stacked cards
 * when the element is narrow), each row a question a reader asks, every figure with its comparator
 * and source, investigational options marked, and never a ranking across different trials.
 */
import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { msg, str } from '@lit/localize';
import type { Treatment } from '../../model/schema.js';
import type { CheckedDataset, DataIssue } from '../../model/validate.js';
import {
  CRITERIA,
  chooseCriteria,
  criterionQuestion,
  selectTreatments,
  showsFigures,
  splitList,
  type Criterion,
  type Selection,
} from '../../model/treatment-view.js';
import { regulatoryLabel, isUnapproved } from '../../model/regulatory.js';
import { sourceLinks } from '../../model/citation.js';
import type { JsonLd } from '../../model/structured-data.js';
import { categoryLabel, certaintyLabel, notReported, routeLabel } from '../../model/labels.js';
import { formatCount } from '../../model/format.js';
import { EvidenceElement, type Resolution } from '../shared/evidence-element.js';
import type { StructuredDataModule, ValidationModule } from '../shared/loaders.js';
import { heading, headingLevel } from '../shared/templates.js';
import { msEvent } from '../shared/events.js';
import { warnOnce } from '../shared/dev.js';
import { DEV_MODE } from '../shared/dev-mode.js';
import { shared, tokens } from '../shared/styles.js';
import { styles } from './treatment-comparison.styles.js';

/** The options to compare, and the problems met choosing them. */
type Compared = Selection;

const list = (items: readonly (string | TemplateResult)[] | undefined): TemplateResult | undefined =>
  items?.length
    ? html`<ul>
        ${items.map((i) => html`<li>${i}</li>`)}
      </ul>`
    : undefined;

/**
 * Care options side by side, without misleading rankings.
 *
 * @summary MS treatment options compared in a table, each figure with its comparator and source.
 *
 * @csspart base - The wrapper (or the state shown instead: loading, problem).
 * @csspart scroller - The scrollable box around the table.
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
 * @cssprop [--treatment-comparison-column-min-width=11em] - Narrowest an option column gets before the table scrolls.
 * @cssprop [--treatment-comparison-stack-below=40em] - Informational: the element stacks into cards below 40em of its own width.
 *
 * @fires {CustomEvent<{id: string}>} ms-treatment-select - A reader selected an option's header (mouse or keyboard).
 *
 * @status stable
 * @tagname treatment-comparison
 */
export class TreatmentComparison extends EvidenceElement<Compared> {
  static override styles = [tokens, shared, styles];

  static override properties: PropertyDeclarations = {
    treatments: { attribute: false },
    treatmentIds: { attribute: 'treatment-ids' },
    category: {},
    criteria: {},
    highlight: { reflect: true },
    caption: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    jurisdiction: {},
  };

  protected readonly tag = 'treatment-comparison';

  /** The options, given directly (replace the array to update; do not mutate it). */
  treatments?: Treatment[];

  /** Ids of the options to compare, in order, separated by spaces or commas. */
  treatmentIds?: string;

  /** Compare the options of one category, e.g. `disease-modifying-therapy`. */
  category?: string;

  /**
   * Rows to show, in order, separated by commas: aim, regulatory, evidence, route, frequency,
   * benefits, risks, monitoring, limitations, examples. Default: aim, regulatory, evidence, route,
   * frequency, risks. The regulatory row is always shown when an option is not approved; sources
   * are always last.
   */
  criteria?: string;

  /** Id of an option to emphasise (outlined and labelled "Highlighted"). */
  highlight?: string;

  /** The table caption; default "MS treatment options compared" or the category's name. */
  caption?: string;

  /** Level of the option headings in the stacked (narrow) layout and of problem headings. */
  headingLevel = 3;

  /** Jurisdiction of the regulatory labels: US (default), GB, EU, … */
  jurisdiction = 'US';

  /** Language for numbers and dates: the nearest `lang` attribute, else the document's. */
  private locale = 'en';

  private rows: Criterion[] = [];
  private unknownCriteria: string[] = [];

  protected directData(): unknown {
    return this.treatments;
  }

  protected hasLookup(): boolean {
    return true;
  }

  protected lookupKey(): string {
    return `${this.treatmentIds ?? ''}|${this.category ?? ''}`;
  }

  private selection(everything: boolean): { ids: string[]; category?: string; everything: boolean } {
    const ids = splitList(this.treatmentIds);
    return this.category ? { ids, category: this.category, everything } : { ids, everything };
  }

  /** `everything`: with no ids or category, show every option given (a list), not only categories (a dataset). */
  private resolveSelection(
    records: ReadonlyMap<string, ReturnType<ValidationModule['validateTreatment']>>,
    everything = false,
  ): Resolution<Compared> {
    const selection = selectTreatments(records, this.selection(everything));
    if (!selection.options.length) {
      if (selection.problems.length) return { state: 'invalid', issues: selection.problems };
      if (selection.missing.length) return { state: 'not-found', ids: selection.missing };
      return { state: 'empty' };
    }
    return { state: 'ready', value: selection };
  }

  protected fromDocument(doc: unknown, v: ValidationModule): Resolution<Compared> {
    if (Array.isArray(doc)) {
      const records = new Map<string, ReturnType<ValidationModule['validateTreatment']>>();
      doc.forEach((item, i) => {
        const id = typeof (item as { id?: unknown } | null)?.id === 'string' ? (item as { id: string }).id : `treatments[${i}]`;
        records.set(records.has(id) ? `${id}#${i}` : id, this.accepted(v.validateTreatment(item, `treatments[${i}]`)));
      });
      return this.resolveSelection(records, true);
    }
    if (doc !== null && typeof doc === 'object' && ('treatments' in doc || 'studies' in doc || 'page' in doc)) {
      return this.fromDataset(v.checkDataset(doc));
    }
    const one = this.accepted(v.validateTreatment(doc));
    return one.ok
      ? { state: 'ready', value: { options: [one.value], problems: [], missing: [] } }
      : { state: 'invalid', issues: one.issues };
  }

  protected fromDataset(checked: CheckedDataset): Resolution<Compared> {
    const records = this.noGuardrails ? new Map([...checked.treatments].map(([id, r]) => [id, this.accepted(r)])) : checked.treatments;
    return this.resolveSelection(records);
  }

  protected jsonLd(builders: StructuredDataModule): JsonLd | undefined {
    const r = this.resolution;
    return r.state === 'ready' ? builders.comparisonJsonLd(r.value.options, this.rows, this.jurisdiction) : undefined;
  }

  /** The options shown that are not approved in this comparison's jurisdiction, by name. */
  unapprovedTherapy(): string | undefined {
    const r = this.resolution;
    if (r.state !== 'ready') return undefined;
    const names = r.value.options.filter((t) => isUnapproved(regulatoryLabel(t.regulatory, this.jurisdiction).status)).map((t) => t.name);
    return names.length ? names.join(', ') : undefined;
  }

  protected focusTarget(): HTMLElement | null | undefined {
    return this.renderRoot.querySelector<HTMLElement>('[part~="base"]');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.locale = this.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || 'en';
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const r = this.resolution;
    if (r.state !== 'ready') return;
    const { criteria, unknown } = chooseCriteria(this.criteria, r.value.options, this.jurisdiction);
    this.rows = criteria;
    this.unknownCriteria = unknown;
    if (DEV_MODE) {
      for (const p of r.value.problems) warnOnce(this.tag, 'ms-invalid-data', `${p.kind} "${p.record}"`, p.path, p.message);
      for (const id of r.value.missing) warnOnce(this.tag, 'ms-not-found', `"${id}"`, '', 'no record with this id in the data');
      for (const name of unknown)
        warnOnce(this.tag, 'ms-invalid-data', 'criteria attribute', name, `is not a criterion; use ${criteriaHint()}`);
    }
  }

  private select(id: string): void {
    this.highlight = id;
    this.dispatchEvent(msEvent('ms-treatment-select', { id }));
  }

  private renderRegulatory(t: Treatment): TemplateResult {
    const label = regulatoryLabel(t.regulatory, this.jurisdiction);
    const status = t.regulatory.find((s) => s.jurisdiction === this.jurisdiction);
    return html`<span part="regulatory" class="badge ${label.tone}"
        >${label.tone === 'caution' ? html`<span aria-hidden="true">⚠ </span>` : nothing}${label.text}</span
      >
      ${list(status?.indications)} ${status?.note ? html`<p class="muted">${status.note}</p>` : nothing}`;
  }

  private renderEvidence(t: Treatment): TemplateResult {
    const e = t.evidence;
    const sourceOf = (id: string) => t.sources.find((s) => s.id === id);
    return html`${
      e.certainty
        ? html`<p><span class="badge neutral">${certaintyLabel(e.certainty)}</span></p>`
        : html`<p class="muted">${msg('Certainty not rated')}</p>`
    }
    ${e.certaintyNote ? html`<p>${e.certaintyNote}</p>` : nothing} ${e.summary ? html`<p>${e.summary}</p>` : nothing}
    ${(e.keyStudies ?? []).map(
      (k) =>
        html`<div class="key-study">
          <p>
            <strong>${k.name}</strong
            >${k.participants !== undefined ? msg(str`, ${formatCount(k.participants, this.locale)} people`) : nothing}${
              k.design ? html`<span class="muted">; ${k.design}</span>` : nothing
            }
          </p>
          <ul class="findings">
            ${k.findings.map((f) => {
              const source = sourceOf(f.source ?? k.source);
              const link = source ? sourceLinks(source)[0] : undefined;
              return html`<li class="finding">
                ${f.measure}: <strong>${f.result}</strong> <span class="comparator">${msg(str`compared with ${k.comparator}`)}</span>${
                  f.timePoint ? `, ${f.timePoint}` : ''
                }.
                ${
                  link && source
                    ? html`<a href=${link.href} aria-label=${msg(str`Source for ${k.name}: ${source.title}`)}>${msg('Source')}</a>`
                    : nothing
                }
              </li>`;
            })}
          </ul>
        </div>`,
    )} `;
  }

  private renderRisks(t: Treatment): TemplateResult | undefined {
    const warnings = [...(t.warnings ?? [])].sort((a, b) => Number(Boolean(b.boxed)) - Number(Boolean(a.boxed)));
    const items = [
      ...warnings.map((w) => (w.boxed ? html`<strong>${msg('Boxed warning:')}</strong> ${w.text}` : w.text)),
      ...(t.risks ?? []),
    ];
    return list(items);
  }

  private cell(t: Treatment, c: Criterion): TemplateResult | string | undefined {
    const a = t.administration;
    switch (c) {
      case 'aim':
        return t.aim;
      case 'regulatory':
        return this.renderRegulatory(t);
      case 'evidence':
        return this.renderEvidence(t);
      case 'route':
        return a?.routes?.length || a?.setting
          ? html`${a.routes?.length ? html`<p>${a.routes.map(routeLabel).join('; ')}</p>` : nothing}${a.setting ? html`<p class="muted">${a.setting}</p>` : nothing}`
          : undefined;
      case 'frequency':
        return a?.frequency;
      case 'benefits':
        return list(t.benefits);
      case 'risks':
        return this.renderRisks(t);
      case 'monitoring':
        return list(t.monitoring);
      case 'limitations':
        return list(t.limitations);
      case 'examples':
        return list(t.examples);
      case 'sources':
        return list(
          t.sources.map((s) => {
            const link = sourceLinks(s)[0];
            return html`${link ? html`<a href=${link.href}>${s.title}</a>` : s.title}${s.publisher ? html` <span class="muted">(${s.publisher})</span>` : nothing}`;
          }),
        );
    }
  }

  private value(t: Treatment, c: Criterion): TemplateResult | string {
    return this.cell(t, c) ?? html`<span class="muted">${notReported()}</span>`;
  }

  private renderOptionName(t: Treatment): TemplateResult {
    const unapproved = isUnapproved(regulatoryLabel(t.regulatory, this.jurisdiction).status);
    const highlighted = this.highlight === t.id;
    return html`<button
        part="option-button"
        class="option-button"
        type="button"
        aria-pressed=${highlighted ? 'true' : 'false'}
        @click=${() => this.select(t.id)}
      >
        ${t.name}
      </button>
      <span class="category muted">${categoryLabel(t.category)}</span>
      ${unapproved ? html`<span class="badge caution investigational"><span aria-hidden="true">⚠ </span>${msg('Investigational')}</span>` : nothing}
      ${highlighted ? html`<span class="tag">${msg('Highlighted')}</span>` : nothing}`;
  }

  private renderProblems(problems: DataIssue[], missing: string[]): TemplateResult | typeof nothing {
    if (!problems.length && !missing.length && !this.unknownCriteria.length) return nothing;
    const records = [...new Set(problems.map((p) => p.record))];
    return html`<div part="problems" class="problems" role="note">
      <p><strong>${msg('Some of what this page asked for could not be shown.')}</strong></p>
      <ul>
        ${records.map(
          (r) =>
            html`<li>
              ${msg(str`“${r}” has data problems:`)}
              ${problems.filter((p) => p.record === r).map((p) => html`<code>${p.path || r}</code> ${p.message}; `)}
            </li>`,
        )}
        ${missing.map((id) => html`<li>${msg(str`“${id}” is not in the data.`)}</li>`)}
        ${this.unknownCriteria.map((c) => html`<li>${msg(str`“${c}” is not a criterion this comparison knows; it was left out.`)}</li>`)}
      </ul>
    </div>`;
  }

  override render(): TemplateResult {
    const level = headingLevel(this.headingLevel);
    const r = this.resolution;
    if (r.state !== 'ready') return this.renderState(msg('Loading treatment options…'), 10, '24em', level);
    const { options, problems, missing } = r.value;
    const rows = this.rows;
    const caption =
      this.caption ||
      (this.category
        ? msg(str`${categoryLabel(this.category as never) ?? this.category}: options compared`)
        : msg('MS treatment options compared'));
    const hl = (t: Treatment) => (this.highlight === t.id ? 'highlighted' : '');
    const noticeFor = this.strict ? this.guardrail.missing : undefined;
    return html`<div part="base" class="base">
      ${noticeFor ? this.renderGuardrail(noticeFor, level) : nothing}
      <div part="scroller" class="wide scroller" role="region" aria-labelledby="caption" tabindex="0">
        <table part="table">
          <caption part="caption" id="caption">
            ${caption}
          </caption>
          <thead>
            <tr>
              <td class="corner"></td>
              ${options.map((t) => html`<th part="option-header" scope="col" class=${hl(t)}>${this.renderOptionName(t)}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              (c) =>
                html`<tr class=${`row-${c}`}>
                  <th part="row-header" scope="row">${criterionQuestion(c)}</th>
                  ${options.map((t) => html`<td part="cell" class=${hl(t)}>${this.value(t, c)}</td>`)}
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <div part="cards" class="narrow cards">
        <p class="cards-caption"><strong>${caption}</strong></p>
        ${options.map(
          (t) =>
            html`<section part="card" class="card ${hl(t)}" aria-label=${t.name}>
              ${heading(level, this.renderOptionName(t), { part: 'option-header', class: 'card-heading' })}
              <dl>
                ${rows.map(
                  (c) =>
                    html`<div class=${`row-${c}`}>
                      <dt>${criterionQuestion(c)}</dt>
                      <dd>${this.value(t, c)}</dd>
                    </div>`,
                )}
              </dl>
            </section>`,
        )}
      </div>
      ${
        showsFigures(options) && rows.includes('evidence')
          ? html`<p part="note" class="note">
              <strong>${msg('About the figures:')}</strong> ${msg(
                'each comes from a different trial, with its own comparator, people and length. They cannot be compared across options, and the options are not ranked: they appear in the order given.',
              )}
            </p>`
          : nothing
      }
      ${this.renderProblems(problems, missing)}
    </div>`;
  }
}

const criteriaHint = (): string => CRITERIA.filter((c) => c !== 'sources').join(', ');
