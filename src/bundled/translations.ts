/**
 * The locale overlays of the bundled data (data/locales/<language>.json), each loaded only when an
 * element shows a bundled record in that language: a page in English never downloads them.
 */
import type { TranslationOverlay } from '../model/schema.js';

// A static map: a template-literal import() cannot be followed by every bundler and dev server.
const OVERLAYS: Record<string, () => Promise<{ default: unknown }>> = {
  es: () => import('../../data/locales/es.json'),
};

/** The overlay for a language, or undefined when the bundled data has none. */
export const loadOverlay = async (language: string): Promise<TranslationOverlay | undefined> =>
  (await OVERLAYS[language]?.())?.default as TranslationOverlay | undefined;
