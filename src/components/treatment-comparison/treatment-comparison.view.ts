/**
 * What `<treatment-comparison>` shows once its options are here: the treatments' view model
 * (src/model/treatment-view.ts) and the comparison's ready-state template. Loaded with the
 * comparison's data, on first use, so a page that loads the whole library pays for the table's
 * markup only where a comparison shows options.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { DataIssue } from '../../model/result.js';
import type { CellView, ComparisonView, OptionView } from '../../model/treatment-view.js';
import { heading, notReported } from '../shared/templates.js';

export * from '../../model/treatment-view.js';

/** What the comparison's template needs from the element. */
export interface ComparisonContext {
  /** The comparison's view model. */
  view: ComparisonView;
  /** The option cards' heading level (narrow layout). */
  level: number;
  /** The page's caption, if any (else the view model's). */
  caption: string | undefined;
  /** The whole comparison is shown, not its fixed-height box. */
  open: boolean;
  /** The option the page highlights, its label, and the option a reader selected. */
  highlight: string | undefined;
  highlightLabel: string | undefined;
  selected: string | undefined;
  /** Which edges of the visible scroller have more beyond them. */
  overflow: { start: boolean; end: boolean; below: boolean };
  /** The guardrail's not-approved notice, or nothing. */
  guardrail: unknown;
  /** Records with data problems, and ids not in the data. */
  problems: DataIssue[];
  missing: string[];
  /** A reader pressed an option's header. */
  select: (id: string) => void;
  /** Shows the whole comparison or the box again (a listener: Lit calls it on the element). */
  toggleOpen: () => void;
  /** Re-measures the scroller's edges (a listener: Lit calls it on the element). */
  measureOverflow: () => void;
}

