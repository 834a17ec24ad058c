#!/usr/bin/env -S npx tsx
/**
 * Validates dataset JSON files: `npm run validate-data [-- --strict] [file ...]` (default:
 * data/*.json and the locale overlays data/locales/*.json). Then prints, per language, how much of
 * the reader-facing text is translated (a record's own `translations` and the overlays together)
 * and which fields are not, per record. Prints one line per problem, naming the file, the record and the field; exits 1 on
 * any problem. Warnings (a percentage without its absolute numbers, for example) are printed but
 * pass; `--strict` (what CI runs) makes them errors and also fails every source that is not a
 * primary record: one without an identifier, or a URL that is not on a regulator's or registry's
 * site (see src/model/sources.ts).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkDataset, formatIssue } from '../src/model/validate.js';
import { checkOverlay, incompleteOverlays, translationCoverage, type Overlay } from './lib/translations.js';

const args = process.argv.slice(2);
const strict = args.includes('--strict');
const named = args.filter((a) => a !== '--strict');
const jsonIn = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .map((f) => join(dir, f))
    : [];
const all = named.length ? named : [...jsonIn('data'), ...jsonIn('data/locales')];
// A locale overlay is told apart by its `language` member; everything else is a dataset.
const isOverlay = (doc: unknown) => typeof (doc as { language?: unknown } | null)?.language === 'string';

const documents = new Map<string, unknown>();
let problems = 0;
for (const file of all) {
  try {
    documents.set(file, JSON.parse(readFileSync(file, 'utf8')));
  } catch (error) {
    console.error(`${file}: cannot be read as JSON: ${(error as Error).message}`);
    problems++;
  }
}

// Treatments may link to studies kept in another file; a link is dangling only if no file has it.
const knownStudyIds = new Set<string>();
for (const doc of documents.values()) {
  const studies = (doc as { studies?: unknown }).studies;
  if (Array.isArray(studies)) for (const s of studies) if (typeof s?.id === 'string') knownStudyIds.add(s.id);
}

const overlays = new Map<string, Overlay>();
for (const [file, doc] of documents) {
  if (isOverlay(doc)) {
    overlays.set(file, doc as Overlay);
    continue;
  }
  const { issues, warnings = [], studies, treatments } = checkDataset(doc, { knownStudyIds, strict });
  for (const issue of issues) console.error(`${file}: ${formatIssue(issue)}`);
  for (const warning of warnings) console.warn(`${file}: warning: ${formatIssue(warning)}`);
  problems += issues.length;
  if (!issues.length) console.log(`${file}: ${studies.size} studies, ${treatments.size} treatments: valid${strict ? ' (strict)' : ''}`);
}
const datasets = [...documents].filter(([, doc]) => !isOverlay(doc)).map(([, doc]) => doc);
for (const [file, overlay] of overlays) {
  const issues = checkOverlay(overlay, datasets);
  for (const issue of issues) console.error(`${file}: ${issue}`);
  problems += issues.length;
  if (!issues.length) console.log(`${file}: ${overlay.language} overlay: valid`);
}
for (const line of translationCoverage(datasets, [...overlays.values()])) console.log(line);
// A shipped overlay promises the whole dataset in its language: in strict mode (CI) a gap fails.
if (strict) {
  for (const language of incompleteOverlays(datasets, [...overlays.values()])) {
    console.error(`the ${language} overlay leaves reader-facing texts untranslated (listed above)`);
    problems++;
  }
}

if (problems) {
  console.error(`\n${problems} problem${problems === 1 ? '' : 's'} found.`);
  process.exit(1);
}
