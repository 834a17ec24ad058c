/**
 * The composer's state: the page being composed, the brand, where the files are hosted and the
 * clinic's own records. It is plain JSON, so it round-trips through the URL (a link reproduces a
 * page), localStorage (the page survives a reload) and the undo history.
 */
import { NOTICE_KINDS } from '../../src/model/levels.js';
import { CRITERIA as MODEL_CRITERIA, DEFAULT_CRITERIA } from '../../src/model/treatment-view.js';
import { FONT_STACKS } from './contrast.js';

/** A study card: a bundled study or one of the clinic's own, full or compact. */
export interface StudyBlock {
  kind: 'study';
  key: string;
  id: string;
  compact: boolean;
}

/** A comparison: a whole category, or chosen options; with criteria and a highlighted option. */
export interface ComparisonBlock {
  kind: 'comparison';
  key: string;
  by: 'category' | 'options';
  category: string;
  ids: string[];
  criteria: string[];
  highlight: string;
  highlightLabel: string;
}

/** Notices: kinds, the therapy named, and a jurisdiction of its own ('' = the page's). */
export interface DisclaimerBlock {
  kind: 'disclaimer';
  key: string;
  kinds: string[];
  therapy: string;
  jurisdiction: string;
}

/** The review line: who reviewed the page and when. */
export interface ReviewBlock {
  kind: 'review';
  key: string;
  reviewer: string;
  credentials: string;
  lastReviewed: string;
  nextReviewDue: string;
}

export type Block = StudyBlock | ComparisonBlock | DisclaimerBlock | ReviewBlock;

export interface Brand {
  /** The brand colour as given, `#rrggbb`. */
  color: string;
  /** A CSS font-family list; '' keeps the page's font. */
  font: string;
  /** Corner radius, e.g. "0.25em". */
  radius: string;
  lang: 'en' | 'es';
  /** The page's jurisdiction (regulatory labels, regulator, emergency number). */
  jurisdiction: string;
}

export interface ComposerState {
  version: 1;
  blocks: Block[];
  brand: Brand;
  /** Where the clinic hosts dist/cdn/, and its own data file. */
  host: { base: string; dataUrl: string };
  /** The clinic's own study records (validated before use). */
  clinic: { studies: unknown[] };
}

/**
 * The criteria an editor can pick, in the element's order (the model's list without `sources`,
 * which the comparison always adds), and the element's default set.
 */
export const CRITERIA = MODEL_CRITERIA.filter((c) => c !== 'sources');
export { DEFAULT_CRITERIA };
export { NOTICE_KINDS };

/** Jurisdictions the composer offers (the elements accept any two-letter code or EU). */
export const JURISDICTIONS = {
  US: 'United States (FDA)',
  GB: 'United Kingdom (MHRA)',
  EU: 'European Union (EMA)',
  CA: 'Canada',
  AU: 'Australia',
} as const;

let counter = 0;
/** A key that tells blocks apart while they move (not part of the snippet). */
export const newKey = (): string => `b${Date.now().toString(36)}${(counter++).toString(36)}`;

export const initialState = (): ComposerState => ({
  version: 1,
  blocks: [],
  brand: { color: '#005eb8', font: FONT_STACKS['System sans-serif'], radius: '', lang: 'en', jurisdiction: 'US' },
  host: { base: '/assets/ms-evidence-elements', dataUrl: '/assets/ms-evidence-elements/clinic-studies.json' },
  clinic: { studies: [] },
});

export const newBlock = (kind: Block['kind']): Block => {
  const key = newKey();
  switch (kind) {
    case 'study':
      return { kind, key, id: '', compact: true };
    case 'comparison':
      return {
        kind,
        key,
        by: 'options',
        category: 'disease-modifying-therapy',
        ids: [],
        criteria: [...DEFAULT_CRITERIA],
        highlight: '',
        highlightLabel: '',
      };
    case 'disclaimer':
      return { kind, key, kinds: ['educational'], therapy: '', jurisdiction: '' };
    case 'review':
      return { kind, key, reviewer: '', credentials: '', lastReviewed: '', nextReviewDue: '' };
  }
};

/** Moves the item at `from` to `to` (both clamped), returning a new list. */
export function move<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  const target = Math.max(0, Math.min(next.length - 1, to));
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(target, 0, item);
  return next;
}

