#!/usr/bin/env -S npx tsx
/**
 * Writes JSON Schema files for data authors from the valibot definitions in src/model/schema.ts,
 * so the two can never disagree. `--check` fails instead of writing when a file is out of date.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { toJsonSchema } from '@valibot/to-json-schema';
import { DatasetSchema, StudySchema, TranslationOverlaySchema, TreatmentSchema } from '../src/model/schema.js';

const check = process.argv.includes('--check');
const targets = {
  'data/schema/dataset.schema.json': { schema: DatasetSchema, title: 'MS evidence dataset (studies, treatments, page content)' },
  'data/schema/study.schema.json': { schema: StudySchema, title: 'One MS study' },
  'data/schema/treatment.schema.json': { schema: TreatmentSchema, title: 'One MS treatment option or category' },
  'data/schema/translations.schema.json': {
    schema: TranslationOverlaySchema,
    title: 'A locale overlay: the reader-facing texts of records in one language, by record id and field path',
  },
};

let stale = 0;
mkdirSync('data/schema', { recursive: true });
for (const [file, { schema, title }] of Object.entries(targets)) {
  // Checks that JSON Schema cannot express (real calendar dates, cross-field rules) are enforced
  // by `npm run validate-data`; the generated schema covers structure, types, patterns and enums.
  const json = { ...toJsonSchema(schema, { errorMode: 'ignore' }), title };
  const text = `${JSON.stringify(json, null, 2)}\n`;
  let current = '';
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    /* a missing file is out of date */
  }
  if (current === text) continue;
  if (check) {
    console.error(`${file} is out of date: run npm run schemas`);
    stale++;
  } else {
    writeFileSync(file, text);
    console.log(`wrote ${file}`);
  }
}
process.exit(stale ? 1 : 0);
