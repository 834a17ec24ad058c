/**
 * `<ms-study-card>` shows one clinical study so that it cannot be read as more than it is: the
 * design, size, control group and certainty stand next to the results, an unapproved therapy
 * always carries its regulatory status, and facts not yet checked against the publication are
 * marked. Clinics put it on every page that mentions research.
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { msg, str } from '@lit/localize';
import type { Study } from '../../model/schema.js';
import type { CheckedDataset } from '../../model/validate.js';
import type { ValidationResult } from '../../model/result.js';
import type { StudyView } from '../../model/study-view.js';
import { DataSourceController, type Resolution } from '../shared/data-source.js';
import { GuardrailController } from '../shared/guardrails.js';
import { JsonLdController } from '../shared/json-ld.js';
import { modelIfLoaded, type ModelModule } from '../shared/loaders.js';
import type { StateTexts } from '../shared/problems.js';
import { heading, headingLevel, jurisdictionAttribute, notReported } from '../shared/templates.js';
import { checkJurisdiction } from '../shared/dev.js';
import { DEV_MODE } from '../shared/dev-mode.js';
import { msEvent } from '../shared/events.js';
import { LocaleController } from '../shared/locale.js';
import { shared, tokens } from '../shared/styles.js';
import { styles } from './ms-study-card.styles.js';

const LINK_TEXT: Record<'pubmed' | 'doi' | 'pmc', () => string> = {
  pubmed: () => msg('PubMed record'),
  doi: () => msg('DOI'),
  pmc: () => msg('Free full text (PubMed Central)'),
};

/** What the card says instead of a study. */
const TEXTS = (): StateTexts => ({
  emptyHeading: msg('No study to show'),
  emptyText: msg('This card was given no study. Set study-id, src, an inline JSON script, or the study property.'),
  notFoundHeading: msg('Study not found'),
  notFoundText: (ids) => msg(str`There is no study with the id “${ids.join(', ')}” in the data.`),
  invalidHeading: msg('This study cannot be shown'),
  invalidText: msg('Its data has problems, so it is not shown rather than shown wrongly:'),
  loadErrorHeading: msg('The study could not be loaded'),
});

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
export class MsStudyCard extends LitElement {
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

  private readonly data = new DataSourceController<Study>(this, {
    direct: () => this.study,
    named: () => Boolean(this.studyId),
    key: () => `${this.studyId}|${this.noGuardrails}`,
    fromDocument: (doc, m) => this.fromDocument(doc, m),
    fromDataset: (checked) => this.fromDataset(checked),
  });

  private readonly guardrail = new GuardrailController(this, {
    therapy: () => (this.view?.unapproved ? this.view.study.intervention.product : undefined),
    jurisdiction: () => this.jurisdiction,
    data: this.data,
  });

  /** Language: the nearest `lang` attribute (Intl formatting) and the page's translation. */
  private readonly i18n = new LocaleController(this);

  private view?: StudyView;

  constructor() {
    super();
    new JsonLdController(this, this.data, (b) => (this.view ? b.studyJsonLd(this.view.study) : undefined));
  }

  private fromDocument(doc: unknown, v: ModelModule): Resolution<Study> {
    if (doc !== null && typeof doc === 'object' && !Array.isArray(doc) && ('studies' in doc || 'treatments' in doc || 'page' in doc)) {
      const checked = v.checkDataset(doc);
      if (!this.studyId && checked.studies.size === 1) return this.fromDataset(checked, [...checked.studies.keys()][0]);
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
      return this.fromDataset(checked);
    }
    return this.toResolution(v.validateStudy(doc));
  }

  private fromDataset(checked: CheckedDataset, id = this.studyId ?? ''): Resolution<Study> {
    const result = checked.studies.get(id);
    return result ? this.toResolution(result) : { state: 'not-found', ids: [id] };
  }

  private toResolution(result: ValidationResult<Study>): Resolution<Study> {
    const r = this.guardrail.accept(result);
    return r.ok ? { state: 'ready', value: r.value } : { state: 'invalid', issues: r.issues };
  }

