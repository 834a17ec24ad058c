/**
 * Translations of the data: which fields are reader-facing, a record in another language, and how
 * much of it is translated. The schema decides which fields those are (every `ClaimText`), never a
 * hand-kept list, so a new reader-facing field is translated, checked and counted by using the type.
 *
 * A translation is a map from a field's dotted path ("outcomes.0.result") to its text. It comes
 * from the record's own `translations.<language>` or, for the bundled data, from a locale overlay
 * (data/locales/<language>.json, same paths); the record's own wins. Pure: no DOM, no loading.
 */
import { ClaimText, Quoted } from './schema.js';

/** One record's texts in one language, by dotted path. */
export type TextMap = Readonly<Record<string, string>>;

type Walked = { type?: string; wrapped?: unknown; entries?: Record<string, unknown>; item?: unknown; options?: unknown[] };

/**
 * Walks a value beside its schema and calls `visit` with each `ClaimText` and its dotted path;
 * returns a copy with each text replaced by what `visit` returns (objects are copied only on the
 * way to a text, so the rest stays shared). `quoted` sees each `Quoted` text (left as it is).
 */
function mapTexts(
  schema: unknown,
  value: unknown,
  visit: (path: string, text: string) => string,
  path = '',
  quoted?: (text: string) => void,
): unknown {
  if (value === undefined || value === null) return value;
  if (schema === ClaimText) return typeof value === 'string' ? visit(path, value) : value;
  if (schema === Quoted && typeof value === 'string') quoted?.(value);
  const s = schema as Walked;
  const at = (key: string | number) => (path ? `${path}.${key}` : String(key));
  switch (s.type) {
    case 'optional':
      return mapTexts(s.wrapped, value, visit, path, quoted);
    case 'object':
    case 'strict_object': {
      if (typeof value !== 'object') return value;
      const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
      for (const [key, sub] of Object.entries(s.entries ?? {})) {
        if (key in copy) copy[key] = mapTexts(sub, copy[key], visit, at(key), quoted);
      }
      return copy;
    }
    case 'array':
      return Array.isArray(value) ? value.map((item, i) => mapTexts(s.item, item, visit, at(i), quoted)) : value;
    case 'union':
      return (s.options ?? []).reduce((v, o) => mapTexts(o, v, visit, path, quoted), value);
    default:
      // Other schemas (pipes of plain strings, records such as `translations`) hold no reader text.
      return value;
  }
}

/**
 * Every `ClaimText` in a record with its dotted path, found by walking the schema beside the value:
 * the schema, not a hand-kept list, decides which fields are reader-facing (claim-checked, translated).
 */
export function claimTexts(schema: unknown, value: unknown): [path: string, text: string][] {
  const found: [string, string][] = [];
  mapTexts(schema, value, (path, text) => {
    found.push([path, text]);
    return text;
  });
  return found;
}

/** The record in another language, and the original texts that had no translation. */
export interface Translated<T> {
  value: T;
  /** Texts left in the original language (to be marked as such where they are shown). */
  untranslated: string[];
  /** Words quoted as published (titles, names, journals): in the original language, never translated. */
  quoted: string[];
}

/** The translations of a record in `language`: its own, over the overlay's. */
export function textsFor(record: unknown, language: string, overlay?: TextMap): TextMap {
  const own = (record as { translations?: Record<string, TextMap> } | null)?.translations?.[language];
  return overlay ? { ...overlay, ...own } : (own ?? {});
}

/** A record with its reader-facing texts replaced by `texts` (by path); the rest is listed as untranslated. */
export function translateRecord<T>(schema: unknown, record: T, texts: TextMap): Translated<T> {
  const untranslated: string[] = [];
  const quoted: string[] = [];
  const value = mapTexts(
    schema,
    record,
    (path, text) => {
      const t = Object.hasOwn(texts, path) ? texts[path] : undefined;
      if (t === undefined) untranslated.push(text);
      return t ?? text;
    },
    '',
    (text) => quoted.push(text),
  ) as T;
  return { value, untranslated, quoted };
}

/** Paths in `texts` that name no reader-facing field of the record (a typo, or a field since removed). */
export const unknownPaths = (schema: unknown, record: unknown, texts: TextMap): string[] => {
  const known = new Set(claimTexts(schema, record).map(([p]) => p));
  return Object.keys(texts).filter((p) => !known.has(p));
};

/** How much of a record is translated: every reader-facing path, and those without a translation. */
export function coverage(schema: unknown, record: unknown, texts: TextMap): { total: number; missing: string[] } {
  const paths = claimTexts(schema, record).map(([p]) => p);
  return { total: paths.length, missing: paths.filter((p) => !Object.hasOwn(texts, p)) };
}
