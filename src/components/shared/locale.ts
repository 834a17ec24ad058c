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

/** Connected elements, each with what re-reads its language: a `lang` change switches the built-in words only when it reaches one. */
const hosts = new Map<Element, () => void>();
let watching = false;
/**
 * Follows changes of `lang` on `<html>` or any element in the document (a CMS or the reader
 * switching language): every element looks up its own language again, and a change on `<html>` or
 * one that reaches an element (not a quotation's `lang` elsewhere) switches the built-in words.
 */
function watchDocumentLang(): void {
  if (watching) return;
  watching = true;
  new MutationObserver((changes) => {
    for (const { target } of changes) {
      const el = target as Element;
      if (el === document.documentElement || [...hosts.keys()].some((h) => el.contains(h)))
        void setLocale(el.closest('[lang]')?.getAttribute('lang') || sourceLocale);
    }
    for (const relang of hosts.values()) relang();
  }).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/** The data translation code (translate.ts) once loaded; null when it could not load (data stays as written). */
let translator: typeof Translate | null | undefined;
let loading: Promise<void> | undefined;

/** Gives an element its language (for Intl and data text) and re-renders it when the language or translation changes. */
export class LocaleController implements ReactiveController {
  /** The element's language tag, e.g. "es-MX"; "en" until connected. */
  lang: string = sourceLocale;
  /** Texts shown in this update that stay English: true, untranslated; false, quoted as published (see `mark`). */
  readonly #english = new Map<string, boolean>();
  /** Whether the element has shown data (then kept, untranslated, while a translation loads). */
  #shown?: object;
  readonly #onChange = (e?: Event) => {
    // A changed language also changes how dates, numbers and data read, not only the built-in words.
    if ((e as CustomEvent<{ status?: string }> | undefined)?.detail.status === 'loading') return;
    this.lang = this.#nearestLang();
    this.host.requestUpdate();
  };

  /** `track`: re-renders the host once a load settles (a data element's also makes `updateComplete` wait for it). */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { readonly hasUpdated: boolean },
    private readonly track: (load: Promise<unknown>) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (isServer) return;
    // @lit/localize announces each loaded translation with this event.
    window.addEventListener('lit-localize-status', this.#onChange);
    hosts.set(this.host, this.#onChange);
    this.lang = this.#nearestLang();
    watchDocumentLang();
    void setLocale(this.lang);
  }

  hostDisconnected(): void {
    window.removeEventListener('lit-localize-status', this.#onChange);
    hosts.delete(this.host);
  }

  hostUpdated(): void {
    this.#english.clear();
  }

  /**
   * A record in the element's language (call in `willUpdate`): its reader-facing texts from the
   * record's own `translations` or, for bundled data, the bundled overlay; those without one stay
   * as written and `mark` shows them as English. In English, the record itself (nothing loads).
   * Undefined while the translation loads (the record itself while hydrating server markup).
   */
  data<T extends object>(record: T, kind: Translate.RecordKind): T | undefined {
    const language = translationFor(this.lang);
    if (language === sourceLocale || translator === null) return (this.#shown = record);
    const result = translator?.translate(record, kind, language, this.#english);
    if (result && !(result instanceof Promise)) return (this.#shown = result);
    this.track(
      result ??
        (loading ??= import('./translate.js').then(
          (m) => void (translator = m),
          () => void (translator = null),
        )),
    );
    // Data already shown (or server-rendered, in English, being hydrated) stays until the
    // translation is here: no skeleton flash, and hydration meets the server's markup.
    return (this.#shown = this.#shown || (!this.host.hasUpdated && this.host.shadowRoot?.firstChild) ? record : undefined);
  }

  /** The template with the English texts it shows in `lang="en"`, untranslated ones marked (call in `render`). */
  mark(template: TemplateResult): TemplateResult {
    return this.#english.size ? translator!.mark(template, this.#english) : template;
  }

  /** The language of the nearest `lang` attribute, or of the page. */
  #nearestLang(): string {
    return canonical(this.host.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang);
  }
}
