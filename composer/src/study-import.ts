/**
 * `<ms-study-import>`: "Start from PMID, DOI or NCT id" above the composer's study form. It runs
 * the very import `npx ms-evidence import` runs (src/import: PubMed E-utilities, Crossref,
 * ClinicalTrials.gov API v2, the same merge, the same to-dos), from the browser, with the
 * platform's fetch. The draft goes to the form; this element keeps the to-do list, where each
 * fact came from and any warning beside the field, and says what went wrong in one sentence.
 *
 * Everything a registry sends is rendered as text (Lit bindings), never as markup.
 */
import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { focusRing, formButton } from './composer.styles.js';
import { RegistryClient, RegistryError, SERVICE_NAMES, type Service } from '../../src/import/client.js';
import type { DraftStudy, ImportResult } from '../../src/import/draft.js';

/** What the form needs from an import: the draft, and where each of its fields came from. */
export interface StudyImportDetail {
  draft: DraftStudy;
  result: ImportResult;
}

const sentence = (text: string): string => (/[.!?]$/.test(text) ? text : `${text}.`);

/**
 * The one sentence a person reads when an import fails. Registry errors already say what and
 * where in one line; "offline" in a browser may also be a service refusing a web page's request.
 */
export function importErrorSentence(error: unknown, input: string, online = true): string {
  if (!online) return 'You are offline: importing needs the network to reach PubMed, Crossref and ClinicalTrials.gov.';
  if (!(error instanceof RegistryError)) return 'The import failed unexpectedly; nothing in the form was changed.';
  if (error.code === 'offline') {
    const name = error.service ? SERVICE_NAMES[error.service] : 'the registry';
    return (
      `Could not reach ${name} from this page: you may be offline, or ${name} refused a request from a web page; ` +
      `try again later, or run npx ms-evidence import ${input.trim().slice(0, 80)} on a computer.`
    );
  }
  return sentence(error.message);
}

/** Where each fact came from, by dotted path, in the words the form shows under the field. */
export function sourcesOf(draft: unknown): Record<string, string> {
  const verification = (draft as { verification?: { importedFrom?: unknown; unverified?: unknown } } | null)?.verification;
  const from = Array.isArray(verification?.importedFrom) ? verification.importedFrom : [];
  const unverified = new Set(Array.isArray(verification?.unverified) ? verification.unverified : []);
  const out: Record<string, string> = {};
  for (const entry of from as { source?: unknown; id?: unknown; fields?: unknown }[]) {
    const name = SERVICE_NAMES[entry.source as Service];
    if (!name || !Array.isArray(entry.fields)) continue;
    for (const field of entry.fields) {
      if (typeof field !== 'string') continue;
      const where = `${name} ${String(entry.id)}`;
      out[field] = out[field] ? `${out[field]}; ${where}` : `Imported from ${where}`;
    }
  }
  for (const [field, text] of Object.entries(out)) out[field] = unverified.has(field) ? `${text}: not certain, confirm it.` : `${text}.`;
  return out;
}

/**
 * The import field and its results.
 *
 * @fires {CustomEvent<StudyImportDetail>} ms-import - An import produced a draft for the form.
 */
export class MsStudyImport extends LitElement {
  static override properties = {
    busy: { state: true },
    error: { state: true },
    result: { state: true },
  };

  private busy = false;
  private error = '';
  private result?: ImportResult;
  /** One client for the page: it keeps each service's rate limit across imports. */
  private readonly client = new RegistryClient({ tool: 'ms-evidence-composer', retries: 2, backoffMs: 500, timeoutMs: 15_000 });

  /** Asks before an import replaces a draft that has content; replaced in tests. */
  confirmReplace: () => boolean = () => window.confirm('Replace the study in the form with the imported draft?');

  /** Whether the form holds something an import would replace. */
  hasDraft = false;

  private async run(e: Event): Promise<void> {
    e.preventDefault();
    if (this.busy) return;
    const input = this.renderRoot.querySelector<HTMLInputElement>('#import-id')!;
    const value = input.value;
    this.error = '';
    if (!value.trim()) {
      this.error = 'Type a PMID, DOI or NCT id first.';
      return;
    }
    if (this.hasDraft && !this.confirmReplace()) return;
    if (!navigator.onLine) {
      this.error = importErrorSentence(undefined, value, false);
      return;
    }
    this.busy = true;
    this.result = undefined;
    try {
      // The importer (merge, XML reader) loads on first use: the composer opens without it.
      const { importStudy } = await import('../../src/import/draft.js');
      const result = await importStudy(this.client, value, { skipUnreachable: true });
      this.result = result;
      this.dispatchEvent(
        new CustomEvent<StudyImportDetail>('ms-import', { detail: { draft: result.draft, result }, bubbles: true, composed: true }),
      );
    } catch (error) {
      if (!(error instanceof RegistryError)) console.warn('<ms-study-import>: import of', value, 'failed:', error);
      this.error = importErrorSentence(error, value);
    } finally {
      this.busy = false;
    }
    await this.updateComplete;
    // An error: focus stays in the field to correct, and the alert is read. A draft: go to what it says.
    if (!this.error) this.renderRoot.querySelector<HTMLElement>('#import-result-heading')?.focus();
  }

