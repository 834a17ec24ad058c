/**
 * Generators for the fuzz tests: hostile text, junk values of every type, deep nesting, and
 * mutations of valid records (the inputs most likely to slip past validation, because they are
 * almost right).
 */
import fc from 'fast-check';
import { PAYLOADS } from './corpus.js';

/** Right-to-left, combining, zero-width, emoji and control text. */
export const oddText = fc.constantFrom(
  'التصلب المتعدد',
  'טרשת נפוצה',
  '\u202Eevil\u202C',
  '\u200F\u200E\u200B',
  'a\u0301\u0302\u0303',
  '👩🏽‍⚕️🧬',
  '\uFEFF',
  '\u0000\u0007',
  '\uD800',
  'Ω≈ç√∫',
);

/** Very long strings (the same few instances, so memory stays flat). */
const HUGE = ['x'.repeat(100_000), 'لا '.repeat(30_000), '<'.repeat(50_000), `${'a'.repeat(5000)} ${'b'.repeat(5000)}`];
export const hugeText = fc.constantFrom(...HUGE);

/** Any text a data file, an attribute or a CMS could hand the library. */
export const text = fc.oneof(
  { weight: 5, arbitrary: fc.string({ unit: 'grapheme', maxLength: 60 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 2, arbitrary: oddText },
  { weight: 2, arbitrary: fc.constantFrom(...PAYLOADS) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '\n\t ', 'null', 'undefined', '[object Object]', '0', '-1', 'NaN') },
  { weight: 1, arbitrary: hugeText },
);

/** Numbers that break arithmetic and formatting. */
export const oddNumber = fc.oneof(
  fc.constantFrom(NaN, Infinity, -Infinity, -0, -1, 0.5, 1e21, Number.MAX_SAFE_INTEGER + 2, 2 ** 53),
  fc.double(),
  fc.integer(),
);

/** An array or object nested `depth` levels deep, with a string at the bottom. */
export function nest(depth: number, kind: 'array' | 'object'): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = kind === 'array' ? [value] : { id: `level-${i}`, citation: value };
  return value;
}

/** Deeply nested values (up to 3,000 levels). */
export const deep = fc
  .tuple(fc.integer({ min: 20, max: 3000 }), fc.constantFrom('array' as const, 'object' as const))
  .map(([d, k]) => nest(d, k));

/** Values of any type: primitives, odd objects, typed arrays, maps, sparse arrays, deep nesting. */
export const junk: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.anything({
      maxDepth: 3,
      maxKeys: 5,
      withBoxedValues: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withBigInt: true,
      withDate: true,
      withTypedArray: true,
      withSparseArray: true,
      stringUnit: 'grapheme',
    }),
  },
  { weight: 2, arbitrary: text },
  { weight: 1, arbitrary: oddNumber },
  { weight: 1, arbitrary: deep },
  { weight: 1, arbitrary: fc.constantFrom(undefined, null, true, false, [], {}, () => 1, Symbol('s')) },
);

/** Every location in a JSON value, as key paths; the root is []. */
export function locations(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  const here = [at];
  if (Array.isArray(value)) return here.concat(...value.map((v, i) => locations(v, [...at, i])));
  const plain = value !== null && typeof value === 'object' && [Object.prototype, null].includes(Object.getPrototypeOf(value));
  if (plain) return here.concat(...Object.entries(value).map(([k, v]) => locations(v, [...at, k])));
  return here;
}

type Mutation =
  | { op: 'delete'; at: number }
  | { op: 'set'; at: number; value: unknown }
  | { op: 'add-key'; at: number; key: string; value: unknown }
  | { op: 'truncate'; at: number; keep: number }
  | { op: 'duplicate'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('set' as const), at: fc.nat(), value: junk }),
  fc.record({ op: fc.constant('set' as const), at: fc.nat(), value: text }),
  fc.record({ op: fc.constant('set' as const), at: fc.nat(), value: oddNumber }),
  fc.record({
    op: fc.constant('add-key' as const),
    at: fc.nat(),
    key: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('__proto__', 'constructor', 'toString', 'id')),
    value: junk,
  }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat(), keep: fc.nat({ max: 2 }) }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat() }),
);

/** Applies one mutation to a (copied) record; `at` picks the location modulo their number. */
function apply(record: unknown, m: Mutation): unknown {
  try {
    return applyUnsafe(record, m);
  } catch {
    return record; // a frozen or exotic value the generator put there: leave it
  }
}

function applyUnsafe(record: unknown, m: Mutation): unknown {
  const all = locations(record);
  const path = all[m.at % all.length]!;
  if (path.length === 0) return m.op === 'set' ? m.value : record;
  const parent = path
    .slice(0, -1)
    .reduce<Record<string | number, unknown>>((node, k) => node[k] as Record<string | number, unknown>, record as Record<string, unknown>);
  const key = path.at(-1)!;
  const target = parent[key];
  switch (m.op) {
    case 'delete':
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
      break;
    case 'set':
      parent[key] = m.value;
      break;
    case 'add-key':
      if (target && typeof target === 'object' && !Array.isArray(target))
        Object.defineProperty(target, m.key, { value: m.value, enumerable: true, writable: true, configurable: true });
      else parent[key] = { [m.key]: m.value };
      break;
    case 'truncate':
      if (Array.isArray(target)) target.length = Math.min(target.length, m.keep);
      else if (typeof target === 'string') parent[key] = target.slice(0, m.keep);
      break;
    case 'duplicate':
      if (Array.isArray(parent)) parent.push(target);
      else parent[key] = [target, target];
      break;
  }
  return record;
}

/** One to three mutations of a copy of one of the given valid records. */
export function mutated<T>(records: readonly T[]): fc.Arbitrary<unknown> {
  return fc
    .tuple(fc.constantFrom(...records), fc.array(mutation, { minLength: 1, maxLength: 3 }))
    .map(([base, ms]) => ms.reduce<unknown>((r, m) => apply(r, m), structuredClone(base)));
}

/** A record, valid (untouched), mutated, or junk. */
export function recordInput<T>(records: readonly T[]): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom(...records).map((r) => structuredClone(r)) },
    { weight: 6, arbitrary: mutated(records) },
    { weight: 2, arbitrary: junk },
  );
}
