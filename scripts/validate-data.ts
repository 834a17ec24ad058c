#!/usr/bin/env -S npx tsx
/**
 * Validates dataset JSON files: `npm run validate-data [-- --strict] [file ...]` (default:
 * data/*.json). Prints one line per problem, naming the file, the record and the field; exits 1 on
 * any problem. Warnings (a percentage without its absolute numbers, for example) are printed but
 * pass; `--strict` (what CI runs) makes them errors and also fails every source that is not a
 * primary record: one without an identifier, or a URL that is not on a regulator's or registry's
 * site (see src/model/sources.ts).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkDataset, formatIssue } from '../src/model/validate.js';

const args = process.argv.slice(2);
const strict = args.includes('--strict');
const named = args.filter((a) => a !== '--strict');
const files = named.length
  ? named
  : readdirSync('data')
      .filter((f) => f.endsWith('.json'))
      .map((f) => join('data', f));

const documents = new Map<string, unknown>();
let problems = 0;
for (const file of files) {
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

for (const [file, doc] of documents) {
  const { issues, warnings = [], studies, treatments } = checkDataset(doc, { knownStudyIds, strict });
  for (const issue of issues) console.error(`${file}: ${formatIssue(issue)}`);
  for (const warning of warnings) console.warn(`${file}: warning: ${formatIssue(warning)}`);
  problems += issues.length;
  if (!issues.length) console.log(`${file}: ${studies.size} studies, ${treatments.size} treatments: valid${strict ? ' (strict)' : ''}`);
}
if (problems) {
  console.error(`\n${problems} problem${problems === 1 ? '' : 's'} found.`);
  process.exit(1);
}
