/**
 * Languages. Built-in strings come in English (the source) and Spanish (src/locales/es.ts,
 * generated from src/locales/xliff/es.xlf); dates, numbers and data text follow the element's own
 * language, taken from the nearest `lang` attribute.
 *
 * @lit/localize keeps one translation language per page: the language of the most recently
 * connected (or re-languaged) element wins, and a change of `<html lang>` switches it. Its runtime
 * loads only when a page first needs a translation (localize-runtime.ts), so English pages never
 * download it. Data text (translate.ts) loads the same way, per element.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { sourceLocale, targetLocales } from '../../locales/locale-codes.js';
import type * as Runtime from './localize-runtime.js';
import type * as Translate from './translate.js';

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

const LANG_CHANGE = 'ms-lang-change';
let watching = false;
/**
 * Follows changes of `lang` on `<html>` or any element in the document (a CMS or the reader
 * switching language): the built-in strings switch to the changed element's language, and every
 * element looks up its own language again.
 */
function watchDocumentLang(): void {
  if (watching) return;
  watching = true;
  new MutationObserver((changes) => {
    const el = changes[changes.length - 1]!.target as Element;
    void setLocale(el.getAttribute('lang') || document.documentElement.lang || sourceLocale);
    window.dispatchEvent(new Event(LANG_CHANGE));
  }).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

let translator: Promise<typeof Translate> | undefined;
let translatorLoaded: typeof Translate | undefined;

/** Gives an element its language (for Intl) and re-renders it when the translation changes. */
export class LocaleController implements ReactiveController {
  /** The element's language tag, e.g. "es-MX"; "en" until connected. */
  lang: string = sourceLocale;
  /** Texts of the records shown in this update left in English: true, untranslated; false, quoted as published (see `mark`). */
  readonly #english = new Map<string, boolean>();
  readonly #onStatus = (e: Event) => {
    if ((e as CustomEvent<{ status: string }>).detail.status !== 'ready') return;
    // A changed <html lang> also changes how dates and numbers read, not only the translations.
    this.lang = this.#nearestLang();
    this.host.requestUpdate();
  };
  readonly #onLang = () => {
    const lang = this.#nearestLang();
    if (lang !== this.lang) {
      this.lang = lang;
      this.host.requestUpdate();
    }
  };

  /** `track`: makes the host's `updateComplete` wait for a load and re-renders it after (data elements). */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly track: (load: Promise<unknown>) => void = (load) => void load.then(() => host.requestUpdate()),
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (isServer) return;
    // @lit/localize announces each loaded translation with this event.
    window.addEventListener('lit-localize-status', this.#onStatus);
    window.addEventListener(LANG_CHANGE, this.#onLang);
    this.lang = this.#nearestLang();
    watchDocumentLang();
    void setLocale(this.lang);
  }

  hostDisconnected(): void {
    window.removeEventListener('lit-localize-status', this.#onStatus);
    window.removeEventListener(LANG_CHANGE, this.#onLang);
  }

  hostUpdated(): void {
    this.#english.clear();
  }

  /**
   * A record in the element's language (call in `willUpdate`): its reader-facing texts from the
   * record's own `translations` or the bundled overlay; those without one stay as written and are
   * marked by `mark`. In English, the record itself. Undefined while the translation loads.
   */
  data<T extends object>(record: T, kind: Translate.RecordKind): T | undefined {
    const language = translationFor(this.lang);
    if (language === sourceLocale) return record;
    const result = translatorLoaded?.translate(record, kind, language, this.#english);
    if (!result || result instanceof Promise) {
      translator ??= import('./translate.js').then(
        (m) => (translatorLoaded = m),
        (error: unknown) => {
          translator = undefined;
          throw error;
        },
      );
      this.track(translator.then(() => result));
      return undefined;
    }
    return result;
  }

  /** The template with each untranslated data text it shows marked as English (call in `render`). */
  mark(template: TemplateResult): TemplateResult {
    return this.#english.size ? translatorLoaded!.mark(template, this.#english) : template;
  }

  /** The language of the nearest `lang` attribute, or of the page. */
  #nearestLang(): string {
    return canonical(this.host.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang);
  }
}
