/**
 * `<ms-study-card>` shows one clinical study so that it cannot be read as more than it is: the
 * design, size, control group and certainty stand next to the results, an unapproved therapy
 * always carries its regulatory status, and facts not yet checked against the publication are
 * marked. Clinics put it on every page that mentions research.
 */
import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { msg, str } from '@lit/localize';
import type { Study } from '../../model/schema.js';
import type { CheckedDataset } from '../../model/validate.js';
import type { ValidationResult } from '../../model/result.js';
import type { OutcomeView, StudyView } from '../../model/study-view.js';
import { DataElement, DataSourceController, type Resolution } from '../shared/data-source.js';
import { GuardrailController } from '../shared/guardrails.js';
import { JsonLdController } from '../shared/json-ld.js';
import { lazyModule, lazyTexts, type ModelModule } from '../shared/loaders.js';
import type * as StudyViews from '../../model/study-view.js';
import { heading, headingLevel, jurisdictionAttribute, notReported } from '../shared/templates.js';
import { checkJurisdiction } from '../shared/dev.js';
import { DEV_MODE } from '../shared/dev-mode.js';
import { msEvent } from '../shared/events.js';
import { LocaleController } from '../shared/locale.js';
import { shared, tokens } from '../shared/styles.js';
import { styles } from './ms-study-card.styles.js';
import { ServerRenderController } from '../shared/server-render.js';

const LINK_TEXT: Record<'pubmed' | 'doi' | 'pmc', () => string> = {
  pubmed: () => msg('PubMed record'),
  doi: () => msg('DOI'),
  pmc: () => msg('Free full text (PubMed Central)'),
};

/** What the card says instead of a study: loaded with the problem templates, on first use. */
const TEXTS = lazyTexts(() => import('./ms-study-card.texts.js'));

