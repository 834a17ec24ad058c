/**
 * The @lit/localize runtime and the translations, loaded the first time a page needs a
 * language other than English (see locale.ts).
 */
import { configureLocalization } from '@lit/localize/init/runtime.js';
import type { LocaleModule } from '@lit/localize';
import { sourceLocale, targetLocales } from '../../locales/locale-codes.js';

type Target = (typeof targetLocales)[number];

// A static map: a template-literal import() cannot be followed by every bundler and dev server.
const loaders: Record<Target, () => Promise<LocaleModule>> = {
  es: () => import('../../locales/es.js'),
};

const { setLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: (locale) => loaders[locale as Target](),
});

/** Switches every element to a translation (elements re-render on the status event). */
export const apply = (locale: string): Promise<void> => setLocale(locale);
