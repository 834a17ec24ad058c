/**
 * `<ms-composer>`: the page builder a clinic's marketing lead uses alone. Pick study cards, a
 * comparison, notices and the review line; set the brand; preview at phone and desktop widths in
 * light and dark; copy the snippet for the CMS; add the clinic's own studies with a form generated
 * from the library's schema. Built with the library itself and Lit: the preview is the very markup
 * the copy buttons hand out, rendered by the same elements.
 */
import { LitElement, html, nothing, render, type PropertyValues, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { live } from 'lit/directives/live.js';
import studiesFile from '../../data/studies.json';
import treatmentsFile from '../../data/treatments.json';
import { StudySchema, type Study, type Treatment } from '../../src/model/schema.js';
import { validateStudy } from '../../src/model/validate.js';
import { TREATMENT_CATEGORIES } from '../../src/model/vocabulary.js';
import { isUnapproved, regulatoryFor } from '../../src/model/regulatory.js';
import { FONT_STACKS, brandPair, formatRatio, normaliseHex, themeProperties } from './contrast.js';
import {
  PLATFORMS,
  dataFile,
  elementMarkup,
  fallbackMarkup,
  headLines,
  inlineJson,
  shortcodes,
  staticMarkup,
  type Catalog,
  type Platform,
} from './snippets.js';
import {
  CRITERIA,
  History,
  JURISDICTIONS,
  NOTICE_KINDS,
  decodeState,
  encodeState,
  initialState,
  move,
  newBlock,
  type Block,
  type ComposerState,
} from './state.js';
import { focusRing, styles } from './composer.styles.js';
import { validateDraft } from './draft-validation.js';
import './schema-form.js';
import type { MsSchemaForm } from './schema-form.js';
import { sourcesOf, type StudyImportDetail } from './study-import.js';
import './study-import.js';

const STORAGE_KEY = 'ms-composer:page';
const DRAFT_KEY = 'ms-composer:draft';
const bundledStudies = (studiesFile as unknown as { studies: Study[] }).studies;
const treatments = (treatmentsFile as unknown as { treatments: Treatment[] }).treatments;
/** A complete, unapproved study the draft's fields are laid over to check claims early (see draft-validation.ts). */
const STAND_IN = bundledStudies.find((s) => s.id === 'riordan-2018') ?? bundledStudies[0]!;

const KIND_NAMES: Record<Block['kind'], string> = {
  study: 'Study card',
  comparison: 'Comparison',
  disclaimer: 'Notices',
  review: 'Review line',
};
const NOTICE_NAMES: Record<string, string> = {
  educational: 'Educational use only',
  'not-approved': 'Not approved (names the therapy)',
  consult: 'Talk to your doctor',
  emergency: 'In an emergency',
};
const CRITERION_NAMES: Record<string, string> = {
  aim: 'What it aims to do',
  regulatory: 'Is it approved?',
  evidence: 'Evidence',
  route: 'How it is given',
  frequency: 'How often',
  benefits: 'Benefits',
  risks: 'Risks',
  monitoring: 'Monitoring',
  limitations: 'Limitations',
  examples: 'Examples',
};
const RADII = { Default: '', Square: '0', Rounded: '0.5em', 'Very rounded': '1em' } as const;

/** Whether a draft holds anything a person typed (the form's empty structure does not count). */
const hasContent = (value: unknown): boolean =>
  typeof value === 'string'
    ? value.trim() !== ''
    : typeof value === 'number' || value === true || (value !== null && typeof value === 'object' && Object.values(value).some(hasContent));

const studyLabel = (s: Study): string => {
  const first = s.citation.authors[0]?.split(' ')[0] ?? '';
  return `${first}${s.citation.authors.length > 1 ? ' et al.' : ''} ${s.citation.year}: ${s.citation.title}`;
};

/**
 * The page composer.
 */
export class MsComposer extends LitElement {
  static override styles = [focusRing, styles];

  static override properties = {
    state: { state: true },
    query: { state: true },
    previewWidth: { state: true },
    previewTheme: { state: true },
    platform: { state: true },
    draft: { state: true },
    announcement: { state: true },
    dragging: { state: true },
    showAllProblems: { state: true },
    staticHtml: { state: true },
  };

  state: ComposerState = initialState();
  private query = '';
  private previewWidth: 'phone' | 'desktop' = 'desktop';
  private previewTheme: 'light' | 'dark' = 'light';
  private platform: Platform = 'html';
  private draft: unknown = {};
  private announcement = '';
  private dragging = -1;
  private showAllProblems = false;
  /** The page as static HTML, serialized from the preview once its elements have rendered. */
  private staticHtml = '';
  private staticRun = 0;
  private readonly history = new History();

  override connectedCallback(): void {
    super.connectedCallback();
    const fromUrl = decodeState(location.hash);
    let stored: string | null = null;
    try {
      stored = localStorage.getItem(STORAGE_KEY);
      this.draft = JSON.parse(localStorage.getItem(DRAFT_KEY) ?? '{}');
    } catch {
      // Storage blocked (private mode, a strict policy): the composer still works, unsaved.
    }
    this.state = fromUrl ?? decodeState(stored) ?? initialState();
    addEventListener('keydown', this.onKeydown);
  }

  override disconnectedCallback(): void {
    removeEventListener('keydown', this.onKeydown);
    super.disconnectedCallback();
  }

  private onKeydown = (e: KeyboardEvent): void => {
    const target = e.composedPath()[0] as HTMLElement | undefined;
    // Typing keeps the text field's own undo.
    if (target && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'z') {
      e.preventDefault();
      if (e.shiftKey) this.redo();
      else this.undo();
    }
  };

  // ---- State -------------------------------------------------------------------------------

  /** Applies a change: recorded for undo, saved, and written into the URL. */
  private update_(change: (s: ComposerState) => ComposerState): void {
    const next = change(structuredClone(this.state));
    this.history.push(this.state);
    this.commit(next);
  }

  private commit(next: ComposerState): void {
    this.state = next;
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
    } catch {
      // Not saved; the URL still holds the page.
    }
    window.history.replaceState(null, '', encodeState(next));
  }

  private undo(): void {
    const previous = this.history.undo(this.state);
    if (previous) {
      this.commit(previous);
      this.announce('Undone.');
    }
  }

  private redo(): void {
    const next = this.history.redo(this.state);
    if (next) {
      this.commit(next);
      this.announce('Redone.');
    }
  }

  private announce(text: string): void {
    // Cleared first so the same words are announced again.
    this.announcement = '';
    requestAnimationFrame(() => (this.announcement = text));
  }

  private setBlock<B extends Block>(index: number, patch: Partial<B>): void {
    this.update_((s) => {
      s.blocks[index] = { ...s.blocks[index], ...patch } as Block;
      return s;
    });
  }

  private addBlock(block: Block): void {
    this.update_((s) => ({ ...s, blocks: [...s.blocks, block] }));
    this.announce(`${KIND_NAMES[block.kind]} added as item ${this.state.blocks.length}.`);
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#block-${block.key} .block-title`)?.focus());
  }

  private moveBlock(from: number, to: number, refocus?: string): void {
    if (to < 0 || to >= this.state.blocks.length || from === to) return;
    const block = this.state.blocks[from]!;
    this.update_((s) => ({ ...s, blocks: move(s.blocks, from, to) }));
    this.announce(`${KIND_NAMES[block.kind]} moved to position ${to + 1} of ${this.state.blocks.length}.`);
    if (refocus) this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#block-${block.key} ${refocus}`)?.focus());
  }

  private removeBlock(index: number): void {
    const block = this.state.blocks[index]!;
    this.update_((s) => ({ ...s, blocks: s.blocks.filter((_, i) => i !== index) }));
    this.announce(`${KIND_NAMES[block.kind]} removed. Undo brings it back.`);
  }

  // ---- Derived -----------------------------------------------------------------------------

  private catalog(): Catalog & { invalid: { index: number; id: string; count: number }[] } {
    const clinic = new Map<string, Study>();
    const invalid: { index: number; id: string; count: number }[] = [];
    this.state.clinic.studies.forEach((raw, index) => {
      const result = validateStudy(raw, `studies[${index}]`);
      const id = (raw as { id?: unknown })?.id;
      if (result.ok) clinic.set(result.value.id, result.value);
      else invalid.push({ index, id: typeof id === 'string' ? id : `study ${index + 1}`, count: result.issues.length });
    });
    return { bundled: new Map(bundledStudies.map((s) => [s.id, s])), clinic, invalid };
  }

  // ---- Pick --------------------------------------------------------------------------------

  private renderSearch(catalog: Catalog): TemplateResult {
    const q = this.query.trim().toLowerCase();
    const all = [
      ...[...catalog.clinic.values()].map((s) => ({ s, own: true })),
      ...[...catalog.bundled.values()].map((s) => ({ s, own: false })),
    ];
    const studies = all.filter(({ s }) => !q || `${s.id} ${studyLabel(s)} ${s.citation.authors.join(' ')}`.toLowerCase().includes(q));
    const options = treatments.filter((t) => !q || `${t.id} ${t.name} ${t.category}`.toLowerCase().includes(q));
    return html`<div class="search">
      <label for="search">Search studies and treatments</label>
      <input
        id="search"
        type="search"
        .value=${live(this.query)}
        @input=${(e: Event) => (this.query = (e.target as HTMLInputElement).value)}
      />
      <p class="hint" role="status">${studies.length} studies, ${options.length} treatments${q ? ` match “${this.query.trim()}”` : ''}.</p>
      <ul class="results" aria-label="Studies">
        ${studies.map(
          ({ s, own }) =>
            html`<li>
              <span>${studyLabel(s)} ${own ? html`<span class="tag">Your study</span>` : nothing}</span>
              <button
                type="button"
                @click=${() => this.addBlock({ ...(newBlock('study') as Extract<Block, { kind: 'study' }>), id: s.id })}
              >
                Add card<span class="visually-hidden">: ${s.citation.title}</span>
              </button>
            </li>`,
        )}
      </ul>
      <ul class="results" aria-label="Treatments">
        ${options.map(
          (t) =>
            html`<li>
              <span>${t.name} <span class="tag">${t.scope === 'category' ? 'category of care' : 'option'}</span></span>
              <button
                type="button"
                @click=${() => this.addBlock({ ...(newBlock('comparison') as Extract<Block, { kind: 'comparison' }>), ids: [t.id] })}
              >
                Compare<span class="visually-hidden">: ${t.name}</span>
              </button>
            </li>`,
        )}
      </ul>
    </div>`;
  }

  private renderStudyBlock(block: Extract<Block, { kind: 'study' }>, i: number, catalog: Catalog): TemplateResult {
    const id = `s-${block.key}`;
    return html`<div class="fields">
      <label for=${id}>Study</label>
      <select id=${id} @change=${(e: Event) => this.setBlock(i, { id: (e.target as HTMLSelectElement).value })}>
        <option value="" ?selected=${!block.id}>Choose a study…</option>
        ${
          catalog.clinic.size
            ? html`<optgroup label="Your studies">
                ${[...catalog.clinic.values()].map((s) => html`<option value=${s.id} ?selected=${block.id === s.id}>${studyLabel(s)}</option>`)}
              </optgroup>`
            : nothing
        }
        <optgroup label="Bundled studies">
          ${[...catalog.bundled.values()].map((s) => html`<option value=${s.id} ?selected=${block.id === s.id}>${studyLabel(s)}</option>`)}
        </optgroup>
      </select>
      <fieldset class="inline">
        <legend>Layout</legend>
        ${(['compact', 'full'] as const).map(
          (layout) =>
            html`<label
              ><input
                type="radio"
                name=${`layout-${block.key}`}
                .checked=${block.compact === (layout === 'compact')}
                @change=${() => this.setBlock(i, { compact: layout === 'compact' })}
              />
              ${layout === 'compact' ? 'Compact (details on request)' : 'Full'}</label
            >`,
        )}
      </fieldset>
    </div>`;
  }

  private renderComparisonBlock(block: Extract<Block, { kind: 'comparison' }>, i: number): TemplateResult {
    const k = block.key;
    const shown =
      block.by === 'category'
        ? treatments.filter((t) => t.category === block.category && t.scope === 'option')
        : treatments.filter((t) => block.ids.includes(t.id));
    const toggle = <T extends string>(list: T[], value: T, on: boolean): T[] =>
      on ? [...new Set([...list, value])] : list.filter((x) => x !== value);
    return html`<div class="fields">
      <fieldset class="inline">
        <legend>Compare</legend>
        <label
          ><input type="radio" name=${`by-${k}`} .checked=${block.by === 'options'} @change=${() => this.setBlock(i, { by: 'options' })} />
          Chosen options</label
        >
        <label
          ><input
            type="radio"
            name=${`by-${k}`}
            .checked=${block.by === 'category'}
            @change=${() => this.setBlock(i, { by: 'category' })}
          />
          A whole category</label
        >
      </fieldset>
      ${
        block.by === 'category'
          ? html`<label for=${`cat-${k}`}>Category</label>
              <select id=${`cat-${k}`} @change=${(e: Event) => this.setBlock(i, { category: (e.target as HTMLSelectElement).value })}>
                ${TREATMENT_CATEGORIES.map((c) => html`<option value=${c} ?selected=${block.category === c}>${c.replace(/-/g, ' ')}</option>`)}
              </select>`
          : html`<fieldset>
              <legend>Options, in order</legend>
              <div class="checks">
                ${treatments.map(
                  (t) =>
                    html`<label
                      ><input
                        type="checkbox"
                        .checked=${block.ids.includes(t.id)}
                        @change=${(e: Event) => this.setBlock(i, { ids: toggle(block.ids, t.id, (e.target as HTMLInputElement).checked) })}
                      />
                      ${t.name}</label
                    >`,
                )}
              </div>
            </fieldset>`
      }
      <fieldset>
        <legend>Questions (rows)</legend>
        <div class="checks">
          ${CRITERIA.map(
            (c) =>
              html`<label
                ><input
                  type="checkbox"
                  .checked=${block.criteria.includes(c)}
                  @change=${(e: Event) => {
                    const on = (e.target as HTMLInputElement).checked;
                    this.setBlock(i, { criteria: CRITERIA.filter((x) => (x === c ? on : block.criteria.includes(x))) });
                  }}
                />
                ${CRITERION_NAMES[c]}</label
              >`,
          )}
        </div>
      </fieldset>
      <label for=${`hl-${k}`}>Highlight</label>
      <select id=${`hl-${k}`} @change=${(e: Event) => this.setBlock(i, { highlight: (e.target as HTMLSelectElement).value })}>
        <option value="" ?selected=${!block.highlight}>None</option>
        ${shown.map((t) => html`<option value=${t.id} ?selected=${block.highlight === t.id}>${t.name}</option>`)}
      </select>
      <label for=${`hll-${k}`}>Highlight label</label>
      <p class="hint" id=${`hll-${k}-hint`}>Shown on the highlighted option, e.g. “Offered at our clinic”. Empty reads “Highlighted”.</p>
      <input
        id=${`hll-${k}`}
        type="text"
        aria-describedby=${`hll-${k}-hint`}
        ?disabled=${!block.highlight}
        .value=${live(block.highlightLabel)}
        @change=${(e: Event) => this.setBlock(i, { highlightLabel: (e.target as HTMLInputElement).value })}
      />
    </div>`;
  }

  private renderDisclaimerBlock(block: Extract<Block, { kind: 'disclaimer' }>, i: number): TemplateResult {
    const k = block.key;
    return html`<div class="fields">
      <fieldset>
        <legend>Notices</legend>
        <div class="checks">
          ${NOTICE_KINDS.map(
            (kind) =>
              html`<label
                ><input
                  type="checkbox"
                  .checked=${block.kinds.includes(kind)}
                  @change=${(e: Event) => {
                    const on = (e.target as HTMLInputElement).checked;
                    this.setBlock(i, { kinds: NOTICE_KINDS.filter((x) => (x === kind ? on : block.kinds.includes(x))) });
                  }}
                />
                ${NOTICE_NAMES[kind]}</label
              >`,
          )}
        </div>
      </fieldset>
      <label for=${`th-${k}`}>Therapy named in the “not approved” notice</label>
      <input
        id=${`th-${k}`}
        type="text"
        .value=${live(block.therapy)}
        @change=${(e: Event) => this.setBlock(i, { therapy: (e.target as HTMLInputElement).value })}
      />
      <label for=${`ju-${k}`}>Jurisdiction</label>
      <select id=${`ju-${k}`} @change=${(e: Event) => this.setBlock(i, { jurisdiction: (e.target as HTMLSelectElement).value })}>
        <option value="" ?selected=${!block.jurisdiction}>The page’s (${this.state.brand.jurisdiction})</option>
        ${Object.entries(JURISDICTIONS).map(([code, name]) => html`<option value=${code} ?selected=${block.jurisdiction === code}>${name}</option>`)}
      </select>
    </div>`;
  }

  private renderReviewBlock(block: Extract<Block, { kind: 'review' }>, i: number): TemplateResult {
    const k = block.key;
    const field = (name: 'reviewer' | 'credentials' | 'lastReviewed' | 'nextReviewDue', label: string, type = 'text') =>
      html`<label for=${`${name}-${k}`}>${label}</label>
        <input
          id=${`${name}-${k}`}
          type=${type}
          .value=${live(block[name])}
          @change=${(e: Event) => this.setBlock(i, { [name]: (e.target as HTMLInputElement).value })}
        />`;
    return html`<div class="fields">
      ${field('reviewer', 'Reviewed by')} ${field('credentials', 'Credentials, e.g. “MD, Neurologist”')}
      ${field('lastReviewed', 'Last reviewed', 'date')} ${field('nextReviewDue', 'Next review due (optional)', 'date')}
    </div>`;
  }

  private renderBlock(block: Block, i: number, catalog: Catalog): TemplateResult {
    const count = this.state.blocks.length;
    const title = `${i + 1}. ${KIND_NAMES[block.kind]}`;
    return html`<li
      id=${`block-${block.key}`}
      class="block ${this.dragging === i ? 'dragging' : ''}"
      draggable="true"
      @dragstart=${(e: DragEvent) => {
        this.dragging = i;
        e.dataTransfer?.setData('text/plain', String(i));
        if (e.dataTransfer) e.dataTransfer.effectAllowed = 'move';
      }}
      @dragend=${() => (this.dragging = -1)}
      @dragover=${(e: DragEvent) => e.preventDefault()}
      @drop=${(e: DragEvent) => {
        e.preventDefault();
        const from = Number(e.dataTransfer?.getData('text/plain') ?? this.dragging);
        this.dragging = -1;
        this.moveBlock(from, i);
      }}
    >
      <div class="block-head">
        <h3 class="block-title" tabindex="-1">
          <span class="grip" aria-hidden="true">⠿</span>
          ${title}
        </h3>
        <div class="block-actions">
          <button
            type="button"
            class="move-up"
            aria-keyshortcuts="Alt+ArrowUp"
            ?disabled=${i === 0}
            @click=${() => this.moveBlock(i, i - 1, i - 1 === 0 ? '.move-down' : '.move-up')}
          >
            Move up<span class="visually-hidden">: ${title}</span>
          </button>
          <button
            type="button"
            class="move-down"
            aria-keyshortcuts="Alt+ArrowDown"
            ?disabled=${i === count - 1}
            @click=${() => this.moveBlock(i, i + 1, i + 1 === count - 1 ? '.move-up' : '.move-down')}
          >
            Move down<span class="visually-hidden">: ${title}</span>
          </button>
          <button type="button" class="remove" @click=${() => this.removeBlock(i)}>
            Remove<span class="visually-hidden">: ${title}</span>
          </button>
        </div>
      </div>
      <div
        @keydown=${(e: KeyboardEvent) => {
          if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
          e.preventDefault();
          this.moveBlock(i, e.key === 'ArrowUp' ? i - 1 : i + 1, '.block-title');
        }}
      >
        ${
          block.kind === 'study'
            ? this.renderStudyBlock(block, i, catalog)
            : block.kind === 'comparison'
              ? this.renderComparisonBlock(block, i)
              : block.kind === 'disclaimer'
                ? this.renderDisclaimerBlock(block, i)
                : this.renderReviewBlock(block, i)
        }
      </div>
    </li>`;
  }

  /**
   * The unapproved therapies the page shows (in its jurisdiction, by the elements' own rule). The elements warn developers
   * when such a page has no "not approved" notice; the composer tells the marketer, with the fix.
   */
  private unapproved(catalog: Catalog): string[] {
    const j = this.state.brand.jurisdiction;
    const names = new Set<string>();
    for (const b of this.state.blocks) {
      if (b.kind === 'study') {
        const s = catalog.clinic.get(b.id) ?? catalog.bundled.get(b.id);
        if (s && isUnapproved(regulatoryFor(s.regulatory, j).status)) names.add(s.intervention.product);
      } else if (b.kind === 'comparison') {
        const shown =
          b.by === 'category' ? treatments.filter((t) => t.category === b.category) : treatments.filter((t) => b.ids.includes(t.id));
        for (const t of shown) if (isUnapproved(regulatoryFor(t.regulatory, j).status)) names.add(t.name);
      }
    }
    return [...names];
  }

  private renderNoticeCheck(catalog: Catalog): TemplateResult | typeof nothing {
    const names = this.unapproved(catalog);
    const covered = this.state.blocks.some((b) => b.kind === 'disclaimer' && b.kinds.includes('not-approved'));
    if (!names.length || covered) return nothing;
    return html`<div class="notice-check">
      <p>
        <strong>Important:</strong> this page shows a therapy that is not approved (${names.join('; ')}). Readers must be told so in a “Not
        approved” notice.
      </p>
      <button
        type="button"
        class="add-not-approved"
        @click=${() => this.addBlock({ ...(newBlock('disclaimer') as Extract<Block, { kind: 'disclaimer' }>), kinds: ['educational', 'not-approved'], therapy: names[0] ?? '' })}
      >
        Add a “Not approved” notice
      </button>
    </div>`;
  }

  private renderPick(catalog: Catalog): TemplateResult {
    return html`<section aria-labelledby="pick-heading">
      <h2 id="pick-heading">1. Pick what goes on the page</h2>
      ${this.renderSearch(catalog)}
      <div class="add-row" role="group" aria-label="Add to the page">
        ${(['study', 'comparison', 'disclaimer', 'review'] as const).map(
          (kind) =>
            html`<button type="button" class="add-${kind}" @click=${() => this.addBlock(newBlock(kind))}>
              Add ${KIND_NAMES[kind].toLowerCase()}
            </button>`,
        )}
      </div>
      <h3>On the page, in order</h3>
      ${this.renderNoticeCheck(catalog)}
      <p class="hint">Drag an item, or use Move up and Move down (Alt+↑ and Alt+↓ inside an item).</p>
      ${
        this.state.blocks.length
          ? html`<ol class="blocks">
              ${this.state.blocks.map((b, i) => this.renderBlock(b, i, catalog))}
            </ol>`
          : html`<p class="empty">Nothing yet: search above, or add an item.</p>`
      }
    </section>`;
  }

  // ---- Brand -------------------------------------------------------------------------------

  private setBrand(patch: Partial<ComposerState['brand']>): void {
    this.update_((s) => ({ ...s, brand: { ...s.brand, ...patch } }));
  }

  private renderBrand(): TemplateResult {
    const b = this.state.brand;
    const pair = brandPair(b.color)!;
    const swatch = (label: string, side: typeof pair.light, bg: string) =>
      html`<div class="swatch" style="background:${bg}">
        <span class="chip" style="background:${side.hex}"></span>
        <span style="color:${side.hex};font-weight:700">${label}: ${side.hex} · ${formatRatio(side.ratio)}</span>
      </div>`;
    return html`<section aria-labelledby="brand-heading">
      <h2 id="brand-heading">2. Brand</h2>
      <div class="fields">
        <label for="brand-color">Brand colour</label>
        <div class="color-row">
          <input
            id="brand-color-picker"
            type="color"
            aria-label="Brand colour picker"
            .value=${live(b.color)}
            @change=${(e: Event) => this.setBrand({ color: (e.target as HTMLInputElement).value })}
          />
          <input
            id="brand-color"
            type="text"
            inputmode="text"
            spellcheck="false"
            aria-describedby="brand-result"
            .value=${live(b.color)}
            @change=${(e: Event) => {
              const hex = normaliseHex((e.target as HTMLInputElement).value);
              if (hex) this.setBrand({ color: hex });
              else this.announce('Give the colour as a hex code, e.g. #00603c.');
            }}
          />
        </div>
        <div id="brand-result" class="brand-result" role="status">
          <p>Light theme: ${pair.light.reason}</p>
          <p>Dark theme: ${pair.dark.reason}</p>
        </div>
        <div class="swatches">${swatch('Light', pair.light, '#ffffff')} ${swatch('Dark', pair.dark, '#1b2329')}</div>
        <label for="font">Font</label>
        <select id="font" @change=${(e: Event) => this.setBrand({ font: (e.target as HTMLSelectElement).value })}>
          ${Object.entries(FONT_STACKS).map(([name, stack]) => html`<option value=${stack} ?selected=${b.font === stack}>${name}</option>`)}
        </select>
        <label for="radius">Corners</label>
        <select id="radius" @change=${(e: Event) => this.setBrand({ radius: (e.target as HTMLSelectElement).value })}>
          ${Object.entries(RADII).map(([name, r]) => html`<option value=${r} ?selected=${b.radius === r}>${name}</option>`)}
        </select>
        <fieldset class="inline">
          <legend>Language</legend>
          <label
            ><input type="radio" name="lang" .checked=${b.lang === 'en'} @change=${() => this.setBrand({ lang: 'en' })} /> English</label
          >
          <label
            ><input type="radio" name="lang" .checked=${b.lang === 'es'} @change=${() => this.setBrand({ lang: 'es' })} /> Español</label
          >
        </fieldset>
        <label for="jurisdiction">Jurisdiction (regulator and emergency number)</label>
        <select id="jurisdiction" @change=${(e: Event) => this.setBrand({ jurisdiction: (e.target as HTMLSelectElement).value })}>
          ${Object.entries(JURISDICTIONS).map(([code, name]) => html`<option value=${code} ?selected=${b.jurisdiction === code}>${name}</option>`)}
        </select>
      </div>
    </section>`;
  }

  // ---- Preview -----------------------------------------------------------------------------

  private renderPreview(markup: string): TemplateResult {
    const pair = brandPair(this.state.brand.color)!;
    const props = themeProperties(pair, { font: this.state.brand.font, radius: this.state.brand.radius });
    const style = Object.entries(props)
      .map(([k, v]) => `${k}:${v}`)
      .join(';');
    return html`<section aria-labelledby="preview-heading" class="preview-section">
      <h2 id="preview-heading">3. Preview</h2>
      <div class="preview-controls">
        <fieldset class="inline">
          <legend>Width</legend>
          <label
            ><input type="radio" name="width" .checked=${this.previewWidth === 'phone'} @change=${() => (this.previewWidth = 'phone')} />
            Phone (375 px)</label
          >
          <label
            ><input
              type="radio"
              name="width"
              .checked=${this.previewWidth === 'desktop'}
              @change=${() => (this.previewWidth = 'desktop')}
            />
            Desktop</label
          >
        </fieldset>
        <fieldset class="inline">
          <legend>Theme</legend>
          <label
            ><input type="radio" name="theme" .checked=${this.previewTheme === 'light'} @change=${() => (this.previewTheme = 'light')} />
            Light</label
          >
          <label
            ><input type="radio" name="theme" .checked=${this.previewTheme === 'dark'} @change=${() => (this.previewTheme = 'dark')} />
            Dark</label
          >
        </fieldset>
      </div>
      <div class="frame ${this.previewWidth} ${this.previewTheme}" role="region" aria-label="Preview of the page" tabindex="0">
        <div class="preview" lang=${this.state.brand.lang} style=${style}>
          ${markup ? unsafeHTML(markup) : html`<p class="empty">The page is empty.</p>`}
        </div>
      </div>
    </section>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The preview shows the snippet as it is, in the theme chosen for the preview.
    for (const el of this.renderRoot.querySelectorAll('.preview > *')) {
      if (el.localName.includes('-')) el.setAttribute('theme', this.previewTheme);
    }
    void this.refreshStatic();
  }

  /**
   * Serializes the page's elements as static HTML once they have rendered their data (the latest
   * call wins: the page may change meanwhile). They are a hidden copy of the preview's: an element
   * that is not displayed renders what it renders first, before it measures anything (the
   * comparison's scroll cues), as on a server; that is what a reader without scripts should get.
   */
  private async refreshStatic(): Promise<void> {
    const run = ++this.staticRun;
    // In a shadow root of its own: the preview's cards must not count these as cards beside them.
    const host = this.renderRoot.querySelector<HTMLElement>('.static-source')!;
    const source = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
    const markup = elementMarkup(this.state, this.catalog());
    render(markup ? unsafeHTML(markup) : nothing, source);
    const rendered = [...source.children];
    await Promise.all(rendered.map((el) => (el as Element & { updateComplete?: Promise<unknown> }).updateComplete));
    if (run !== this.staticRun) return;
    let text = '';
    try {
      text = rendered.length
        ? staticMarkup(this.state, this.catalog(), rendered, { inlineData: this.platform === 'html' })
        : '<!-- Add something to the page first -->';
    } catch {
      // The preview is being re-rendered for a change: the next update serializes it.
      return;
    }
    if (text !== this.staticHtml) this.staticHtml = text;
  }

  // ---- Copy --------------------------------------------------------------------------------

  private async copy(text: string, what: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.announce(`${what} copied.`);
    } catch {
      this.announce(`Could not copy automatically: select the ${what.toLowerCase()} and copy it.`);
    }
  }

  private download(name: string, text: string): void {
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  private codeBlock(id: string, label: string, text: string, hint: string): TemplateResult {
    return html`<div class="code">
      <label for=${id}>${label}</label>
      <p class="hint" id=${`${id}-hint`}>${hint}</p>
      <textarea
        id=${id}
        readonly
        rows=${Math.min(12, text.split('\n').length + 1)}
        aria-describedby=${`${id}-hint`}
        .value=${text}
      ></textarea>
      <button type="button" class="copy" data-copy=${id} @click=${() => this.copy(text, label)}>Copy ${label.toLowerCase()}</button>
    </div>`;
  }

  private renderCopy(catalog: Catalog, markup: string): TemplateResult {
    const p = PLATFORMS[this.platform];
    const head = headLines(this.state);
    const codes = shortcodes(this.state, catalog);
    return html`<section aria-labelledby="copy-heading">
      <h2 id="copy-heading">4. Copy it to your site</h2>
      <fieldset class="inline platforms">
        <legend>Where does it go?</legend>
        ${(Object.keys(PLATFORMS) as Platform[]).map(
          (key) =>
            html`<label
              ><input type="radio" name="platform" value=${key} .checked=${this.platform === key} @change=${() => (this.platform = key)} />
              ${PLATFORMS[key].name}</label
            >`,
        )}
      </fieldset>
      <div class="fields">
        <label for="base">Where your site hosts the library files (the contents of dist/cdn/)</label>
        <input
          id="base"
          type="text"
          .value=${live(this.state.host.base)}
          @change=${(e: Event) => this.update_((s) => ({ ...s, host: { ...s.host, base: (e.target as HTMLInputElement).value } }))}
        />
      </div>
      ${this.codeBlock('head-lines', 'Head lines', head, p.head)}
      ${this.codeBlock('element-markup', 'Element markup', markup || '<!-- Add something to the page first -->', p.body)}
      ${
        this.platform === 'wordpress'
          ? this.codeBlock(
              'shortcodes',
              'Shortcodes',
              codes.text,
              [
                'For authors without unfiltered_html: with the ms-evidence-elements WordPress plugin installed (it loads the script and stylesheet), paste these into a Shortcode block.',
                ...codes.notes,
              ].join(' '),
            )
          : nothing
      }
      <details class="static">
        <summary>Static HTML (works without JavaScript)</summary>
        ${this.codeBlock(
          'static-markup',
          'Static HTML',
          this.staticHtml || '<!-- The preview is still rendering -->',
          `The same page, pre-rendered as in the preview: readers see the key facts and the regulatory status even where scripts never run (blocked, failed, or stripped by your editor), and where they run, the script in its last line takes the content over in place. Paste it instead of the element markup, in a block that keeps HTML as it is. It is a copy of today's content (${Math.ceil(new Blob([this.staticHtml]).size / 1024)} KB): copy it again after you change the page or update the library.`,
        )}
      </details>
      <details class="fallback">
        <summary>My editor strips unknown tags</summary>
        ${this.codeBlock(
          'fallback-markup',
          'Fallback markup',
          fallbackMarkup(this.state, catalog),
          'Plain <div> elements with data- attributes that loader.js (from the head lines) turns into the elements. Your own studies come from your data file here: upload it to the address below.',
        )}
      </details>
      <div class="fields">
        <label for="data-url">Address of your data file (for your own studies in the fallback and shortcodes)</label>
        <input
          id="data-url"
          type="text"
          .value=${live(this.state.host.dataUrl)}
          @change=${(e: Event) => this.update_((s) => ({ ...s, host: { ...s.host, dataUrl: (e.target as HTMLInputElement).value } }))}
        />
        <button type="button" class="download" @click=${() => this.download('clinic-studies.json', dataFile(this.state))}>
          Download your data file (${this.state.clinic.studies.length} ${this.state.clinic.studies.length === 1 ? 'study' : 'studies'})
        </button>
        <button type="button" class="copy-link" @click=${() => this.copy(location.href, 'Link to this page')}>
          Copy a link to this page
        </button>
      </div>
    </section>`;
  }

  // ---- Own studies ---------------------------------------------------------------------------

  private setDraft(value: unknown): void {
    this.draft = value;
    try {
      localStorage.setItem(DRAFT_KEY, JSON.stringify(value));
    } catch {
      // Not saved between visits.
    }
  }

  /** A registry import (PMID, DOI or NCT id) replaced the draft: show what is still missing. */
  private onRegistryImport(e: CustomEvent<StudyImportDetail>): void {
    this.setDraft(structuredClone(e.detail.draft));
    this.showAllProblems = true;
    const todos = e.detail.result.todos.length;
    this.announce(`Imported ${e.detail.draft.id} into the form: ${todos} ${todos === 1 ? 'thing' : 'things'} left for a person to do.`);
  }

  private async importFile(e: Event): Promise<void> {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    let doc: unknown;
    try {
      doc = JSON.parse(await file.text());
    } catch (error) {
      this.announce(`${file.name} cannot be read as JSON: ${(error as Error).message}`);
      return;
    }
    const studies = (doc as { studies?: unknown })?.studies;
    if (Array.isArray(studies)) {
      const [first, ...rest] = studies;
      this.update_((s) => ({ ...s, clinic: { studies: [...s.clinic.studies, ...rest] } }));
      this.setDraft(first ?? {});
      this.announce(
        `${file.name}: the first of ${studies.length} studies is open in the form${rest.length ? `; ${rest.length} more were added to your studies` : ''}.`,
      );
    } else {
      this.setDraft(doc);
      this.announce(`${file.name} is open in the form.`);
    }
    input.value = '';
  }

  private saveDraft(): void {
    const form = this.renderRoot.querySelector<MsSchemaForm>('ms-schema-form')!;
    if (form.problems.length) {
      this.showAllProblems = true;
      this.announce(`Not saved: ${form.problems.length} problems to fix first.`);
      return;
    }
    const id = (this.draft as { id: string }).id;
    this.update_((s) => {
      const others = s.clinic.studies.filter((x) => (x as { id?: unknown })?.id !== id);
      return { ...s, clinic: { studies: [...others, structuredClone(this.draft)] } };
    });
    this.announce(`Study ${id} saved to your studies: add it as a card from the search.`);
  }

  private exportDraft(): void {
    const form = this.renderRoot.querySelector<MsSchemaForm>('ms-schema-form')!;
    if (form.problems.length) this.showAllProblems = true;
    const id = (this.draft as { id?: unknown }).id;
    this.download(`${typeof id === 'string' && id ? id : 'study'}.json`, JSON.stringify({ studies: [this.draft] }, null, 2) + '\n');
  }

  private renderOwn(catalog: ReturnType<MsComposer['catalog']>): TemplateResult {
    const snippet = `<ms-study-card>\n  <script type="application/json">${inlineJson(this.draft)}</script>\n</ms-study-card>`;
    return html`<section aria-labelledby="own-heading">
      <h2 id="own-heading">Add your own study</h2>
      <p>
        Every field the library’s data model has, checked as you type with the same rules and words as
        <code>npm run validate-data</code>. Leave a field empty when the publication does not report it: it reads “Not reported”. Never fill
        in what you cannot source.
      </p>
      ${
        catalog.clinic.size || catalog.invalid.length
          ? html`<h3>Your studies</h3>
              <ul class="own-list">
                ${[...catalog.clinic.values()].map(
                  (s) =>
                    html`<li>
                      ${studyLabel(s)}
                      <button type="button" @click=${() => this.setDraft(structuredClone(s))}>
                        Edit<span class="visually-hidden">: ${s.citation.title}</span>
                      </button>
                      <button
                        type="button"
                        @click=${() => this.update_((st) => ({ ...st, clinic: { studies: st.clinic.studies.filter((x) => (x as { id?: unknown })?.id !== s.id) } }))}
                      >
                        Delete<span class="visually-hidden">: ${s.citation.title}</span>
                      </button>
                    </li>`,
                )}
                ${catalog.invalid.map(
                  (bad) =>
                    html`<li>
                      ${bad.id}: ${bad.count} problems, not usable yet
                      <button type="button" @click=${() => this.setDraft(structuredClone(this.state.clinic.studies[bad.index]))}>
                        Edit<span class="visually-hidden">: ${bad.id}</span>
                      </button>
                    </li>`,
                )}
              </ul>`
          : nothing
      }
      <div class="own-actions">
        <label class="file">Import a JSON file <input type="file" accept="application/json,.json" @change=${this.importFile} /></label>
        <button type="button" @click=${() => this.setDraft({})}>Start a new study</button>
      </div>
      <ms-study-import .hasDraft=${hasContent(this.draft)} @ms-import=${this.onRegistryImport}></ms-study-import>
      <ms-schema-form
        .schema=${StudySchema}
        .sources=${sourcesOf(this.draft)}
        .validate=${(value: unknown) => validateDraft(value, STAND_IN)}
        .value=${this.draft}
        ?show-all=${this.showAllProblems}
        @ms-change=${(e: CustomEvent<{ value: unknown }>) => this.setDraft(e.detail.value)}
      ></ms-schema-form>
      <div class="own-actions">
        <button type="button" class="save-study" @click=${this.saveDraft}>Save to your studies</button>
        <button type="button" class="export-json" @click=${this.exportDraft}>Export JSON</button>
        <button type="button" class="copy-inline" @click=${() => this.copy(snippet, 'Inline-JSON snippet')}>
          Copy inline-JSON snippet
        </button>
      </div>
    </section>`;
  }

  override render() {
    const catalog = this.catalog();
    const markup = elementMarkup(this.state, catalog);
    // Inline JSON only in plain HTML: CMS filters and formatters (kses, wpautop, Basic HTML, rich
    // text) break it, so there the clinic's studies come from its hosted data file.
    const copyMarkup = this.platform === 'html' ? markup : elementMarkup(this.state, catalog, { inlineData: false });
    return html`
      <header>
        <h1>Compose an evidence page</h1>
        <p>Pick the studies, comparison and notices, set your brand, and copy the result into your site. No code needed.</p>
        <div class="toolbar" role="group" aria-label="History">
          <button type="button" class="undo" aria-keyshortcuts="Control+Z" ?disabled=${!this.history.canUndo} @click=${this.undo}>
            Undo
          </button>
          <button type="button" class="redo" aria-keyshortcuts="Control+Shift+Z" ?disabled=${!this.history.canRedo} @click=${this.redo}>
            Redo
          </button>
          <button type="button" class="reset" @click=${() => this.update_(() => ({ ...initialState(), clinic: this.state.clinic }))}>
            Start over
          </button>
        </div>
      </header>
      <main id="main" tabindex="-1">
        <div class="columns">
          <div class="build">${this.renderPick(catalog)} ${this.renderBrand()}</div>
          <div class="result">${this.renderPreview(markup)} ${this.renderCopy(catalog, copyMarkup)}</div>
        </div>
        ${this.renderOwn(catalog)}
        <div class="static-source" hidden lang=${this.state.brand.lang}></div>
      </main>
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
    `;
  }
}

customElements.define('ms-composer', MsComposer);

declare global {
  interface HTMLElementTagNameMap {
    'ms-composer': MsComposer;
  }
}
