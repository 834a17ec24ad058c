/**
 * What every fuzzed element must do after any input: no uncaught error, no blank element, and one
 * of its designed states (never the loading skeleton once `updateComplete` has resolved).
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { resetWarnings } from '../../src/components/shared/dev.js';

export const RUNS = 10_000;
/** Fixed so CI is reproducible; change it locally to explore other inputs. */
export const SEED = 20261124;

export type State = 'ready' | 'problem';

const uncaught: unknown[] = [];
const onError = (e: ErrorEvent) => uncaught.push(e.error ?? e.message);
const onRejection = (e: PromiseRejectionEvent) => uncaught.push(e.reason);
export const warnings: string[] = [];
const originalWarn = console.warn;

/** Collects uncaught errors and console warnings for the duration of a test file. */
export function watchPage(): void {
  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    console.warn = originalWarn;
  });
}

/** Clears what the previous input left: warnings issued and collected. */
export function freshRun(): void {
  warnings.length = 0;
  resetWarnings();
}

/** The element is in a designed state with something to read; returns which. */
export function designedState(el: Element, context: string): State {
  expect(uncaught, `${context}: uncaught errors`).to.deep.equal([]);
  const root = el.shadowRoot!;
  const base = root.querySelector('[part~="base"]');
  expect(base, `${context}: base part`).to.exist;
  expect(base!.classList.contains('skeleton'), `${context}: still loading after updateComplete`).to.be.false;
  expect(base!.textContent?.trim(), `${context}: visible text`).to.not.equal('');
  if (base!.matches('[part~="problem"]')) {
    expect(base!.querySelector('h1, h2, h3, h4, h5, h6')?.textContent?.trim(), `${context}: problem heading`).to.match(/\S/);
    return 'problem';
  }
  return 'ready';
}

const LEAKS = ['undefined', 'NaN', '[object ', 'Invalid Date', 'function ('];

/**
 * No programming value leaks into what a reader sees ("undefined", "NaN", "[object Object]"),
 * unless the input itself said it.
 */
export function expectNoLeaks(el: Element, context: string, input: unknown): void {
  const seen = el.shadowRoot!.textContent ?? '';
  const given = inputText(input);
  for (const leak of LEAKS) {
    if (!given.includes(leak)) expect(seen.includes(leak), `${context}: shows "${leak}"`).to.be.false;
  }
}

/** Every key and primitive in a value, as text (walked without recursion: inputs nest deeply). */
function inputText(input: unknown): string {
  const parts: string[] = [];
  const stack: unknown[] = [input];
  const seen = new Set<unknown>();
  while (stack.length && parts.length < 200_000) {
    const value = stack.pop();
    if (value === null || (typeof value !== 'object' && typeof value !== 'function')) {
      parts.push(typeof value === 'symbol' ? String(value.description) : String(value));
      continue;
    }
    if (seen.has(value)) continue;
    seen.add(value);
    if (value instanceof Map) stack.push(...value.keys(), ...value.values());
    else if (value instanceof Set) stack.push(...value);
    else if (typeof value === 'function') parts.push(Function.prototype.toString.call(value));
    else {
      const primitive = (value as { valueOf?: () => unknown }).valueOf?.();
      if (primitive !== value && typeof primitive !== 'object') stack.push(primitive);
      for (const key of Reflect.ownKeys(value)) {
        parts.push(String(key));
        stack.push((value as Record<PropertyKey, unknown>)[key]);
      }
    }
  }
  return parts.join(' ');
}

/** Runs an async property with the shared settings; a failure reports the error and the input. */
export async function fuzz<T>(arbitrary: fc.Arbitrary<T>, run: (input: T) => Promise<void>, numRuns = RUNS): Promise<void> {
  await fc.assert(
    // Inputs are reported through describeInput: fast-check's own printer overflows on deep nesting.
    fc.asyncProperty(
      arbitrary.map((value) => ({ value, [fc.toStringMethod]: () => describeInput(value) })),
      async ({ value }) => {
        freshRun();
        await run(value);
      },
    ),
    { numRuns, seed: SEED, includeErrorInReport: true, endOnFailure: true },
  );
}

/** A short description of an input for failure messages. */
export function describeInput(input: unknown): string {
  return stringify(input).slice(0, 300);
}

/** Any value as text: fast-check's printer (BigInt, symbols, null prototypes), JSON for very deep values. */
function stringify(input: unknown): string {
  try {
    return fc.stringify(input);
  } catch {
    try {
      const printable = (_: string, v: unknown) =>
        typeof v === 'bigint' || (typeof v === 'number' && !Number.isFinite(v)) ? String(v) : v;
      return JSON.stringify(input, printable) ?? Object.prototype.toString.call(input);
    } catch {
      return Object.prototype.toString.call(input);
    }
  }
}