// ---- URL and storage -------------------------------------------------------------------------

const toBase64Url = (text: string): string => {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};

const fromBase64Url = (text: string): string => {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
};

/** The state as a URL fragment, `#page=…`. */
export const encodeState = (state: ComposerState): string => `#page=${toBase64Url(JSON.stringify(state))}`;

/**
 * The state in a URL fragment or a stored string, checked field by field: anything missing or of
 * the wrong kind takes its initial value, so an old or hand-edited link never breaks the composer.
 */
export function decodeState(text: string | null | undefined): ComposerState | undefined {
  if (!text) return undefined;
  let raw: unknown;
  try {
    const m = /(?:^|[#&])page=([\w-]+)/.exec(text);
    raw = JSON.parse(m ? fromBase64Url(m[1]!) : text);
  } catch {
    return undefined;
  }
  return sanitise(raw);
}

const str = (v: unknown, fallback = ''): string => (typeof v === 'string' ? v : fallback);
const strs = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

function sanitiseBlock(raw: unknown): Block | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const b = raw as Record<string, unknown>;
  const key = str(b.key) || newKey();
  switch (b.kind) {
    case 'study':
      return { kind: 'study', key, id: str(b.id), compact: b.compact !== false };
    case 'comparison':
      return {
        kind: 'comparison',
        key,
        by: b.by === 'category' ? 'category' : 'options',
        category: str(b.category),
        ids: strs(b.ids),
        criteria: strs(b.criteria).filter((c) => (CRITERIA as readonly string[]).includes(c)),
        highlight: str(b.highlight),
        highlightLabel: str(b.highlightLabel),
      };
    case 'disclaimer':
      return {
        kind: 'disclaimer',
        key,
        kinds: strs(b.kinds).filter((k) => (NOTICE_KINDS as readonly string[]).includes(k)),
        therapy: str(b.therapy),
        jurisdiction: str(b.jurisdiction),
      };
    case 'review':
      return {
        kind: 'review',
        key,
        reviewer: str(b.reviewer),
        credentials: str(b.credentials),
        lastReviewed: str(b.lastReviewed),
        nextReviewDue: str(b.nextReviewDue),
      };
    default:
      return undefined;
  }
}

export function sanitise(raw: unknown): ComposerState | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const s = raw as Record<string, unknown>;
  const init = initialState();
  const brand = (s.brand ?? {}) as Record<string, unknown>;
  const host = (s.host ?? {}) as Record<string, unknown>;
  const clinic = (s.clinic ?? {}) as Record<string, unknown>;
  return {
    version: 1,
    blocks: (Array.isArray(s.blocks) ? s.blocks : []).map(sanitiseBlock).filter((b): b is Block => !!b),
    brand: {
      color: /^#[0-9a-f]{6}$/i.test(str(brand.color)) ? str(brand.color).toLowerCase() : init.brand.color,
      font: str(brand.font),
      radius: str(brand.radius),
      lang: brand.lang === 'es' ? 'es' : 'en',
      jurisdiction: str(brand.jurisdiction, init.brand.jurisdiction) || init.brand.jurisdiction,
    },
    host: { base: str(host.base, init.host.base), dataUrl: str(host.dataUrl, init.host.dataUrl) },
    clinic: { studies: Array.isArray(clinic.studies) ? clinic.studies : [] },
  };
}

/** Undo and redo over whole states (each edit pushes one; at most `limit` are kept). */
export class History {
  private past: ComposerState[] = [];
  private future: ComposerState[] = [];
  constructor(private readonly limit = 100) {}

  /** Records `previous` before a change. */
  push(previous: ComposerState): void {
    this.past.push(previous);
    if (this.past.length > this.limit) this.past.shift();
    this.future = [];
  }
  get canUndo(): boolean {
    return this.past.length > 0;
  }
  get canRedo(): boolean {
    return this.future.length > 0;
  }
  undo(current: ComposerState): ComposerState | undefined {
    const previous = this.past.pop();
    if (previous) this.future.push(current);
    return previous;
  }
  redo(current: ComposerState): ComposerState | undefined {
    const next = this.future.pop();
    if (next) this.past.push(current);
    return next;
  }
}
