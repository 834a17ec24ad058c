// Controls every data element shares: the attributes of EvidenceElement and the theme.
import { nothing } from 'lit';

/** Arguments for the attributes every data element has. */
export interface CommonArgs {
  src?: string;
  strict: boolean;
  noGuardrails: boolean;
  structuredData: boolean;
  theme?: 'light' | 'dark';
}

export const commonArgs = { strict: false, noGuardrails: false, structuredData: false } satisfies Partial<CommonArgs>;

export const commonArgTypes = {
  theme: { control: 'select', options: [undefined, 'light', 'dark'] },
  src: { control: 'text', description: 'URL of a JSON file: one record, a list, or a dataset' },
} as const;

/** The element's own language, for elements that show data text: built-in words, dates, numbers and the data itself. */
export interface LangArgs {
  lang?: 'en' | 'es';
}

export const langArgType = {
  lang: {
    control: 'select',
    options: [undefined, 'en', 'es'],
    description: 'The element’s `lang`: built-in words, dates, numbers and data text in English or Spanish (default: the page’s)',
  },
} as const;

/** `undefined` and '' leave the attribute out. */
export const attr = (value: string | number | undefined) => (value === undefined || value === '' ? nothing : value);
