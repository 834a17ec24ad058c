/**
 * Languages. Built-in strings come in English (the source) and Spanish (src/locales/es.ts,
 * generated from src/locales/xliff/es.xlf); dates and numbers go through Intl in the element's
 * own language, taken from the nearest `lang` attribute.
 *
 * @lit/localize keeps one translation language per page: the language of the most recently
 * connected element wins, and a change of `<html lang>` switches it. Its runtime loads only when
 * a page first needs a translation (localize-runtime.ts), so English pages never download it.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { sourceLocale, targetLocales } from '../../locales/locale-codes.js';
import type * as Runtime from './localize-runtime.js';

let current: string = sourceLocale;
let requested: string = sourceLocale;
let runtime: Promise<typeof Runtime> | undefined;

/** The page's translation language once loaded: "en" or "es". */
export const getLocale = (): string => current;

/** Sets the page's translation language explicitly ("en", "es"; others fall back to English). */
export async function setLocale(lang: string): Promise<void> {
  const wanted = translationFor(lang);
  if (wanted === requested) return;
  requested = wanted;
  runtime ??= import('./localize-runtime.js');
  await (await runtime).apply(wanted);
  if (requested === wanted) current = wanted;
}

/** A language tag Intl accepts ("en_US" → "en-US"); the source language when it is not one. */
function canonical(tag: string | undefined): string {
  try {
    return Intl.getCanonicalLocales(tag?.replace(/_/g, '-') || sourceLocale)[0] ?? sourceLocale;
  } catch {
    return sourceLocale;
  }
}

/** The supported translation for a language tag ("es-MX" → "es"), else the source language. */
export const translationFor = (lang: string): string => {
  const base = lang.toLowerCase().split('-')[0] ?? '';
  return (targetLocales as readonly string[]).includes(base) ? base : sourceLocale;
};

let watching = false;
/** Follows changes of `<html lang>` (a CMS or the reader switching language). */
function watchDocumentLang(): void {
  if (watching) return;
  watching = true;
  new MutationObserver(() => void setLocale(document.documentElement.lang || sourceLocale)).observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang'],
  });
}

/** Gives an element its language (for Intl) and re-renders it when the translation changes. */
export class LocaleController implements ReactiveController {
  /** The element's language tag, e.g. "es-MX"; "en" until connected. */
  lang: string = sourceLocale;
  readonly #onStatus = (e: Event) => {
    if ((e as CustomEvent<{ status: string }>).detail.status !== 'ready') return;
    // A changed <html lang> also changes how dates and numbers read, not only the translations.
    this.lang = this.#nearestLang();
    this.host.requestUpdate();
  };

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    if (isServer) return;
    // @lit/localize announces each loaded translation with this event.
    window.addEventListener('lit-localize-status', this.#onStatus);
    this.lang = this.#nearestLang();
    watchDocumentLang();
    void setLocale(this.lang);
  }

  hostDisconnected(): void {
    window.removeEventListener('lit-localize-status', this.#onStatus);
  }

  /** The language of the nearest `lang` attribute, or of the page. */
  #nearestLang(): string {
    return canonical(this.host.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang);
  }
}