/** The comparison with its options: table (wide), stacked cards (narrow), note, sources, problems. */
export function renderComparison(x: ComparisonContext): TemplateResult {
  const { view: v, level } = x;
  function renderCell(c: CellView | undefined): TemplateResult | string {
    if (!c) return html`<span class="muted">${notReported()}</span>`;
    const items = (list: { text: string; boxed?: boolean }[]) =>
      html`<ul>
        ${list.map((i) => html`<li>${i.boxed ? html`<strong>${msg('Boxed warning:')}</strong> ` : nothing}${i.text}</li>`)}
      </ul>`;
    switch (c.kind) {
      case 'text':
        return c.text;
      case 'lines':
        return html`${c.lines.map((l) => html`<p class=${l.muted ? 'muted' : ''}>${l.text}</p>`)}`;
      case 'list':
        return items(c.items);
      case 'regulatory':
        return html`<span part="regulatory" class="badge ${c.label.tone}"
            >${c.label.tone === 'caution' ? html`<span aria-hidden="true">⚠ </span>` : nothing}${c.label.text}</span
          >
          ${c.indications.length ? items(c.indications.map((text) => ({ text }))) : nothing}
          ${c.note ? html`<p class="muted">${c.note}</p>` : nothing}`;
      case 'evidence':
        return html`${
          c.certainty
            ? html`<p><span class="badge neutral">${c.certainty}</span></p>`
            : html`<p class="muted">${msg('Certainty not rated')}</p>`
        }
        ${c.note ? html`<p>${c.note}</p>` : nothing} ${c.summary ? html`<p>${c.summary}</p>` : nothing}
        ${c.studies.map(
          (k) =>
            html`<div class="key-study">
              <p>
                <strong>${k.name}</strong
                >${k.people ? `, ${k.people}` : ''}${k.design ? html`<span class="muted">; ${k.design}</span>` : nothing}${
                  k.certainty ? html`<span class="muted">; ${k.certainty}</span>` : nothing
                }
              </p>
              <ul class="findings">
                ${k.findings.map(
                  (f) =>
                    html`<li class="finding">
                      ${f.measure}: <strong>${f.result}</strong>
                      <span class="comparator">${f.comparedWith}</span>${f.timePoint ? `, ${f.timePoint}` : ''}${
                        f.certainty ? ` (${f.certainty})` : ''
                      }.
                      ${
                        f.source?.href
                          ? html`<a href=${f.source.href} aria-label=${msg(str`Source for ${k.name}: ${f.source.title}`)}
                              >${msg('Source')}</a
                            >`
                          : f.source
                            ? html`<span class="muted">${msg(str`Source: ${f.source.title}`)}</span>`
                            : nothing
                      }
                    </li>`,
                )}
              </ul>
            </div>`,
        )}`;
      case 'sources':
        return html`<ul>
          ${c.items.map(
            (i) =>
              html`<li>
                ${i.href ? html`<a href=${i.href}>${i.title}</a>` : i.title}${i.publisher ? html` <span class="muted">(${i.publisher})</span>` : nothing}
              </li>`,
          )}
        </ul>`;
    }
  }

  function renderOptionName(o: OptionView): TemplateResult {
    const highlighted = x.highlight === o.id;
    return html`<button
        part="option-button"
        class="option-button"
        type="button"
        aria-pressed=${x.selected === o.id ? 'true' : 'false'}
        @click=${() => x.select(o.id)}
      >
        ${o.name}
      </button>
      ${o.category ? html`<span class="category muted">${o.category}</span>` : nothing}
      ${o.flag ? html`<span class="badge caution investigational"><span aria-hidden="true">⚠ </span>${o.flag}</span>` : nothing}
      ${highlighted ? html`<span class="tag">${x.highlightLabel?.trim() || msg('Highlighted')}</span>` : nothing}`;
  }

  function renderProblems(problems: DataIssue[], missing: string[], unknown: string[]): TemplateResult | typeof nothing {
    if (!problems.length && !missing.length && !unknown.length) return nothing;
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
        ${unknown.map((c) => html`<li>${msg(str`“${c}” is not a criterion this comparison knows; it was left out.`)}</li>`)}
      </ul>
    </div>`;
  }

  // An empty or blank attribute (CMS editors leave them) means "not given": a table always has a name.
  const caption = x.caption?.trim() || v.caption;
  const hl = (o: OptionView) => (x.highlight === o.id ? 'highlighted' : '');
  // Sources sit in one disclosure under the table, not in a row of links a keyboard must cross.
  const rows = v.rows.filter((row) => row.criterion !== 'sources');
  const sources = v.rows.find((row) => row.criterion === 'sources');
  const { start, end, below } = x.overflow;
  const more = below ? 'more-below' : '';
  return html`<div part="base" class="base cols-${Math.min(v.options.length, 6)} ${x.open ? 'open' : 'boxed'}" tabindex="-1">
    ${x.guardrail}
    <div class="wide frame ${start ? 'more-start' : ''} ${end ? 'more-end' : ''} ${more}">
      <p part="hint" id="scroll-hint" class="hint" ?hidden=${!start && !end}>
        ${msg('Scroll for more options')}<span aria-hidden="true"> ${start && !end ? '←' : '→'}</span>
      </p>
      <div
        part="scroller"
        class="scroller"
        role="region"
        aria-labelledby="caption"
        aria-describedby=${start || end ? 'scroll-hint' : nothing}
        tabindex="0"
        @scroll=${x.measureOverflow}
      >
        <table part="table">
          <caption part="caption" id="caption">
            ${caption}
          </caption>
          <thead>
            <tr>
              <td class="corner"></td>
              ${v.options.map((o) => html`<th part="option-header" scope="col" class=${hl(o)}>${renderOptionName(o)}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              (row) =>
                html`<tr class=${`row-${row.criterion}`}>
                  <th part="row-header" scope="row">${row.question}</th>
                  ${row.cells.map((c, i) => html`<td part="cell" class=${hl(v.options[i]!)}>${renderCell(c)}</td>`)}
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </div>
    <div part="cards" class="narrow frame ${more}">
      <p class="cards-caption" id="cards-caption"><strong>${caption}</strong></p>
      <div class="scroller cards" role="region" aria-labelledby="cards-caption" tabindex="0" @scroll=${x.measureOverflow}>
        ${v.options.map(
          (o, i) =>
            html`<div part="card" class="card ${hl(o)}" data-option=${o.id}>
              ${heading(level, renderOptionName(o), { part: 'option-header', class: 'card-heading' })}
              <dl>
                ${rows.map(
                  (row) =>
                    html`<div class=${`row-${row.criterion}`}>
                      <dt>${row.question}</dt>
                      <dd>${renderCell(row.cells[i])}</dd>
                    </div>`,
                )}
              </dl>
            </div>`,
        )}
      </div>
    </div>
    <button
      part="expand"
      class="button expand"
      type="button"
      aria-expanded=${x.open ? 'true' : 'false'}
      ?hidden=${!x.open && !below}
      @click=${x.toggleOpen}
    >
      ${x.open ? msg('Show less of the comparison') : msg('Show the whole comparison')}
    </button>
    ${
      v.figures
        ? html`<p part="note" class="note">
            <strong>${msg('About the figures:')}</strong>
            ${msg(
              'each comes from a different trial, with its own comparator, people and length. They cannot be compared across options, and the options are not ranked: they appear in the order given.',
            )}
          </p>`
        : nothing
    }
    ${
      sources
        ? html`<details part="sources" class="sources">
            <summary>${msg(str`Where this is from: sources for ${v.options.length} options`)}</summary>
            <dl>
              ${v.options.map(
                (o, i) =>
                  html`<div>
                    <dt>${o.name}</dt>
                    <dd>${renderCell(sources.cells[i])}</dd>
                  </div>`,
              )}
            </dl>
          </details>`
        : nothing
    }
    ${renderProblems(x.problems, x.missing, v.unknownCriteria)}
  </div>`;
}
