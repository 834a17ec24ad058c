/**
 * Locale overlays (data/locales/<language>.json) for `validate-data`: each one checked against the
 * records it translates, and the coverage report per language and record.
 */
import * as v from 'valibot';
import {
  PageContentSchema,
  StudySchema,
  TranslationOverlaySchema,
  TreatmentSchema,
  type TranslationOverlay,
} from '../../src/model/schema.js';
import { coverage, textsFor, unknownPaths, type TextMap } from '../../src/model/translations.js';
import { findClaims } from '../../src/model/claims.js';
import { regulatoryFor } from '../../src/model/regulatory.js';
import type { RegulatoryStatus } from '../../src/model/schema.js';

export type Overlay = TranslationOverlay;

type Kind = 'studies' | 'treatments' | 'page';
const SCHEMAS: Record<Kind, unknown> = { studies: StudySchema, treatments: TreatmentSchema, page: PageContentSchema };
const KIND_NAME: Record<Kind, string> = { studies: 'study', treatments: 'treatment', page: 'page' };

interface Found {
  kind: Kind;
  id: string;
  record: Record<string, unknown>;
}

/** Every record of the datasets, with its kind and id (the page's id is "page"). */
function records(datasets: unknown[]): Found[] {
  const out: Found[] = [];
  for (const doc of datasets) {
    const d = doc as { studies?: unknown[]; treatments?: unknown[]; page?: Record<string, unknown> };
    for (const kind of ['studies', 'treatments'] as const) {
      for (const r of d[kind] ?? []) {
        const record = r as Record<string, unknown>;
        if (typeof record?.id === 'string') out.push({ kind, id: record.id, record });
      }
    }
    if (d.page) out.push({ kind: 'page', id: 'page', record: d.page });
  }
  return out;
}

const overlayTexts = (overlay: Overlay, kind: Kind, id: string): TextMap | undefined =>
  kind === 'page' ? overlay.page : overlay[kind]?.[id];

const approved = (record: Record<string, unknown>): boolean =>
  Array.isArray(record.regulatory) && regulatoryFor(record.regulatory as RegulatoryStatus[]).status === 'approved';

/** Problems of one overlay, one line each: its shape, unknown records and paths, claims in its texts. */
export function checkOverlay(overlay: unknown, datasets: unknown[]): string[] {
  const parsed = v.safeParse(TranslationOverlaySchema, overlay);
  if (!parsed.success) {
    return parsed.issues.map((i) => `${(i.path ?? []).map((p) => String(p.key)).join('.') || '(document)'}: ${i.message}`);
  }
  const o = parsed.output;
  const all = records(datasets);
  const problems: string[] = [];
  const check = (kind: Kind, id: string, texts: TextMap) => {
    const where = kind === 'page' ? 'page' : `${kind}.${id}`;
    const found = all.find((r) => r.kind === kind && r.id === id);
    if (!found) {
      problems.push(`${where}: no ${KIND_NAME[kind]} "${id}" in the data`);
      return;
    }
    for (const path of unknownPaths(SCHEMAS[kind], found.record, texts)) {
      problems.push(`${where}["${path}"]: names a field that is not a reader-facing text of ${KIND_NAME[kind]} "${id}"`);
    }
    if (kind === 'page' || !approved(found.record)) {
      for (const [path, text] of Object.entries(texts))
        for (const claim of findClaims(text)) problems.push(`${where}["${path}"]: ${claim}`);
    }
  };
  for (const kind of ['studies', 'treatments'] as const) for (const [id, texts] of Object.entries(o[kind] ?? {})) check(kind, id, texts);
  if (o.page) check('page', 'page', o.page);
  return problems;
}

const percent = (done: number, total: number) => (total ? Math.floor((done / total) * 1000) / 10 : 100);

/**
 * The coverage report: per language (every language an overlay or a record's own translations
 * use), how many reader-facing texts are translated, and per record which are not.
 */
export function translationCoverage(datasets: unknown[], overlays: Overlay[]): string[] {
  const all = records(datasets);
  const languages = new Set(overlays.map((o) => o.language));
  for (const { record } of all) for (const l of Object.keys((record.translations as object | undefined) ?? {})) languages.add(l);
  const lines: string[] = [];
  for (const language of [...languages].sort()) {
    const overlay = overlays.find((o) => o.language === language);
    let total = 0;
    let missing = 0;
    const perRecord: string[] = [];
    for (const { kind, id, record } of all) {
      const texts = textsFor(record, language, overlay && overlayTexts(overlay, kind, id));
      const c = coverage(SCHEMAS[kind], record, texts);
      total += c.total;
      missing += c.missing.length;
      if (c.missing.length) {
        perRecord.push(`  ${KIND_NAME[kind]} "${id}": ${c.missing.length} of ${c.total} untranslated: ${c.missing.join(', ')}`);
      }
    }
    lines.push(
      `Translation coverage, ${language}: ${total - missing} of ${total} reader-facing texts (${percent(total - missing, total)}%)`,
    );
    lines.push(...perRecord);
  }
  return lines;
}

/** Languages whose overlay leaves reader-facing texts untranslated (strict mode fails on them). */
export function incompleteOverlays(datasets: unknown[], overlays: Overlay[]): string[] {
  const all = records(datasets);
  return overlays
    .filter((o) =>
      all.some(
        ({ kind, id, record }) => coverage(SCHEMAS[kind], record, textsFor(record, o.language, overlayTexts(o, kind, id))).missing.length,
      ),
    )
    .map((o) => o.language);
}
