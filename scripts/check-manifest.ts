#!/usr/bin/env -S npx tsx
/**
 * The custom-elements.json documents every public property, attribute, slot, part, CSS property
 * and event, each with a description (it feeds Storybook's docs and editors' autocompletion).
 * Run after `cem analyze`; exits 1 listing what lacks documentation.
 */
import { existsSync, readFileSync } from 'node:fs';
import { ELEMENTS, type ElementEntry } from '../src/elements.js';

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

/** A custom-elements.json document. */
export interface Manifest {
  modules: { declarations?: Declaration[] }[];
}

/** The manifest's element declarations. */
export const manifestElements = (manifest: Manifest): Declaration[] =>
  manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);

/** Registered elements missing from the manifest, or there under another class name. */
export function registryProblems(manifest: Manifest, registry: readonly ElementEntry[] = ELEMENTS): string[] {
  const elements = manifestElements(manifest);
  return registry.flatMap(({ tag, className }) => {
    const found = elements.find((e) => e.tagName === tag);
    if (!found) return [`${tag}: missing from the manifest`];
    return found.name === className ? [] : [`${tag}: the manifest names its class ${found.name}, the registry ${className}`];
  });
}

/** Everything undocumented or missing, in words. */
export function manifestProblems(manifest: Manifest): string[] {
  const elements = manifestElements(manifest);
  const problems = registryProblems(manifest);
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
  // Completeness: every custom property an element's styles read (its own and, through the shared
  // tokens, the --ms-* ones) is listed for it, and elements that use the tokens list `theme`.
  const read = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8') : '');
  const shared = read('src/components/shared/styles.ts');
  for (const el of elements) {
    const dir = `src/components/${el.tagName}/${el.tagName}`;
    const source = read(`${dir}.ts`) + read(`${dir}.styles.ts`);
    const usesTokens = /\btokens\b/.test(source);
    const used = new Set([...(source + (usesTokens ? shared : '')).matchAll(/var\((--(?!_)[\w-]+)/g)].map((m) => m[1]!));
    const listed = new Set((el.cssProperties ?? []).map((p) => p.name));
    for (const name of used) if (!listed.has(name)) problems.push(`${el.tagName}: CSS property ${name} is used but not documented`);
    if (usesTokens && !(el.attributes ?? []).some((a) => a.name === 'theme'))
      problems.push(`${el.tagName}: the theme attribute is not documented`);
  }
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8')) as Manifest;
  const problems = manifestProblems(manifest);
  if (problems.length) {
    console.error(problems.join('\n'));
    process.exit(1);
  }
  console.log(`custom-elements.json: ${manifestElements(manifest).length} elements, every public member documented`);
}