  protected override shouldUpdate(changed: PropertyValues): boolean {
    return this.data.shouldUpdate() && super.shouldUpdate(changed);
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    return this.data.settle(await super.getUpdateComplete(), () => super.getUpdateComplete());
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const r = this.data.resolution;
    this.view =
      r.state === 'ready'
        ? modelIfLoaded()!.describeStudy(r.value, { locale: this.i18n.lang, jurisdiction: this.jurisdiction })
        : undefined;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (DEV_MODE) checkJurisdiction(this);
  }

  private toggle(): void {
    this.open = !this.open;
    this.dispatchEvent(msEvent('ms-toggle', { open: this.open }));
  }

  /** A "Not verified" tag when `unverified` is true. */
  private unverifiedTag(unverified: boolean | undefined): TemplateResult | typeof nothing {
    return unverified ? html` <span class="tag">${msg('Not verified')}</span>` : nothing;
  }

  private notVerified(path: string): TemplateResult | typeof nothing {
    return this.unverifiedTag(this.view?.unverified(path));
  }

  /** One section of the details: a heading one level below the title, then its content. */
  private section(part: string, title: string, level: number, content: unknown): TemplateResult {
    return html`<section part=${part} class="section" aria-labelledby="${part}-heading">
      ${heading(level + 1, title, { id: `${part}-heading` })} ${content}
    </section>`;
  }

  private fact(label: string, value: unknown, path?: string): TemplateResult {
    const missing = value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
    // One template per fact, no nested ones: a full card has about twenty facts.
    return html`<div class="fact">
      <dt>${label}</dt>
      <dd class=${missing ? 'muted' : nothing}>${missing ? notReported() : value}${missing || !path ? nothing : this.notVerified(path)}</dd>
    </div>`;
  }

  private renderHeader(v: StudyView, level: number): TemplateResult {
    const c = v.study.citation;
    return html`<header part="header" class="header">
      ${heading(level, c.title, { id: 'title', part: 'title', class: 'title' })}
      <p part="citation" class="citation">
        <span class="authors">${v.authorsShort}</span>
        <span class="journal">${v.citationLine}${this.notVerified('citation.journal')}</span>
      </p>
      ${
        v.authorsHidden
          ? html`<details class="all-authors">
              <summary>${msg(str`All ${c.authors.length} authors`)}</summary>
              <p>${c.authors.join(', ')}${c.affiliation ? html`<br /><span class="muted">${c.affiliation}</span>` : nothing}</p>
            </details>`
          : nothing
      }
      <div part="badges" class="badges">
        <span part="regulatory" class="badge ${v.regulatory.tone}">
          ${v.regulatory.tone === 'caution' ? html`<span aria-hidden="true">⚠</span>` : nothing}<span class="visually-hidden"
            >${msg('Regulatory status:')} </span
          >${v.regulatory.text}
        </span>
        <span part="certainty" class="badge neutral certainty">
          <span class="meter" aria-hidden="true"
            >${[1, 2, 3, 4].map((i) => html`<span class=${i <= v.certaintyRank ? 'on' : ''}></span>`)}</span
          >
          ${v.certaintyText}
        </span>
      </div>
      ${this.renderNotices(v)}
    </header>`;
  }

  private renderNotices(v: StudyView): TemplateResult | typeof nothing {
    const notices = v.study.citation.notices ?? [];
    if (!notices.length) return nothing;
    const kind = { correction: msg('Correction'), retraction: msg('Retracted'), 'expression-of-concern': msg('Expression of concern') };
    return html`<ul part="notices" class="notices">
      ${notices.map(
        (n) =>
          html`<li class=${n.kind}>
            <strong>${kind[n.kind]}${n.date ? html` (${n.date})` : nothing}:</strong>
            ${n.note ?? (n.kind === 'retraction' ? msg('This publication was retracted. Its findings should not be relied on.') : msg('See the publisher’s notice.'))}
          </li>`,
      )}
    </ul>`;
  }

