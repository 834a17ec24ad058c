/**
 * Reads a valibot schema at runtime and describes the form that edits it: objects become groups,
 * lists become repeatable items, picklists become selects, and every field knows whether it is
 * required. The form is generated from the same schema the library validates with, so a field
 * added to src/model/schema.ts appears in the form without a second definition.
 *
 * Only valibot's public schema objects are read (`type`, `entries`, `item`, `wrapped`, `options`,
 * `pipe`); a kind of schema this walker does not know becomes a JSON text field, never a gap.
 */

/** The part of a valibot schema or action object this walker reads. */
interface SchemaLike {
  kind?: string;
  type: string;
  entries?: Record<string, SchemaLike>;
  item?: SchemaLike;
  wrapped?: SchemaLike;
  options?: readonly unknown[];
  pipe?: readonly SchemaLike[];
  requirement?: unknown;
  message?: unknown;
  description?: unknown;
}

/** Constraints read from a schema's pipe, used for input hints and attributes. */
export interface Constraints {
  pattern?: RegExp;
  /** The message of the pattern's check, e.g. "must be a PubMed id (digits only)". */
  patternMessage?: string;
  minLength?: number;
  maxLength?: number;
  min?: number;
  max?: number;
  integer?: boolean;
  /** A `v.description()` in the pipe, when the schema has one. */
  description?: string;
}

/** One node of the form. */
export type FieldNode =
  | { kind: 'object'; entries: FieldEntry[]; constraints: Constraints }
  | { kind: 'array'; item: FieldNode; constraints: Constraints }
  | { kind: 'picklist'; options: string[]; constraints: Constraints }
  | { kind: 'string'; constraints: Constraints }
  | { kind: 'number'; constraints: Constraints }
  | { kind: 'boolean'; constraints: Constraints }
  | { kind: 'json'; constraints: Constraints };

/** A named field of an object. */
export interface FieldEntry {
  key: string;
  required: boolean;
  node: FieldNode;
}

const OPTIONAL = new Set(['optional', 'exact_optional', 'nullish', 'undefinedable']);
const OBJECTS = new Set(['object', 'strict_object', 'loose_object']);

function constraintsOf(schema: SchemaLike): Constraints {
  const c: Constraints = {};
  for (const action of schema.pipe ?? []) {
    if (action.kind === 'schema') continue;
    const req = action.requirement;
    switch (action.type) {
      case 'regex':
        if (req instanceof RegExp) {
          c.pattern = req;
          if (typeof action.message === 'string') c.patternMessage = action.message;
        }
        break;
      case 'min_length':
        if (typeof req === 'number') c.minLength = req;
        break;
      case 'max_length':
        if (typeof req === 'number') c.maxLength = req;
        break;
      case 'min_value':
        if (typeof req === 'number') c.min = req;
        break;
      case 'max_value':
        if (typeof req === 'number') c.max = req;
        break;
      case 'integer':
        c.integer = true;
        break;
      case 'description':
        if (typeof action.description === 'string') c.description = action.description;
        break;
    }
  }
  return c;
}

/** The form description of a schema. */
export function walk(input: unknown): FieldNode {
  const schema = input as SchemaLike;
  const constraints = constraintsOf(schema);
  if (OPTIONAL.has(schema.type) && schema.wrapped) return walk(schema.wrapped);
  if (OBJECTS.has(schema.type) && schema.entries) {
    const entries = Object.entries(schema.entries).map(([key, child]): FieldEntry => {
      const required = !OPTIONAL.has(child.type);
      return { key, required, node: walk(child) };
    });
    return { kind: 'object', entries, constraints };
  }
  if (schema.type === 'array' && schema.item) return { kind: 'array', item: walk(schema.item), constraints };
  if (schema.type === 'picklist' && Array.isArray(schema.options)) {
    return { kind: 'picklist', options: schema.options.map(String), constraints };
  }
  if (schema.type === 'string' || schema.type === 'number' || schema.type === 'boolean') return { kind: schema.type, constraints };
  return { kind: 'json', constraints };
}

/** "seriousAdverseEvents" → "Serious adverse events"; "pmid" → "PMID". */
export function labelFor(key: string): string {
  const known: Record<string, string> = {
    pmid: 'PMID',
    pmcid: 'PMCID',
    doi: 'DOI',
    id: 'ID',
    url: 'URL',
    dailymedSetId: 'DailyMed set ID',
  };
  if (known[key]) return known[key];
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A path as validation names it: ["outcomes", 0, "result"] → "outcomes.0.result". */
export const pathName = (path: readonly (string | number)[]): string => path.join('.');

type Json = unknown;

/** The value at a path, or undefined. */
export function getAt(value: Json, path: readonly (string | number)[]): Json {
  let node = value;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, Json>)[key];
  }
  return node;
}

/**
 * A copy of `value` with `next` at `path` (undefined removes the field: "not reported"), creating
 * objects and lists on the way. Never mutates its input.
 */
export function setAt(value: Json, path: readonly (string | number)[], next: Json): Json {
  if (!path.length) return next;
  const [key, ...rest] = path as [string | number, ...(string | number)[]];
  const base: Json = value !== null && typeof value === 'object' ? value : typeof key === 'number' ? [] : {};
  const copy = (Array.isArray(base) ? [...base] : { ...(base as object) }) as Record<string | number, Json>;
  const child = setAt(copy[key], rest, next);
  if (child === undefined && !Array.isArray(copy)) delete copy[key];
  else copy[key] = child;
  return copy;
}

/** A copy of the list at `path` without item `index`. */
export function removeAt(value: Json, path: readonly (string | number)[], index: number): Json {
  const list = getAt(value, path);
  if (!Array.isArray(list)) return value;
  const next = list.filter((_, i) => i !== index);
  return setAt(value, path, next);
}

/** The starting value of a new list item: an empty object, list or text for the reader to fill. */
export const emptyItem = (node: FieldNode): Json => (node.kind === 'object' ? {} : node.kind === 'array' ? [] : '');

/**
 * The value with every required object and list present (`{}`, `[]`), so a record that reports
 * no outcomes says so with an empty list, and nested required fields have a place to go. Nothing
 * else is filled in: a value is never invented.
 */
export function withStructure(node: FieldNode, value: Json): Json {
  if (node.kind === 'object') {
    const base = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, Json>) : {};
    let out = base;
    for (const e of node.entries) {
      const current = base[e.key];
      const next =
        current === undefined
          ? e.required && (e.node.kind === 'object' || e.node.kind === 'array')
            ? withStructure(e.node, e.node.kind === 'object' ? {} : [])
            : undefined
          : withStructure(e.node, current);
      if (next !== current) out = { ...out, [e.key]: next };
    }
    return out;
  }
  if (node.kind === 'array' && Array.isArray(value)) {
    const next = value.map((item) => withStructure(node.item, item));
    return next.every((item, i) => item === value[i]) ? value : next;
  }
  return value;
}
