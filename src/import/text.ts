/**
 * Cleaning what registries send before it reaches a record. Registry text is data: it is kept
 * as plain text (never markup), trimmed of control characters and runs of white space, and cut
 * to the model's 4,000-character limit. Identifiers are accepted only when they match the
 * model's own patterns, so a hostile reply cannot plant a link.
 */
import { DOI_PATTERN, NCT_PATTERN, PMCID_PATTERN, PMID_PATTERN, isRegistrationId } from '../model/identifiers.js';

// C0/C1 controls and the Unicode direction overrides (Trojan Source style spoofing).

const UNWANTED = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Plain, single-line text, or undefined when nothing is left. */
export function cleanText(value: unknown, max = 4000): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const text = String(value).replace(UNWANTED, '').replace(/\s+/g, ' ').trim();
  if (!text) return undefined;
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Whether text looks like markup: worth a warning, even though it is only ever shown as text. */
export const looksLikeMarkup = (text: string): boolean => /<\s*\/?\s*[a-z!?][^>]*>|javascript:|on[a-z]+\s*=/i.test(text);

/** A DOI in its canonical form (no resolver prefix, no "doi:"), or undefined when malformed. */
export function cleanDoi(value: unknown): string | undefined {
  const text = cleanText(value, 300);
  if (!text) return undefined;
  const doi = text
    .replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i, '')
    .trim()
    .replace(/\.$/, '');
  return DOI_PATTERN.test(doi) ? doi : undefined;
}

/** A PMID, or undefined. */
export const cleanPmid = (value: unknown): string | undefined => {
  const text = cleanText(value, 20);
  return text && PMID_PATTERN.test(text) ? text : undefined;
};

/** A PMCID ("PMC" and digits), or undefined. */
export const cleanPmcid = (value: unknown): string | undefined => {
  const text = cleanText(value, 20)?.toUpperCase();
  return text && PMCID_PATTERN.test(text) ? text : undefined;
};

/** An NCT id in upper case, or undefined. */
export const cleanNct = (value: unknown): string | undefined => {
  const text = cleanText(value, 20)?.toUpperCase();
  return text && NCT_PATTERN.test(text) ? text : undefined;
};

/** Any trial registration id the model recognises, or undefined. */
export const cleanRegistration = (value: unknown): string | undefined => {
  const text = cleanText(value, 60);
  if (!text) return undefined;
  const upper = /^nct/i.test(text) || /^isrctn/i.test(text) ? text.toUpperCase() : text;
  return isRegistrationId(upper) ? upper : undefined;
};

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "2021 May 10", "2021-05-10", [2021, 5, 10] → "2021-05-10" (or "2021-05"; year alone → undefined). */
export function isoDate(value: unknown): string | undefined {
  let y: number | undefined;
  let m: number | undefined;
  let d: number | undefined;
  if (Array.isArray(value)) {
    [y, m, d] = value.map((n) => Number(n));
  } else if (typeof value === 'string') {
    const iso = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(value);
    const words = /^(\d{4})\s+([A-Za-z]{3})[a-z]*(?:\s+(\d{1,2}))?/.exec(value);
    if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), iso[3] ? Number(iso[3]) : undefined];
    else if (words) {
      const month = MONTHS.indexOf(words[2]!.toLowerCase());
      [y, m, d] = [Number(words[1]), month >= 0 ? month + 1 : undefined, words[3] ? Number(words[3]) : undefined];
    }
  }
  if (!y || !m || !Number.isInteger(y) || m < 1 || m > 12) return undefined;
  const month = `${y}-${String(m).padStart(2, '0')}`;
  if (!d || !Number.isInteger(d)) return month;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCDate() === d ? `${month}-${String(d).padStart(2, '0')}` : month;
}

/** "2021-05-10" → "10 May 2021"; "2021-05" → "May 2021". */
export function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const month = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][
    (m ?? 1) - 1
  ];
  return d ? `${d} ${month} ${y}` : `${month} ${y}`;
}

/** The year at the start of a date-like string, when plausible. */
export function yearOf(value: unknown): number | undefined {
  const match = /^\s*(\d{4})/.exec(String(value ?? ''));
  const year = match ? Number(match[1]) : NaN;
  return year >= 1900 && year <= 2100 ? year : undefined;
}

const SMALL_WORDS = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'by',
  'for',
  'from',
  'in',
  'of',
  'on',
  'or',
  'the',
  'to',
  'with',
  'de',
  'la',
  'und',
]);

/**
 * NLM writes full journal names in sentence case ("Cell transplantation"); citations use title
 * case ("Cell Transplantation"). Words already containing capitals are left alone.
 */
export function titleCaseJournal(name: string): string {
  return name
    .split(' ')
    .map((word, i) => {
      if (/[A-Z]/.test(word) && i > 0) return word;
      if (i > 0 && SMALL_WORDS.has(word)) return word;
      return word.charAt(0).toUpperCase() + word.slice(1);
    })
    .join(' ');
}

/** Initials from given names: "Chun-Jie" → "C-J", "Neil H." → "NH", "M. R." → "MR". */
export function initialsOf(given: string): string {
  return given
    .trim()
    .split(/\s+/)
    .map((part) =>
      part
        .split('-')
        .map((p) =>
          p
            .replace(/[^\p{L}]/gu, '')
            .charAt(0)
            .toUpperCase(),
        )
        .filter(Boolean)
        .join('-'),
    )
    .filter(Boolean)
    .join('');
}

/** A title without the full stop PubMed adds (a question mark or other ending stays). */
export const stripFinalPeriod = (title: string): string => title.replace(/(?<!\.\.)\.$/, '');