  private renderDesign(v: StudyView, level: number): TemplateResult {
    const { study } = v;
    const { design, population: pop, intervention: iv } = study;
    const analysed = v.analysed
      ? html`${v.analysed}${pop.analysedNote ? html` <span class="muted">(${pop.analysedNote})</span>` : nothing}`
      : pop.analysedNote;
    return this.section(
      'design',
      msg('How the study was done'),
      level,
      html`<dl class="facts">
          ${this.fact(msg('Design'), v.designSummary, 'design')} ${this.fact(msg('Control'), v.control, 'design.control')}
          ${this.fact(msg('Blinding'), v.masking, 'design.masking')} ${this.fact(msg('Participants'), v.population, 'population')}
          ${this.fact(msg('Analysed'), analysed, 'population.analysed')}
          ${this.fact(msg('Disability at entry'), pop.disability, 'population.disability')}
          ${this.fact(
            msg('Treatment'),
            html`${iv.product}${v.origin ? html`, ${v.origin}` : nothing} <br />${msg('Given')}:
              ${v.routes}${this.notVerified('intervention.routes')} ${iv.dose ? html`<br />${msg('Dose')}: ${iv.dose}` : nothing}
              ${iv.doses ? html`<br />${msg(str`${iv.doses} doses`)}` : nothing}
              ${iv.schedule ? html`<br />${msg('Schedule')}: ${iv.schedule}${this.notVerified('intervention.schedule')}` : nothing}`,
            'intervention.product',
          )}
          ${this.fact(msg('Compared with'), v.comparator, 'comparator')} ${this.fact(msg('Follow-up'), v.followUp, 'followUp')}
        </dl>
        ${design.note ? html`<p class="note">${design.note}</p>` : nothing}`,
    );
  }

  private renderReasons(v: StudyView, level: number): TemplateResult {
    return this.section(
      'reasons',
      msg('How much can this study tell us?'),
      level,
      html`<p><strong>${v.certaintyText}.</strong> ${v.certainty.scope}</p>
        <ul class="reasons">
          ${v.certainty.reasons.map((r) => html`<li class=${r.effect < 0 ? 'down' : 'start'}>${r.text}</li>`)}
        </ul>`,
    );
  }

  private renderOutcomes(v: StudyView, level: number): TemplateResult {
    return this.section(
      'outcomes',
      msg('Results'),
      level,
      html`<p class="context">
          <span class="visually-hidden">${msg('Results context:')} </span>${v.resultsContext}${this.unverifiedTag(v.summaryUnverified)}
        </p>
        ${
          v.outcomes.length
            ? html`<ul class="outcomes">
                ${v.outcomes.map(
                  (o) =>
                    html`<li class="outcome">
                      ${heading(level + 2, html`${o.measure}${this.notVerified(`outcomes.${o.index}`)}`, { class: 'measure' })}
                      <p class="role muted">${o.role}</p>
                      <dl class="facts">
                        ${this.fact(msg('When'), o.timePoint)} ${this.fact(msg('Result'), o.result)}
                        ${this.fact(msg('Direction'), o.direction)} ${this.fact(msg('Statistics'), o.statistics)}
                      </dl>
                    </li>`,
                )}
              </ul>`
            : html`<p class="muted">${msg('No results reported.')}</p>`
        }`,
    );
  }

  private renderSafety(v: StudyView, level: number): TemplateResult {
    const note = v.study.safety?.note;
    return this.section(
      'safety',
      msg('Safety'),
      level,
      html`<dl class="facts">
          ${this.fact(msg('Serious adverse events'), v.safety.serious, 'safety.seriousAdverseEvents')}
          ${this.fact(msg('Deaths'), v.safety.deaths, 'safety.deaths')}
          ${this.fact(msg('Common events'), v.safety.common, 'safety.commonEvents')}
        </dl>
        ${note ? html`<p class="note">${note}${this.notVerified('safety.note')}</p>` : nothing}`,
    );
  }

  private renderConclusion(v: StudyView, level: number): TemplateResult {
    const { study } = v;
    return this.section(
      'conclusion',
      msg('What the authors concluded'),
      level,
      html`<p>${study.conclusion ?? html`<span class="muted">${notReported()}</span>`}${this.notVerified('conclusion')}</p>
        ${
          study.limitations?.length
            ? html`<p class="subhead">${msg('Limitations')}</p>
                <ul>
                  ${study.limitations.map((l) => html`<li>${l}</li>`)}
                </ul>`
            : nothing
        }`,
    );
  }