  private renderResult(result: ImportResult): TemplateResult {
    const found = result.lookups.filter((l) => l.found).map((l) => `${SERVICE_NAMES[l.service]} (${l.id})`);
    const sources = result.draft.verification.importedFrom ?? [];
    return html`<div class="result">
      <h4 id="import-result-heading" tabindex="-1">Imported “${result.draft.id}” from ${found.join(', ') || 'no registry'}</h4>
      <p>The form below now holds this draft. Each imported field says where it came from; check it against the publication.</p>
      <h5>Still to do by a person</h5>
      <ul class="todos">
        ${result.todos.map((t) => html`<li class=${/^RETRACTED/.test(t) ? 'retracted' : ''}>${t}</li>`)}
      </ul>
      ${
        sources.length
          ? html`<details>
              <summary>Where each fact came from (${sources.length} ${sources.length === 1 ? 'record' : 'records'})</summary>
              <ul>
                ${sources.map((s) => html`<li>${SERVICE_NAMES[s.source]} ${s.id}: ${s.fields.join(', ')}</li>`)}
              </ul>
            </details>`
          : nothing
      }
      ${
        result.warnings.length
          ? html`<h5>Warnings</h5>
              <ul>
                ${result.warnings.map((w) => html`<li>${w}</li>`)}
              </ul>`
          : nothing
      }
    </div>`;
  }

  override render() {
    return html`<section aria-labelledby="import-heading">
      <h3 id="import-heading">Start from a PMID, DOI or NCT id</h3>
      <p id="import-note">
        Fills the form from PubMed, Crossref and ClinicalTrials.gov, as <code>npx ms-evidence import</code> does. It needs the network: your
        browser asks those three services directly, and nothing else. If one of them cannot be reached from this page, the form says so and
        fills in what the others have. Results, their direction and the reading of the abstract stay for you to fill in.
      </p>
      <form @submit=${this.run}>
        <label for="import-id">PMID, DOI or NCT id</label>
        <div class="row">
          <input
            id="import-id"
            type="text"
            autocomplete="off"
            spellcheck="false"
            placeholder="e.g. 10.1186/s12967-018-1433-7"
            aria-describedby=${this.error ? 'import-note import-error' : 'import-note'}
            aria-invalid=${this.error ? 'true' : 'false'}
          />
          <button type="submit" ?disabled=${this.busy}>${this.busy ? 'Importing…' : 'Import'}</button>
        </div>
      </form>
      <p class="status" role="status">${this.busy ? 'Looking the study up…' : ''}</p>
      ${this.error ? html`<p class="error" id="import-error" role="alert">${this.error}</p>` : nothing}
      ${this.result && !this.error ? this.renderResult(this.result) : nothing}
    </section>`;
  }

  static override styles = [
    focusRing,
    formButton,
    css`
      :host {
        display: block;
        margin-block: 1em;
        padding: 0.75em 1em;
        border: 1px solid #4c6272;
        border-radius: 0.25em;
        color: #212b32;
        background: #fff;
      }
      h3,
      h4,
      h5 {
        margin-block: 0.5em 0.25em;
      }
      p {
        margin-block: 0.25em;
      }
      label {
        font-weight: 600;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em;
        margin-block-start: 0.25em;
      }
      input {
        font: inherit;
        flex: 1 1 16em;
        padding: 0.375em 0.5em;
        border: 1px solid #4c6272;
        border-radius: 0.25em;
        color: #212b32;
        background: #fff;
      }
      [aria-invalid='true'] {
        border: 2px solid #d5281b;
      }
      /* The import's one button is the primary action: filled. */
      button {
        background: #005eb8;
        color: #fff;
      }
      button[disabled] {
        background: #fff;
        color: #4c6272;
        border-color: #4c6272;
        cursor: progress;
      }
      .status:empty {
        display: none;
      }
      .error {
        color: #b3231a;
        font-weight: 600;
      }
      .todos li + li {
        margin-block-start: 0.25em;
      }
      .retracted {
        font-weight: 700;
        color: #b3231a;
      }
      code {
        font-size: 0.95em;
      }
    `,
  ];
}

customElements.define('ms-study-import', MsStudyImport);

declare global {
  interface HTMLElementTagNameMap {
    'ms-study-import': MsStudyImport;
  }
}
