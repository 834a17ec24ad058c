/**
 * `<ms-schema-form>`: a form generated from a valibot schema (see schema-walk.ts), validated live
 * by the library's own validator, so its messages are word for word those of `npm run
 * validate-data`: the same paths, the same claim guardrails. An empty field is "not reported":
 * it is left out of the record, never filled in.
 */
import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { focusRing, formButton } from './composer.styles.js';
import { formatIssue } from '../../src/model/validate.js';
import type { DataIssue, ValidationResult } from '../../src/model/result.js';
import {
  emptyItem,
  getAt,
  labelFor,
  pathName,
  removeAt,
  setAt,
  walk,
  withStructure,
  type FieldEntry,
  type FieldNode,
} from './schema-walk.js';

type Path = (string | number)[];

/**
 * A form for one record of a valibot schema.
 *
 * @fires {CustomEvent<{value: unknown}>} ms-change - The value changed (every edit).
 */
export class MsSchemaForm extends LitElement {
  static override properties = {
    schema: { attribute: false },
    validate: { attribute: false },
    value: { attribute: false },
    showAll: { type: Boolean, attribute: 'show-all' },
    sources: { attribute: false },
    touched: { state: true },
  };

  /** A valibot object schema, e.g. StudySchema. */
  schema?: unknown;

  /** The validator whose messages the form shows, e.g. validateStudy. */
  validate?: (value: unknown) => ValidationResult<unknown>;

  /** The record being edited (replaced, never mutated, on each edit). */
  value: unknown = {};

  /** Show every problem, not only those of fields already edited. */
  showAll = false;

  /**
   * Where fields came from, by dotted path ("citation.title" → "From Crossref 10.1186/…"): shown
   * under the field and read with it, so a person knows what an import filled in and checks it.
   */
  sources: Readonly<Record<string, string>> = {};

  private touched = new Set<string>();
  private root?: FieldNode;
  private issues: DataIssue[] = [];

