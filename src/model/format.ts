/**
 * Formatting of facts into reader-facing text: author lists, citation lines, durations, dates and
 * population lines. Numbers and dates go through Intl so they follow the page's language.
 */
import { msg, str } from '@lit/localize';
import type { Citation, Duration, Population } from './schema.js';
import { conditionLabel } from './labels.js';

/** "Jamali F, Aldughmi M, Atiani S, et al." — the first `max` authors, then "et al.". */
export function formatAuthors(authors: readonly string[], max = 3): string {
  if (authors.length <= max) return authors.join(', ');
  return `${authors.slice(0, max).join(', ')}, ${msg('et al.')}`;
}

/** "Frontiers in Neurology. 2020;11:967" — journal, year, volume, issue and pages as known. */
export function formatCitationLine(c: Citation): string {
  let line = String(c.year);
  if (c.volume) line += `;${c.volume}`;
  if (c.issue) line += `(${c.issue})`;
  const locator = c.pages ?? c.articleNumber;
  if (locator) line += `${c.volume ? ':' : ';'}${locator}`;
  return c.journal ? `${c.journal}. ${line}` : line;
}

const UNIT: Record<Duration['unit'], string> = { days: 'day', weeks: 'week', months: 'month', years: 'year' };

const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>();
/**
 * Intl formatters are costly to create (about 0.05 ms each, several per card): one per language
 * and kind, made on first use and reused.
 */
function formatter<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>(key: string, create: () => T): T {
  let f = formatters.get(key) as T | undefined;
  if (!f) formatters.set(key, (f = create()));
  return f;
}

/** A list in the page's language: "a, b and c" (conjunction) or "a, b, c" (unit). */
export const formatList = (items: string[], locale: string, type: 'conjunction' | 'unit' = 'conjunction'): string =>
  formatter(`list ${type} ${locale}`, () => new Intl.ListFormat(locale, { style: 'long', type })).format(items);

/** "10 years", "6 months" in the page's language. */
export function formatDuration(d: Duration, locale = 'en'): string {
  const unit = UNIT[d.unit];
  return formatter(
    `${unit} ${locale}`,
    () => new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long', maximumFractionDigits: 1 }),
  ).format(d.value);
}

/** A duration in months, for comparisons (a year is 12 months, a month 30.44 days). */
export function durationInMonths(d: Duration): number {
  switch (d.unit) {
    case 'years':
      return d.value * 12;
    case 'months':
      return d.value;
    case 'weeks':
      return (d.value * 7) / 30.44;
    default:
      return d.value / 30.44;
  }
}

/** A number with up to two decimals in the page's language ("0.58", "0,58"). */
export const formatNumber = (n: number, locale = 'en'): string =>
  formatter(`number ${locale}`, () => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 })).format(n);

/** A whole number in the page's language ("1,234"). */
export const formatCount = (n: number, locale = 'en'): string =>
  formatter(`count ${locale}`, () => new Intl.NumberFormat(locale)).format(n);

/** "October 2025" for a month, "24 November 2026" for a day, in the page's language. */
export function formatDate(iso: string, locale = 'en'): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number | undefined];
  const date = new Date(Date.UTC(y, m - 1, d ?? 1));
  const options: Intl.DateTimeFormatOptions =
    d === undefined ? { year: 'numeric', month: 'long', timeZone: 'UTC' } : { dateStyle: 'long', timeZone: 'UTC' };
  return formatter(`${d === undefined ? 'month' : 'day'} ${locale}`, () => new Intl.DateTimeFormat(locale, options)).format(date);
}

/** Today as "YYYY-MM-DD" in UTC. */
export const today = (): string => new Date().toISOString().slice(0, 10);

/**
 * True when a due date has passed. A month-only date ("2027-10") is due at the end of that month.
 */
export function isPastDue(due: string | undefined, on: string = today()): boolean {
  if (!due) return false;
  return due.length === 7 ? on.slice(0, 7) > due : on > due;
}

/** People counted per condition, e.g. "5 with relapsing-remitting MS". */
const conditionPart = (count: number | undefined, label: string, locale: string): string =>
  count === undefined ? label : msg(str`${formatCount(count, locale)} with ${label}`);

/**
 * "10 people: 5 with relapsing-remitting MS, 5 with neuromyelitis optica"; "People with
 * relapsing-remitting MS (number not reported)" when nothing is counted.
 */
export function formatPopulation(pop: Population, locale = 'en'): string {
  const parts = pop.conditions.map((c) => conditionPart(c.count, c.label ?? conditionLabel(c.condition), locale));
  const list = formatList(parts, locale, 'unit');
  if (pop.enrolled === undefined) return msg(str`People with ${list} (number not reported)`);
  const people = pop.enrolled === 1 ? msg('1 person') : msg(str`${formatCount(pop.enrolled, locale)} people`);
  return msg(str`${people}: ${list}`);
}
