/**
 * What `<ms-study-card>` shows once its study is here: the study view model (src/model/study-view.ts)
 * and the card's ready-state template. Loaded with the card's data, on first use, so a page that
 * loads the whole library pays for the card's markup only where a card shows a study.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { OutcomeView, StudyView } from '../../model/study-view.js';
import { heading, notReported } from '../shared/templates.js';

export * from '../../model/study-view.js';

const LINK_TEXT: Record<'pubmed' | 'doi' | 'pmc', () => string> = {
  pubmed: () => msg('PubMed record'),
  doi: () => msg('DOI'),
  pmc: () => msg('Free full text (PubMed Central)'),
};

/** What the card's template needs from the element. */
export interface CardContext {
  /** The study's view model. */
  view: StudyView;
  /** The title's heading level. */
  level: number;
  /** The card shows its gist, details behind a button. */
  compact: boolean;
  /** The details are shown. */
  open: boolean;
  /** The element's language (Intl). */
  lang: string;
  /** Whether no study card follows this one (the skip button's words). */
  last: boolean;
  /** The guardrail's not-approved notice, or nothing. */
  guardrail: unknown;
  /** Opens or closes the details (a listener: Lit calls it on the element). */
  toggle: () => void;
  /** Moves focus past the card (a listener: Lit calls it on the element). */
  skip: (event: Event) => void;
}