/** The study view model: loaded with the card's data, without the validator or the other elements' view models. */
const VIEWS = lazyModule(() => import('../../model/study-view.js'));

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

  /** A "Not verified" tag when `unverified` is true. */
  #unverifiedTag(unverified: boolean | undefined): TemplateResult | typeof nothing {
    return unverified ? html` <span class="tag">${msg('Not verified')}</span>` : nothing;
  }

  #notVerified(path: string): TemplateResult | typeof nothing {
    return this.#unverifiedTag(this.#view?.unverified(path));
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

  /** One section of the details: a heading one level below the title, then its content. Not a landmark. */
  #section(part: string, title: string, level: number, content: unknown): TemplateResult {
    return html`<section part=${part} class="section">${heading(level + 1, title)} ${content}</section>`;
  }

  /**
   * A list of facts: those reported, then one line naming every fact that is not
   * ("Not reported: funding, sponsor, conflicts of interest"), rather than a line each.
   */
  #facts(items: [label: string, value: unknown, path?: string][]): TemplateResult {
    const isMissing = (value: unknown) => value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
    const missing = items.filter(([, value]) => isMissing(value)).map(([label]) => label);
    return html`${
      missing.length < items.length
        ? html`<dl class="facts">
            ${items
              .filter(([, value]) => !isMissing(value))
              .map(
                ([label, value, path]) =>
                  html`<div class="fact">
                    <dt>${label}</dt>
                    <dd>${value}${path ? this.#notVerified(path) : nothing}</dd>
                  </div>`,
              )}
          </dl>`
        : nothing
    }
    ${this.#notReportedLine(missing)}`;
  }

  /** "Not reported: funding, sponsor" for the facts a section lacks, or nothing. */
  #notReportedLine(labels: string[]): TemplateResult | typeof nothing {
    if (!labels.length) return nothing;
    const list = labels.map((l) => (/^\p{Lu}\p{Ll}/u.test(l) ? l[0]!.toLocaleLowerCase(this.#i18n.lang) + l.slice(1) : l));
    return html`<p class="not-reported muted">${notReported()}: ${list.join(', ')}</p>`;
  }

  #renderHeader(v: StudyView, level: number): TemplateResult {
    const c = v.study.citation;
    return html`<header part="header" class="header">
      ${heading(level, c.title, { id: 'title', part: 'title', class: 'title' })}
      <p part="citation" class="citation">
        <span class="authors">${v.authorsShort}</span>
        <span class="journal">${v.citationLine}${this.#notVerified('citation.journal')}</span>
      </p>
      ${this.#renderNotices(v)}
    </header>`;
  }

  #renderNotices(v: StudyView): TemplateResult | typeof nothing {
    // A compact card shows the notices that change what a reader may rely on; corrections wait for its details.
    const notices = this.compact && !this.open ? v.notices.filter((n) => n.kind !== 'correction') : v.notices;
    if (!notices.length) return nothing;
    const kind = { correction: msg('Correction'), retraction: msg('Retracted'), 'expression-of-concern': msg('Expression of concern') };
    return html`<ul part="notices" class="notices">
      ${notices.map((n) => {
        // One date format on the card; a note that already gives the date is not preceded by it again.
        const dated = n.date ? html` (${n.date})` : nothing;
        return html`<li class=${n.kind}>
          <strong>${kind[n.kind]}${dated}:</strong>
          ${
            n.kind === 'retraction'
              ? // A note never replaces the warning: "retracted" must not read like a footnote.
                html`${msg('This publication was retracted. Its findings should not be relied on.')}${n.note ? html` ${n.note}` : nothing}`
              : (n.note ?? msg('See the publisher’s notice.'))
          }
        </li>`;
      })}
    </ul>`;
  }

  /**
   * "In short": the key messages, first on every card. Certainty and approval carry their
   * badges here, so the card states each of them once.
   */
  #renderSummary(v: StudyView, level: number): TemplateResult {
    const s = v.summary;
    const badge = html`<span part="regulatory" class="badge ${v.regulatory.tone}"
      >${v.regulatory.tone === 'caution' ? html`<span aria-hidden="true">⚠</span>` : nothing}<span class="visually-hidden"
        >${msg('Regulatory status:')} </span
      >${s.approval.text}</span
    >`;
    const certainty = html`<span part="certainty" class="certainty"
      ><span class="meter" aria-hidden="true"
        >${[1, 2, 3, 4].map((i) => html`<span class=${i <= v.certaintyRank ? 'on' : ''}></span>`)}</span
      >
      ${s.certainty.text}</span
    >`;
    if (this.compact && !this.open) {
      // The compact card says the same in three lines: approval, certainty, then who, what happened and the harms.
      return html`<section part="summary" class="summary gist">
        ${heading(level + 1, msg('In short'), { class: 'visually-hidden' })}
        <p class="badges">${badge} ${certainty}</p>
        <p>
          ${s.whom.text}${this.#unverifiedTag(s.whom.unverified)} ${s.result.text}${this.#unverifiedTag(s.result.unverified)}
          ${s.harms.text}${this.#unverifiedTag(s.harms.unverified)}
        </p>
      </section>`;
    }
    const line = (label: string, content: unknown, unverified: boolean, cls = '') =>
      html`<div class="fact ${cls}">
        <dt>${label}<span class="colon">:</span></dt>
        <dd>${' '}${content}${this.#unverifiedTag(unverified)}</dd>
      </div>`;
    return html`<section part="summary" class="summary">
      ${heading(level + 1, msg('In short'), { class: 'summary-heading' })}
      <dl class="facts">
        ${line(msg('What was tested'), s.tested.text, s.tested.unverified)}
        ${line(msg('What happened'), s.resultNote ? `${s.result.text} ${s.resultNote}` : s.result.text, s.result.unverified)}
        ${line(msg('How sure we can be'), certainty, s.certainty.unverified)} ${line(msg('Approval'), badge, s.approval.unverified)}
        ${line(msg('Known harms'), s.harms.text, s.harms.unverified)}
      </dl>
    </section>`;
  }

  #renderDesign(v: StudyView, level: number): TemplateResult {
    const { study } = v;
    const { design, population: pop, intervention: iv } = study;
    const analysed = v.analysed
      ? html`${v.analysed}${pop.analysedNote ? html` <span class="muted">(${pop.analysedNote})</span>` : nothing}`
      : pop.analysedNote;
    return this.#section(
      'design',
      msg('How the study was done'),
      level,
      html`${this.#facts([
        [msg('Design'), v.designSummary, 'design'],
        [msg('Control'), study.comparator ? html`${v.control}: ${study.comparator}` : v.control, 'design.control'],
        [msg('Blinding'), v.masking, 'design.masking'],
        [msg('Participants'), v.population, 'population'],
        [msg('Analysed'), analysed, 'population.analysed'],
        [msg('Disability at entry'), pop.disability, 'population.disability'],
        [
          msg('Treatment'),
          html`${iv.product}${v.origin ? html`, ${v.origin}` : nothing} <br />${msg('Given')}:
            ${v.routes}${this.#notVerified('intervention.routes')} ${iv.dose ? html`<br />${msg('Dose')}: ${iv.dose}` : nothing}
            ${iv.doses ? html`<br />${msg(str`${iv.doses} doses`)}` : nothing}
            ${iv.schedule ? html`<br />${msg('Schedule')}: ${iv.schedule}${this.#notVerified('intervention.schedule')}` : nothing}`,
          'intervention.product',
        ],
        [msg('Follow-up'), v.followUp, 'followUp'],
      ])}
      ${design.note ? html`<p class="note">${design.note}</p>` : nothing}`,
    );
  }

  #renderReasons(v: StudyView, level: number): TemplateResult {
    return this.#section(
      'reasons',
      msg('How much can this study tell us?'),
      level,
      html`<p>${v.certainty.scope}</p>
        <ul class="reasons">
          ${v.certainty.reasons.map((r) => html`<li class=${r.effect < 0 ? 'down' : 'start'}>${r.text}</li>`)}
        </ul>`,
    );
  }

  #renderOutcomes(v: StudyView, level: number): TemplateResult {
    const outcomes = v.outcomes;
    // Outcomes measured at the same time are grouped under it, so a time point is said once.
    const groups = new Map<string, OutcomeView[]>();
    for (const o of outcomes) groups.set(o.timePoint ?? '', [...(groups.get(o.timePoint ?? '') ?? []), o]);
    // Facts missing from some outcomes are named once for the section, with how many lack them.
    const lacking: string[] = [];
    const count = (label: string, n: number) => {
      if (n) lacking.push(n === outcomes.length ? label : msg(str`${label} (${n} of ${outcomes.length} outcomes)`));
    };
    count(msg('When'), outcomes.filter((o) => !o.timePoint).length);
    count(msg('Statistics'), outcomes.filter((o) => !o.statistics).length);
    return this.#section(
      'outcomes',
      msg('Results'),
      level,
      outcomes.length
        ? html`${[...groups].map(
            ([when, list]) =>
              html`${when ? html`<p class="when">${msg('When')}: ${when}</p>` : nothing}
                <ul class="outcomes">
                  ${list.map(
                    (o) =>
                      html`<li class="outcome">
                        <strong class="measure">${o.measure}</strong>${o.role ? html` <span class="tag">${o.role}</span>` : nothing}:
                        ${o.result ?? o.direction ?? notReported()}${o.statistics ? html` <span class="stats">(${o.statistics})</span>` : nothing}${this.#notVerified(
                          `outcomes.${o.index}`,
                        )}
                      </li>`,
                  )}
                </ul>`,
          )}
          ${this.#notReportedLine(lacking)}`
        : this.#notReportedLine([msg('Results')]),
    );
  }

  #renderSafety(v: StudyView, level: number): TemplateResult {
    // A note the summary already quotes as the harms is not repeated here.
    const note = v.study.safety?.note && !v.summary.harms.text.includes(v.study.safety.note) ? v.study.safety.note : undefined;
    return this.#section(
      'safety',
      msg('Safety'),
      level,
      html`${this.#facts([
        [msg('Serious adverse events'), v.safety.serious, 'safety.seriousAdverseEvents'],
        [msg('Deaths'), v.safety.deaths, 'safety.deaths'],
        [msg('Common events'), v.safety.common, 'safety.commonEvents'],
      ])}
      ${note ? html`<p class="note">${note}${this.#notVerified('safety.note')}</p>` : nothing}`,
    );
  }

  #renderConclusion(v: StudyView, level: number): TemplateResult {
    const { study } = v;
    return this.#section(
      'conclusion',
      msg('What the authors concluded'),
      level,
      html`${
        study.conclusion
          ? html`<p>${study.conclusion}${this.#notVerified('conclusion')}</p>`
          : this.#notReportedLine([msg('The authors’ conclusion')])
      }
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

  #renderAbout(v: StudyView, level: number): TemplateResult {
    const { study } = v;
    const regs = study.citation.registrations ?? [];
    return this.#section(
      'about',
      msg('Who ran and paid for it'),
      level,
      html`${this.#facts([
          [
            study.citation.authors.length > 1 ? msg(str`All ${study.citation.authors.length} authors`) : msg('Author'),
            html`${study.citation.authors.join(', ')}${study.citation.affiliation ? html`<br /><span class="muted">${study.citation.affiliation}</span>` : nothing}`,
          ],
          [msg('Funding'), study.funding, 'funding'],
          [msg('Sponsor'), study.sponsor, 'sponsor'],
          [msg('Conflicts of interest'), study.conflicts, 'conflicts'],
          [
            msg('Registration'),
            regs.length
              ? regs.map((r) => html`${r.id}${r.note ? html` <span class="muted">(${r.note})</span>` : nothing} `)
              : msg('None listed'),
          ],
        ])}
        ${v.regulatoryNote ? html`<p class="note">${v.regulatoryNote}</p>` : nothing}
        <p class="verification ${v.verification.verified ? 'verified' : 'unverified'}">
          <span aria-hidden="true">${v.verification.verified && !v.verification.partly ? '✓' : '⚠'}</span> ${v.verification.text}
          ${v.verification.partly ? msg('Details marked “Not verified” come from a secondary source and are not yet checked.') : nothing}
          ${v.study.verification.note ? html`<span class="muted">${v.study.verification.note}</span>` : nothing}
        </p>`,
    );
  }

  /** Links, review date; `hidden` in a closed compact card (print shows it). */
  #renderFooter(v: StudyView, hidden: boolean): TemplateResult {
    const title = v.study.citation.title;
    return html`<footer part="footer" class="footer" ?hidden=${hidden}>
      ${
        v.links.length
          ? html`<ul part="links" class="links">
              ${v.links.map((l) => {
                // The link names its kind once: "DOI 10.1186/…", "PubMed PMID 38450623", "ClinicalTrials.gov NCT…".
                const text =
                  l.kind === 'registry'
                    ? `ClinicalTrials.gov ${l.label}`
                    : l.kind === 'pubmed'
                      ? `PubMed ${l.label}`
                      : l.kind === 'pmc'
                        ? `${LINK_TEXT.pmc()} ${l.label}`
                        : l.label;
                const unverified =
                  l.kind === 'pubmed' ? v.unverified('citation.pmid') : l.kind === 'doi' ? v.unverified('citation.doi') : false;
                return html`<li><a href=${l.href} aria-label=${`${text}: ${title}`}>${text}</a>${this.#unverifiedTag(unverified)}</li>`;
              })}
            </ul>`
          : html`<p class="muted">${msg('No PubMed, DOI or registry record is linked.')}</p>`
      }
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

  #renderContent(): TemplateResult {
    const level = headingLevel(this.headingLevel);
    if (!this.#view) {
      return this.dataSource.render(
        { label: msg('Loading study…'), lines: this.compact ? 5 : 10, size: this.compact ? 'compact' : 'card' },
        level,
      );
    }
    const v = this.#view;
    // The cards beside this one: in the document, or in the shadow root of an app that renders it.
    const cards = typeof document === 'undefined' ? [] : [...(this.getRootNode() as ParentNode).querySelectorAll('ms-study-card')];
    const last = cards.indexOf(this) === cards.length - 1;
    return html`<article part="base" class="card" aria-labelledby="title" tabindex="-1">
      <button part="skip" class="skip visually-hidden" type="button" @click=${this.#skip}>
        ${last ? msg('Skip to the end of this study') : msg('Skip to the next study')}
      </button>
      ${this.#renderHeader(v, level)} ${this.#guardrail.render(level + 1)} ${this.#renderSummary(v, level)}
      <button
        part="toggle"
        class="button toggle"
        type="button"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="details"
        @click=${this.#toggle}
      >
        ${this.open ? msg('Hide study details') : msg('Show study details')}
      </button>
      <div id="details" part="body" class="body" ?hidden=${!this.open}>
        ${this.#renderDesign(v, level)} ${this.#renderReasons(v, level)} ${this.#renderOutcomes(v, level)} ${this.#renderSafety(v, level)}
        ${this.#renderConclusion(v, level)} ${this.#renderAbout(v, level)}
      </div>
      ${this.#renderFooter(v, this.compact && !this.open)}
      <span id="end" tabindex="-1"></span>
    </article>`;
  }

  override render(): TemplateResult {
    return this.#i18n.mark(html`${this.serverRender.dataScript()}${this.#renderContent()}`);
  }
}
