/**
 * The library's translations, switched one at a time for `summarize` (the build in Node and the
 * settings page in the browser both use this, so they produce the same texts).
 */
import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from '../../../src/locales/locale-codes.js';

const { setLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: () => import('../../../src/locales/es.js'),
});

/** One activator per language the library speaks, English first. */
export const languages: Record<string, () => Promise<void>> = Object.fromEntries(
  [sourceLocale, ...targetLocales].map((code) => [code, () => setLocale(code)]),
);