/** The card with its study: header, "In short", details and footer. */
export function renderStudy(c: CardContext): TemplateResult {
  /** A "Not verified" tag when `unverified` is true. */
  function unverifiedTag(unverified: boolean | undefined): TemplateResult | typeof nothing {
    return unverified ? html` <span class="tag">${msg('Not verified')}</span>` : nothing;
  }

  function notVerified(path: string): TemplateResult | typeof nothing {
    return unverifiedTag(c.view.unverified(path));
  }

  /** One section of the details: a heading one level below the title, then its content. Not a landmark. */
  function section(part: string, title: string, level: number, content: unknown): TemplateResult {
    return html`<section part=${part} class="section">${heading(level + 1, title)} ${content}</section>`;
  }

  /**
   * A list of facts: those reported, then one line naming every fact that is not
   * ("Not reported: funding, sponsor, conflicts of interest"), rather than a line each.
   */
  function facts(items: [label: string, value: unknown, path?: string][]): TemplateResult {
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
                    <dd>${value}${path ? notVerified(path) : nothing}</dd>
                  </div>`,
              )}
          </dl>`
        : nothing
    }
    ${notReportedLine(missing)}`;
  }

  /** "Not reported: funding, sponsor" for the facts a section lacks, or nothing. */
  function notReportedLine(labels: string[]): TemplateResult | typeof nothing {
    if (!labels.length) return nothing;
    const list = labels.map((l) => (/^\p{Lu}\p{Ll}/u.test(l) ? l[0]!.toLocaleLowerCase(c.lang) + l.slice(1) : l));
    return html`<p class="not-reported muted">${notReported()}: ${list.join(', ')}</p>`;
  }

  function renderHeader(v: StudyView, level: number): TemplateResult {
    return html`<header part="header" class="header">
      ${heading(level, v.study.citation.title, { id: 'title', part: 'title', class: 'title' })}
      <p part="citation" class="citation">
        <span class="authors">${v.authorsShort}</span>
        <span class="journal">${v.citationLine}${notVerified('citation.journal')}</span>
      </p>
      ${renderNotices(v)}
    </header>`;
  }

  function renderNotices(v: StudyView): TemplateResult | typeof nothing {
    // A compact card shows the notices that change what a reader may rely on; corrections wait for its details.
    const notices = c.compact && !c.open ? v.notices.filter((n) => n.kind !== 'correction') : v.notices;
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
  function renderSummary(v: StudyView, level: number): TemplateResult {
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
    if (c.compact && !c.open) {
      // The compact card says the same in three lines: approval, certainty, then who, what happened and the harms.
      return html`<section part="summary" class="summary gist">
        ${heading(level + 1, msg('In short'), { class: 'visually-hidden' })}
        <p class="badges">${badge} ${certainty}</p>
        <p>
          ${s.whom.text}${unverifiedTag(s.whom.unverified)} ${s.result.text}${unverifiedTag(s.result.unverified)}
          ${s.harms.text}${unverifiedTag(s.harms.unverified)}
        </p>
      </section>`;
    }
    const line = (label: string, content: unknown, unverified: boolean, cls = '') =>
      html`<div class="fact ${cls}">
        <dt>${label}<span class="colon">:</span></dt>
        <dd>${' '}${content}${unverifiedTag(unverified)}</dd>
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

  function renderDesign(v: StudyView, level: number): TemplateResult {
    const { study } = v;
    const { design, population: pop, intervention: iv } = study;
    const analysed = v.analysed
      ? html`${v.analysed}${pop.analysedNote ? html` <span class="muted">(${pop.analysedNote})</span>` : nothing}`
      : pop.analysedNote;
    return section(
      'design',
      msg('How the study was done'),
      level,
      html`${facts([
        [msg('Design'), v.designSummary, 'design'],
        [msg('Control'), study.comparator ? html`${v.control}: ${study.comparator}` : v.control, 'design.control'],
        [msg('Blinding'), v.masking, 'design.masking'],
        [msg('Participants'), v.population, 'population'],
        [msg('Analysed'), analysed, 'population.analysed'],
        [msg('Disability at entry'), pop.disability, 'population.disability'],
        [
          msg('Treatment'),
          html`${iv.product}${v.origin ? html`, ${v.origin}` : nothing} <br />${msg('Given')}:
            ${v.routes}${notVerified('intervention.routes')} ${iv.dose ? html`<br />${msg('Dose')}: ${iv.dose}` : nothing}
            ${iv.doses ? html`<br />${msg(str`${iv.doses} doses`)}` : nothing}
            ${iv.schedule ? html`<br />${msg('Schedule')}: ${iv.schedule}${notVerified('intervention.schedule')}` : nothing}`,
          'intervention.product',
        ],
        [msg('Follow-up'), v.followUp, 'followUp'],
      ])}
      ${design.note ? html`<p class="note">${design.note}</p>` : nothing}`,
    );
  }

  function renderReasons(v: StudyView, level: number): TemplateResult {
    return section(
      'reasons',
      msg('How much can this study tell us?'),
      level,
      html`<p>${v.certainty.scope}</p>
        <ul class="reasons">
          ${v.certainty.reasons.map((r) => html`<li class=${r.effect < 0 ? 'down' : 'start'}>${r.text}</li>`)}
        </ul>`,
    );
  }

  function renderOutcomes(v: StudyView, level: number): TemplateResult {
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
    return section(
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
                        ${o.result ?? o.direction ?? notReported()}${o.statistics ? html` <span class="stats">(${o.statistics})</span>` : nothing}${notVerified(
                          `outcomes.${o.index}`,
                        )}
                      </li>`,
                  )}
                </ul>`,
          )}
          ${notReportedLine(lacking)}`
        : notReportedLine([msg('Results')]),
    );
  }

  function renderSafety(v: StudyView, level: number): TemplateResult {
    // A note the summary already quotes as the harms is not repeated here.
    const note = v.study.safety?.note && !v.summary.harms.text.includes(v.study.safety.note) ? v.study.safety.note : undefined;
    return section(
      'safety',
      msg('Safety'),
      level,
      html`${facts([
        [msg('Serious adverse events'), v.safety.serious, 'safety.seriousAdverseEvents'],
        [msg('Deaths'), v.safety.deaths, 'safety.deaths'],
        [msg('Common events'), v.safety.common, 'safety.commonEvents'],
      ])}
      ${note ? html`<p class="note">${note}${notVerified('safety.note')}</p>` : nothing}`,
    );
  }

  function renderConclusion(v: StudyView, level: number): TemplateResult {
    const { study } = v;
    return section(
      'conclusion',
      msg('What the authors concluded'),
      level,
      html`${
        study.conclusion ? html`<p>${study.conclusion}${notVerified('conclusion')}</p>` : notReportedLine([msg('The authors’ conclusion')])
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

  function renderAbout(v: StudyView, level: number): TemplateResult {
    const { study } = v;
    const regs = study.citation.registrations ?? [];
    return section(
      'about',
      msg('Who ran and paid for it'),
      level,
      html`${facts([
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
  function renderFooter(v: StudyView, hidden: boolean): TemplateResult {
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
                return html`<li><a href=${l.href} aria-label=${`${text}: ${title}`}>${text}</a>${unverifiedTag(unverified)}</li>`;
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

  const { view: v, level } = c;
  return html`<article part="base" class="card" aria-labelledby="title" tabindex="-1">
    <button part="skip" class="skip visually-hidden" type="button" @click=${c.skip}>
      ${c.last ? msg('Skip to the end of this study') : msg('Skip to the next study')}
    </button>
    ${renderHeader(v, level)} ${c.guardrail} ${renderSummary(v, level)}
    <button
      part="toggle"
      class="button toggle"
      type="button"
      aria-expanded=${c.open ? 'true' : 'false'}
      aria-controls="details"
      @click=${c.toggle}
    >
      ${c.open ? msg('Hide study details') : msg('Show study details')}
    </button>
    <div id="details" part="body" class="body" ?hidden=${!c.open}>
      ${renderDesign(v, level)} ${renderReasons(v, level)} ${renderOutcomes(v, level)} ${renderSafety(v, level)}
      ${renderConclusion(v, level)} ${renderAbout(v, level)}
    </div>
    ${renderFooter(v, c.compact && !c.open)}
    <span id="end" tabindex="-1"></span>
  </article>`;
}