  private renderAbout(v: StudyView, level: number): TemplateResult {
    const { study } = v;
    const regs = study.citation.registrations ?? [];
    return this.section(
      'about',
      msg('Who ran and paid for it'),
      level,
      html`<dl class="facts">
          ${this.fact(msg('Funding'), study.funding, 'funding')} ${this.fact(msg('Sponsor'), study.sponsor, 'sponsor')}
          ${this.fact(msg('Conflicts of interest'), study.conflicts, 'conflicts')}
          ${this.fact(msg('Registration'), regs.length ? regs.map((r) => html`${r.id}${r.note ? html` <span class="muted">(${r.note})</span>` : nothing} `) : msg('None listed'))}
        </dl>
        ${v.regulatoryNote ? html`<p class="note">${v.regulatoryNote}</p>` : nothing}`,
    );
  }

  private renderFooter(v: StudyView): TemplateResult {
    const title = v.study.citation.title;
    return html`<footer part="footer" class="footer">
      ${
        v.links.length
          ? html`<ul part="links" class="links">
              ${v.links.map((l) => {
                const registry = l.kind === 'registry';
                const text = registry ? `ClinicalTrials.gov ${l.label}` : LINK_TEXT[l.kind as 'pubmed']();
                const pmidUnverified = l.kind === 'pubmed' && v.unverified('citation.pmid');
                return html`<li>
                  <a href=${l.href} aria-label=${`${text}: ${title}`}>${text}</a
                  >${registry ? nothing : html` <span class="id">${l.label}</span>`}${
                    pmidUnverified ? html` <span class="tag">${msg('ID not verified')}</span>` : nothing
                  }
                </li>`;
              })}
            </ul>`
          : html`<p class="muted">${msg('No PubMed, DOI or registry record is linked.')}</p>`
      }
      <p class="verification ${v.verification.verified ? 'verified' : 'unverified'}">
        <span aria-hidden="true">${v.verification.verified && !v.verification.partly ? '✓' : '⚠'}</span> ${v.verification.text}
        ${v.verification.partly ? msg('Details marked “Not verified” come from a secondary source and are not yet checked.') : nothing}
        ${v.study.verification.note ? html`<span class="muted">${v.study.verification.note}</span>` : nothing}
      </p>
      <p class="reviewed muted">${v.recordChecked}</p>
      ${
        v.stale
          ? html`<p part="stale" class="stale">
              <strong>${msg('Review overdue:')}</strong>
              ${msg(str`this summary was due for review on ${v.stale.due} and may be out of date.`)}
            </p>`
          : nothing
      }
    </footer>`;
  }

  override render(): TemplateResult {
    const level = headingLevel(this.headingLevel);
    if (!this.view) {
      return this.data.render(
        TEXTS,
        { label: msg('Loading study…'), lines: this.compact ? 4 : 12, size: this.compact ? 'compact' : 'card' },
        level,
      );
    }
    const v = this.view;
    const details = html`<div part="body" class="body">
        ${this.renderDesign(v, level)} ${this.renderReasons(v, level)} ${this.renderOutcomes(v, level)} ${this.renderSafety(v, level)}
        ${this.renderConclusion(v, level)} ${this.renderAbout(v, level)}
      </div>
      ${this.renderFooter(v)}`;
    return html`<article part="base" class="card" aria-labelledby="title" tabindex="-1">
      ${this.renderHeader(v, level)} ${this.guardrail.render(level + 1)}
      ${
        this.compact
          ? html`<p part="design-line" class="design-line">
                <span class="visually-hidden">${msg('Design:')} </span>${v.designLine}${this.unverifiedTag(v.summaryUnverified)}
              </p>
              <button
                part="toggle"
                class="button toggle"
                type="button"
                aria-expanded=${this.open ? 'true' : 'false'}
                aria-controls="details"
                @click=${this.toggle}
              >
                ${this.open ? msg('Hide study details') : msg('Show study details')}
              </button>
              <div id="details" class="details" ?hidden=${!this.open}>${details}</div>`
          : details
      }
    </article>`;
  }
}