  /** The problems of the current value, as `validate-data` words them. */
  get problems(): readonly DataIssue[] {
    return this.issues;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('schema')) this.root = this.schema ? walk(this.schema) : undefined;
    if (this.root && (changed.has('value') || changed.has('schema'))) {
      const structured = withStructure(this.root, this.value);
      if (structured !== this.value) {
        this.value = structured;
        // The page keeps the same record the form shows.
        queueMicrotask(() => this.emit());
      }
    }
    if (changed.has('value') || changed.has('validate')) {
      const result = this.validate?.(this.value);
      this.issues = result && !result.ok ? result.issues : [];
    }
  }

  private change(path: Path, next: unknown): void {
    this.value = setAt(this.value, path, next);
    this.touched = new Set(this.touched).add(pathName(path));
    this.emit();
  }

  private emit(): void {
    this.dispatchEvent(new CustomEvent('ms-change', { detail: { value: this.value }, bubbles: true, composed: true }));
  }

  private fieldId(path: Path): string {
    return `field-${path.join('-') || 'root'}`;
  }

  private messagesFor(path: Path): DataIssue[] {
    const name = pathName(path);
    const shown = this.showAll || [...this.touched].some((t) => t === name || t.startsWith(name + '.'));
    return shown ? this.issues.filter((i) => i.path === name) : [];
  }

  private renderMessages(path: Path): TemplateResult | typeof nothing {
    const messages = this.messagesFor(path);
    if (!messages.length) return nothing;
    return html`<ul class="errors" id=${this.fieldId(path) + '-errors'}>
      ${messages.map((m) => html`<li class=${m.rule === 'claim' ? 'claim' : ''}>${m.rule === 'claim' ? 'Claim: ' : ''}${m.message}</li>`)}
    </ul>`;
  }

  private renderFrom(path: Path): TemplateResult | typeof nothing {
    const from = this.sources[pathName(path)];
    return from ? html`<p class="from" id=${this.fieldId(path) + '-from'}>${from}</p>` : nothing;
  }

  private label(key: string | number, required: boolean, parentLabel?: string): TemplateResult {
    const text = typeof key === 'number' ? `${parentLabel ?? 'Item'} ${key + 1}` : labelFor(key);
    return html`${text}${required ? html` <span class="required">(required)</span>` : nothing}`;
  }

  private hint(node: FieldNode, required: boolean): string {
    const c = node.constraints;
    const parts: string[] = [];
    if (c.description) parts.push(c.description);
    // "must not be empty" says nothing a text field does not; other patterns say what fits.
    if (c.patternMessage && !/^must not be empty$/.test(c.patternMessage)) parts.push(`Must ${c.patternMessage.replace(/^must /, '')}.`);
    if (node.kind === 'number') {
      if (c.integer) parts.push('A whole number.');
      if (c.min !== undefined && c.max !== undefined) parts.push(`From ${c.min} to ${c.max}.`);
      else if (c.min !== undefined) parts.push(`At least ${c.min}.`);
    }
    if (!required) parts.push('Leave empty if not reported.');
    return parts.join(' ');
  }

  private renderLeaf(node: FieldNode, path: Path, required: boolean, label: TemplateResult): TemplateResult {
    const id = this.fieldId(path);
    const value = getAt(this.value, path);
    const messages = this.messagesFor(path);
    const hint = this.hint(node, required);
    const from = this.sources[pathName(path)];
    const described =
      [hint ? `${id}-hint` : '', from ? `${id}-from` : '', messages.length ? `${id}-errors` : ''].filter(Boolean).join(' ') || nothing;
    const invalid = messages.length ? 'true' : 'false';
    const inList = typeof path.at(-1) === 'number';
    // An emptied field inside a list stays as "" so the list keeps its place; elsewhere it is removed.
    const empty = inList ? '' : undefined;
    let control: TemplateResult;
    if (node.kind === 'picklist') {
      control = html`<select
        id=${id}
        aria-required=${required ? 'true' : 'false'}
        aria-invalid=${invalid}
        aria-describedby=${described}
        @change=${(e: Event) => this.change(path, (e.target as HTMLSelectElement).value || empty)}
      >
        <option value="" ?selected=${value === undefined || value === ''}>${required ? 'Choose…' : 'Not reported'}</option>
        ${node.options.map((o) => html`<option value=${o} ?selected=${value === o}>${o}</option>`)}
      </select>`;
    } else if (node.kind === 'boolean') {
      control = html`<input
        id=${id}
        type="checkbox"
        .checked=${value === true}
        aria-describedby=${described}
        @change=${(e: Event) => this.change(path, (e.target as HTMLInputElement).checked || empty)}
      />`;
    } else if (node.kind === 'number') {
      const c = node.constraints;
      control = html`<input
        id=${id}
        type="number"
        inputmode=${c.integer ? 'numeric' : 'decimal'}
        step=${c.integer ? '1' : 'any'}
        min=${c.min ?? nothing}
        max=${c.max ?? nothing}
        placeholder=${required ? '' : 'Not reported'}
        .value=${typeof value === 'number' ? String(value) : typeof value === 'string' ? value : ''}
        aria-required=${required ? 'true' : 'false'}
        aria-invalid=${invalid}
        aria-describedby=${described}
        @input=${(e: Event) => {
          const raw = (e.target as HTMLInputElement).value.trim();
          this.change(path, raw === '' ? empty : Number.isNaN(Number(raw)) ? raw : Number(raw));
        }}
      />`;
    } else if (node.kind === 'json') {
      control = html`<textarea
        id=${id}
        rows="3"
        .value=${value === undefined ? '' : JSON.stringify(value, null, 2)}
        aria-describedby=${described}
        @change=${(e: Event) => {
          const raw = (e.target as HTMLTextAreaElement).value.trim();
          try {
            this.change(path, raw ? JSON.parse(raw) : empty);
          } catch {
            this.change(path, raw);
          }
        }}
      ></textarea>`;
    } else {
      const long = (node.constraints.maxLength ?? 0) >= 1000;
      const onInput = (e: Event) => {
        const raw = (e.target as HTMLInputElement | HTMLTextAreaElement).value;
        this.change(path, raw === '' ? empty : raw);
      };
      const text = typeof value === 'string' ? value : value === undefined ? '' : String(value);
      control = long
        ? html`<textarea
            id=${id}
            rows="2"
            placeholder=${required ? '' : 'Not reported'}
            .value=${text}
            aria-required=${required ? 'true' : 'false'}
            aria-invalid=${invalid}
            aria-describedby=${described}
            @input=${onInput}
          ></textarea>`
        : html`<input
            id=${id}
            type="text"
            placeholder=${required ? '' : 'Not reported'}
            .value=${text}
            aria-required=${required ? 'true' : 'false'}
            aria-invalid=${invalid}
            aria-describedby=${described}
            @input=${onInput}
          />`;
    }
    return html`<div class="field ${node.kind}">
      <label for=${id}>${label}</label>
      ${hint ? html`<p class="hint" id=${id + '-hint'}>${hint}</p>` : nothing} ${this.renderFrom(path)} ${control}
      ${this.renderMessages(path)}
    </div>`;
  }

  private renderArray(node: Extract<FieldNode, { kind: 'array' }>, path: Path, required: boolean, label: TemplateResult, name: string) {
    const list = getAt(this.value, path);
    const items = Array.isArray(list) ? list : [];
    const singular = name.replace(/ies$/, 'y').replace(/s$/, '');
    return html`<fieldset class="list" id=${this.fieldId(path)}>
      <legend>${label}</legend>
      ${this.renderFrom(path)} ${!required && !items.length ? html`<p class="hint">None listed: not reported.</p>` : nothing}
      ${this.renderMessages(path)}
      <ol>
        ${items.map(
          (_, i) =>
            html`<li>
              ${this.renderNode(node.item, [...path, i], true, html`${singular} ${i + 1}`, singular)}
              <button type="button" class="remove" @click=${() => this.removeItem(path, i)}>
                Remove ${singular.toLowerCase()} ${i + 1}
              </button>
            </li>`,
        )}
      </ol>
      <button type="button" class="add" @click=${() => this.addItem(path, node.item, items.length)}>Add ${singular.toLowerCase()}</button>
    </fieldset>`;
  }

  private async addItem(path: Path, item: FieldNode, index: number): Promise<void> {
    this.change(path, [...((getAt(this.value, path) as unknown[] | undefined) ?? []), emptyItem(item)]);
    await this.updateComplete;
    // Focus the new item's first control, so keyboard users carry on where they are.
    this.renderRoot.querySelector<HTMLElement>(`[id^="${this.fieldId([...path, index])}"]:is(input, select, textarea)`)?.focus();
  }

  private removeItem(path: Path, index: number): void {
    this.value = removeAt(this.value, path, index);
    this.touched = new Set(this.touched).add(pathName(path));
    this.emit();
  }

  private renderNode(node: FieldNode, path: Path, required: boolean, label: TemplateResult, name: string): TemplateResult {
    if (node.kind === 'array') return this.renderArray(node, path, required, label, name);
    if (node.kind === 'object') {
      return html`<fieldset class="group" id=${this.fieldId(path)}>
        <legend>${label}</legend>
        ${this.renderMessages(path)} ${node.entries.map((e) => this.renderEntry(e, path))}
      </fieldset>`;
    }
    return this.renderLeaf(node, path, required, label);
  }

  private renderEntry(entry: FieldEntry, parent: Path): TemplateResult {
    return this.renderNode(entry.node, [...parent, entry.key], entry.required, this.label(entry.key, entry.required), labelFor(entry.key));
  }

  /** Moves focus to the field a problem names (or its nearest group). */
  focusField(path: string): void {
    let parts = path.split('.');
    while (parts.length) {
      const target = this.renderRoot.querySelector<HTMLElement>(`#field-${parts.join('-')}`);
      if (target) {
        if (target instanceof HTMLFieldSetElement) target.querySelector<HTMLElement>('input, select, textarea, button')?.focus();
        else target.focus();
        return;
      }
      parts = parts.slice(0, -1);
    }
  }

  override render() {
    if (!this.root || this.root.kind !== 'object') return html`<p>No schema to build a form from.</p>`;
    const count = this.issues.length;
    const claims = this.issues.filter((i) => i.rule === 'claim');
    return html`
      <p class="status" role="status">
        ${count ? `${count} ${count === 1 ? 'problem' : 'problems'} to fix before this record is valid.` : 'This record is valid.'}
        ${claims.length ? html`<strong class="claim">${claims.length} ${claims.length === 1 ? 'claim' : 'claims'} a page must not make.</strong>` : nothing}
      </p>
      ${
        claims.length
          ? html`<div class="guardrail" role="alert">
              <p><strong>Important:</strong> these words would mislead readers about an unapproved therapy.</p>
              <ul>
                ${claims.map((c) => html`<li>${formatIssue(c)}</li>`)}
              </ul>
            </div>`
          : nothing
      }
      ${this.root.entries.map((e) => this.renderEntry(e, []))}
      <details class="all-problems" ?open=${this.showAll && count > 0}>
        <summary>All problems (${count}), as <code>npm run validate-data</code> reports them</summary>
        <ul>
          ${this.issues.map(
            (i) => html`<li><button type="button" class="link" @click=${() => this.focusField(i.path)}>${formatIssue(i)}</button></li>`,
          )}
        </ul>
      </details>
    `;
  }

  static override styles = [
    focusRing,
    formButton,
    css`
      :host {
        display: block;
      }
      fieldset {
        margin: 0 0 1em;
        padding: 0.5em 1em 1em;
        border: 1px solid #aeb7bd;
        border-radius: 0.25em;
      }
      legend {
        font-weight: 700;
        padding: 0 0.25em;
      }
      ol {
        margin: 0;
        padding-inline-start: 1.25em;
      }
      li + li {
        margin-block-start: 0.75em;
      }
      .field {
        display: grid;
        gap: 0.25em;
        margin-block: 0.75em;
      }
      .field.boolean {
        grid-template-columns: auto 1fr;
        align-items: center;
      }
      label {
        font-weight: 600;
      }
      .required {
        font-weight: 400;
        color: #4c6272;
      }
      .hint {
        margin: 0;
        font-size: 0.9em;
        color: #4c6272;
      }
      .from {
        margin: 0;
        font-size: 0.9em;
        color: #212b32;
        border-inline-start: 0.25em solid #005eb8;
        padding-inline-start: 0.5em;
      }
      input:not([type='checkbox']),
      select,
      textarea {
        font: inherit;
        padding: 0.375em 0.5em;
        border: 1px solid #4c6272;
        border-radius: 0.25em;
        max-inline-size: 100%;
        background: #fff;
        color: #212b32;
      }
      [aria-invalid='true'] {
        border: 2px solid #d5281b;
      }
      .errors {
        margin: 0;
        padding: 0;
        list-style: none;
        color: #b3231a;
        font-weight: 600;
      }
      .errors li + li {
        margin: 0;
      }
      .errors .claim,
      .guardrail {
        color: #212b32;
      }
      .guardrail {
        margin-block: 0.5em 1em;
        padding: 0.5em 1em;
        border-inline-start: 0.5em solid #d5281b;
        background: #fdf0ef;
      }
      .guardrail p {
        margin: 0;
      }
      .status {
        font-weight: 600;
      }
      button.link {
        min-block-size: auto;
        border: 0;
        padding: 0;
        text-align: start;
        text-decoration: underline;
      }
      .remove {
        margin-block-start: 0.25em;
        border-color: #4c6272;
        color: #4c6272;
      }
    `,
  ];
}

customElements.define('ms-schema-form', MsSchemaForm);

declare global {
  interface HTMLElementTagNameMap {
    'ms-schema-form': MsSchemaForm;
  }
}
