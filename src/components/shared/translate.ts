/**
 * Data text in the reader's language, loaded only when an element's language is not English
 * (see `LocaleController.data` and `mark` in locale.ts): English pages never download it, nor the
 * schema it walks, nor the bundled overlays.
 *
 * `translate` gives a record with its reader-facing texts in the language (the record's own
 * `translations`, then, for a bundled record, the bundled overlay) and lists the texts left in
 * English. `mark` then wraps each of those, wherever the element shows it, in `lang="en"` with a
 * visible "(en inglés)": an untranslated text is never silently mixed into a Spanish page.
 */
// lit/html.js, not lit: importing 'lit' here made the bundler split a shared chunk off the entry
// that every page would then download (measured with scripts/size.ts).
import { html, type TemplateResult } from 'lit/html.js';
import { msg } from '@lit/localize';
import type { TranslationOverlay } from '../../model/schema.js';
import type { TextMap, Translated } from '../../model/translations.js';
import { bundledRecords } from '../../bundled/trusted.js';
import { loadOverlay } from '../../bundled/translations.js';
import { model } from './loaders.js';

/** The kinds of record an element shows. */
export type RecordKind = 'study' | 'treatment' | 'page' | 'review';

const SCHEMA_NAMES = { study: 'StudySchema', treatment: 'TreatmentSchema', page: 'PageContentSchema', review: 'ReviewSchema' } as const;
/** The model (schemas, the translation walk) could not load: records stay as written. */
let modelFailed = false;

const overlays = new Map<string, Promise<void>>();
const loadedOverlays = new Map<string, TranslationOverlay | undefined>();
const cache = new WeakMap<object, Map<string, Translated<unknown>>>();

function overlayTexts(record: object, kind: RecordKind, language: string): TextMap | undefined | Promise<unknown> {
  if (!bundledRecords.has(record)) return undefined;
  if (!loadedOverlays.has(language)) {
    let loading = overlays.get(language);
    if (!loading) {
      // An overlay that cannot load (offline) leaves the texts as written, marked as English.
      const done = (o?: TranslationOverlay) => void loadedOverlays.set(language, o);
      loading = loadOverlay(language).then(done, () => done());
      overlays.set(language, loading);
    }
    return loading;
  }
  const o = loadedOverlays.get(language);
  const id = (record as { id?: string }).id ?? '';
  return kind === 'page' ? o?.page : kind === 'study' ? o?.studies?.[id] : kind === 'treatment' ? o?.treatments?.[id] : undefined;
}

/**
 * A record in `language`; its texts left in English go into `english` (true: untranslated, false:
 * quoted as published). A promise while the bundled overlay loads (render again when it settles).
 */
export function translate<T extends object>(
  record: T,
  kind: RecordKind,
  language: string,
  english: Map<string, boolean>,
): T | Promise<unknown> {
  let byLanguage = cache.get(record);
  let result = byLanguage?.get(language) as Translated<T> | undefined;
  if (!result) {
    // The overlay (a bundled record's) and the model module with the schemas (which validates a
    // page's own data anyway) load side by side.
    const overlay = overlayTexts(record, kind, language);
    const m = model.get();
    if (!m) return modelFailed ? record : model.load().catch(() => void (modelFailed = true));
    if (overlay instanceof Promise) return overlay;
    result = m.translateRecord(m[SCHEMA_NAMES[kind]], record, m.textsFor(record, language, overlay));
    if (!byLanguage) cache.set(record, (byLanguage = new Map()));
    byLanguage.set(language, result);
  }
  for (const text of result.quoted) if (!english.has(text)) english.set(text, false);
  for (const text of result.untranslated) english.set(text, true);
  return result.value;
}

// ---- Marking what stays in English -----------------------------------------------------------

type Result = TemplateResult & { strings: TemplateStringsArray; values: unknown[] };

/** For each value of a template: whether it is shown as text (not inside a tag's attributes). */
const textSlots = new WeakMap<TemplateStringsArray, boolean[]>();
function slots(strings: TemplateStringsArray): boolean[] {
  let found = textSlots.get(strings);
  if (found) return found;
  found = [];
  let inTag = false;
  for (const part of strings.slice(0, -1)) {
    for (let i = 0; i < part.length; i++) {
      if (!inTag && part[i] === '<' && /[a-zA-Z/!]/.test(part[i + 1] ?? '')) inTag = true;
      else if (inTag && part[i] === '>') inTag = false;
    }
    found.push(!inTag);
  }
  textSlots.set(strings, found);
  return found;
}

/** A text in English: marked "(en inglés)" when it is untranslated, not when it is quoted as published. */
const marker = (text: string, untranslated: boolean | undefined): TemplateResult =>
  untranslated
    ? html`<span lang="en">${text}</span>
        <small class="in-english">(${msg('in English', { desc: 'After a text shown untranslated, in its original language' })})</small>`
    : html`<span lang="en">${text}</span>`;

type English = ReadonlyMap<string, boolean>;

/**
 * Marks the English texts inside a text: whole words only, and also with a lower-case first letter
 * (view models lower-case a text that continues a sentence: "Comunes: headache y fatiga").
 */
function markText(text: string, english: English, pattern: RegExp | undefined): unknown {
  if (english.has(text.trim())) return marker(text, english.get(text.trim()));
  if (!pattern) return text;
  const parts = text.split(pattern);
  if (parts.length === 1) return text;
  // split() with a capturing group puts each match at the odd indexes.
  return parts.map((p, i) => (i % 2 ? marker(p, english.get(p) ?? english.get(upperFirst(p))) : p)).filter((p) => p !== '');
}

const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

function walk(value: unknown, untranslated: English, pattern: RegExp | undefined, asText: boolean): unknown {
  if (typeof value === 'string') return asText ? markText(value, untranslated, pattern) : value;
  if (Array.isArray(value)) return value.map((v) => walk(v, untranslated, pattern, asText));
  const t = value as Partial<Result> | null;
  if (t?.strings && Array.isArray(t.values) && '_$litType$' in t) {
    const text = slots(t.strings);
    return { ...t, values: t.values.map((v, i) => walk(v, untranslated, pattern, text[i]!)) };
  }
  return value;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The template with every English text it shows wrapped in `lang="en"` (so screen readers
 * pronounce it right), the untranslated ones also marked "(en inglés)".
 */
export function mark(template: TemplateResult, english: English): TemplateResult {
  const texts = [...english.keys()].filter((s) => /\p{L}/u.test(s)).flatMap((s) => [s, lowerFirst(s)]);
  // Longest first, so a sentence is marked whole rather than a shorter text inside it.
  const alternatives = [...new Set(texts)].sort((a, b) => b.length - a.length).map(escape);
  const pattern = alternatives.length ? new RegExp(`(?<![\\p{L}\\p{N}])(${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'u') : undefined;
  return walk(template, english, pattern, true) as TemplateResult;
}
