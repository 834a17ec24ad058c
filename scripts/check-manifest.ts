#!/usr/bin/env -S npx tsx
/**
 * The custom-elements.json documents every public property, attribute, slot, part, CSS property
 * and event, each with a description (it feeds Storybook's docs and editors' autocompletion).
 * Run after `cem analyze`; exits 1 listing what lacks documentation.
 */
import { readFileSync } from 'node:fs';

interface Item {
  name: string;
  description?: string;
  summary?: string;
  privacy?: string;
  kind?: string;
  static?: boolean;
}
interface Declaration extends Item {
  customElement?: boolean;
  tagName?: string;
  attributes?: Item[];
  members?: Item[];
  slots?: Item[];
  cssParts?: Item[];
  cssProperties?: Item[];
  events?: Item[];
}

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8')) as { modules: { declarations?: Declaration[] }[] };
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
const problems: string[] = [];
const EXPECTED = ['ms-study-card', 'treatment-comparison', 'medical-disclaimer', 'ms-review-info', 'ms-evidence-provider'];

for (const tag of EXPECTED) if (!elements.some((e) => e.tagName === tag)) problems.push(`${tag}: missing from the manifest`);
for (const el of elements) {
  if (!el.summary) problems.push(`${el.tagName}: no @summary`);
  const publicFields = (el.members ?? []).filter((m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public');
  for (const [what, items] of [
    ['attribute', el.attributes ?? []],
    ['property', publicFields],
    ['slot', el.slots ?? []],
    ['part', el.cssParts ?? []],
    ['CSS property', el.cssProperties ?? []],
    ['event', el.events ?? []],
  ] as const) {
    for (const item of items)
      if (!item.description?.trim()) problems.push(`${el.tagName}: ${what} "${item.name || '(default)'}" has no description`);
  }
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`custom-elements.json: ${elements.length} elements, every public member documented`);
