/**
 * Reads data from an inline `<script type="application/json">` child, the route for CMS editors
 * who can paste HTML but cannot set properties. The script may arrive after the element is
 * connected (the parser is still inserting children, or a CMS adds it later), so the controller
 * watches the element's children and asks for an update when the script or its text changes.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The inline JSON, parsed, or why it could not be. */
export type InlineJson = { ok: true; value: unknown } | { ok: false; error: string };

export class InlineJsonController implements ReactiveController {
  #observer?: MutationObserver;
  #cachedText?: string;
  #cached?: InlineJson;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer ??= new MutationObserver(() => {
      if (this.#script()?.textContent !== this.#cachedText) this.host.requestUpdate();
    });
    this.#observer.observe(this.host, { childList: true, subtree: true, characterData: true });
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }

  #script(): HTMLScriptElement | null {
    return this.host.querySelector(':scope > script[type="application/json"]');
  }

  /** The parsed inline JSON, or undefined when there is no script child. */
  read(): InlineJson | undefined {
    const script = this.#script();
    if (!script) {
      // Forget the last text, so a script removed and added back with the same text is read again.
      this.#cachedText = undefined;
      this.#cached = undefined;
      return undefined;
    }
    const text = script.textContent ?? '';
    if (text !== this.#cachedText || !this.#cached) {
      this.#cachedText = text;
      try {
        this.#cached = { ok: true, value: JSON.parse(text) as unknown };
      } catch (error) {
        this.#cached = { ok: false, error: (error as Error).message };
      }
    }
    return this.#cached;
  }
}
