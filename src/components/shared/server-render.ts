/**
 * What an element needs to take over markup rendered on the server (declarative shadow DOM):
 *
 * - **Data given by property survives the trip.** A property set on the server (`.study=${…}`
 *   in a Lit template, Astro's props) does not exist in the browser, and the page should not
 *   have to set it again. The server writes the value into the shadow root as inline JSON; the
 *   element reads it back before its first update, so it renders, and hydrates, exactly what the
 *   server rendered.
 * - **No second copy without hydration support.** Lit reuses a declarative shadow root and, unless
 *   `@lit-labs/ssr-client/lit-element-hydrate-support.js` ran first (the `/hydrate` entry), renders
 *   beside the server's markup. The element then replaces that markup in the same frame as its
 *   first render (one copy, no flash) and warns once in development.
 * - **No second copy when the browser knows better.** The elements hydrate the state the server
 *   rendered (they wait for what that state needs, see DataSourceController.shouldUpdate). When
 *   the browser's data differs from the server's (a provider whose `src` fails, an inline JSON
 *   child the server never saw), Lit's hydration fails on the first render; the element then
 *   replaces the server's markup with its own in the same update (`update`), instead of
 *   leaving Lit to render a second copy beside it.
 */
import { isServer, nothing, type LitElement, type ReactiveController } from 'lit';
import type { DirectiveResult } from 'lit/directive.js';
import { DEV_MODE } from './dev-mode.js';
import { warnOnce } from './dev.js';
import { lazyModule } from './loaders.js';

/**
 * Writes the inline JSON on the server only: loaded by `preload()` (server.ts) with the other
 * lazy modules, never in a browser.
 */
const UNSAFE_HTML = lazyModule(() => import('lit/directives/unsafe-html.js'));

/** Set on every element rendered on the server (declarative shadow DOM). */
export const SERVER_RENDERED_ATTRIBUTE = 'data-ms-ssr';

/** Marks the inline JSON written by the server into a shadow root. */
const DATA_ATTRIBUTE = 'data-ms-server-data';

let warned = false;

/**
 * Whether Lit's hydration support patched LitElement before this element's class was defined.
 * Its one public trace is the `defer-hydration` attribute it adds to every LitElement's observed
 * attributes (the flag it sets on instances has a different, minified name in production builds).
 */
const hydrationSupported = (host: HTMLElement): boolean =>
  (host.constructor as { observedAttributes?: string[] }).observedAttributes?.includes('defer-hydration') ?? false;

export class ServerRenderController implements ReactiveController {
  /** Server markup this element must replace because hydration support is not loaded. */
  #replaceServerMarkup = false;
  /** The next update hydrates server markup (Lit's hydration support is loaded). */
  #hydrating = false;

  /**
   * @param host The element.
   * @param dataProperty The property that carries its data, written as inline JSON on the server.
   */
  constructor(
    private readonly host: LitElement,
    private readonly dataProperty?: string,
  ) {
    host.addController(this);
    // Marks server-rendered hosts, so the placeholder stylesheet (ms-evidence-elements.css) does
    // not reserve space around content that is already there: no shift when the script arrives.
    if (isServer) host.setAttribute(SERVER_RENDERED_ATTRIBUTE, '');
  }

  hostConnected(): void {
    if (isServer || this.host.hasUpdated) return;
    const root = this.host.shadowRoot;
    if (!root?.firstChild) return;
    this.#readServerData(root);
    this.#hydrating = hydrationSupported(this.host);
    if (!this.#hydrating) {
      this.#replaceServerMarkup = true;
      if (DEV_MODE && !warned) {
        warned = true;
        warnOnce(
          this.host.localName,
          'ms-not-hydrated',
          'server-rendered markup',
          '',
          "Lit's hydration support is not loaded, so the elements replaced their server-rendered content instead of hydrating it. " +
            "Load 'ms-evidence-elements/hydrate' (or '@lit-labs/ssr-client/lit-element-hydrate-support.js') before any other module that imports Lit.",
        );
      }
    }
  }

  /** Just before the first render: removes server markup that Lit would otherwise render beside. */
  hostUpdate(): void {
    if (!this.#replaceServerMarkup) return;
    this.#replaceServerMarkup = false;
    this.host.shadowRoot?.replaceChildren();
    // LitElement renders before the first node it found in its root: that node is gone now.
    this.host.renderOptions.renderBefore = null;
  }

  /**
   * Runs the host's `update` (call it from the host's override with `() => super.update(changed)`).
   * If hydrating the server's markup fails because the browser renders something else, removes
   * that markup (the server's styles stay: with hydration support they are the element's only
   * styles) and renders afresh: one copy, in the same frame.
   */
  update(run: () => void): void {
    if (!this.#hydrating) return run();
    this.#hydrating = false;
    try {
      run();
    } catch (error) {
      const root = this.host.shadowRoot;
      if (!root) throw error;
      for (const node of [...root.childNodes]) if (!(node instanceof HTMLStyleElement)) node.remove();
      this.host.renderOptions.renderBefore = null;
      // Lit's hydration has handed over to plain rendering: this run renders into the emptied root.
      run();
      if (DEV_MODE) {
        warnOnce(
          this.host.localName,
          'ms-hydration-replaced',
          'server-rendered markup',
          '',
          `the browser renders other content than the server did (${error instanceof Error ? error.message : String(error)}), so the element replaced it. ` +
            'Expected when the data differs in the browser (a provider that fails to load, an inline JSON child); otherwise report it.',
        );
      }
    }
  }

  /**
   * On the server, the data property's value as an inline JSON script, for the element's shadow
   * root; in the browser, nothing (the script the server wrote stays where it is, inert).
   * Render it first in the element's template.
   */
  dataScript(): DirectiveResult | typeof nothing {
    const writer = isServer && this.dataProperty ? UNSAFE_HTML.get() : undefined;
    if (!writer) return nothing;
    const value = (this.host as unknown as Record<string, unknown>)[this.dataProperty!];
    if (value === undefined) return nothing;
    // "<" escaped: no "</script>" or "<!--" can end the script early, whatever the strings hold.
    const json = JSON.stringify(value).replace(/</g, '\\u003c');
    return writer.unsafeHTML(`<script type="application/json" ${DATA_ATTRIBUTE}>${json}</script>`);
  }

  #readServerData(root: ShadowRoot): void {
    if (!this.dataProperty) return;
    const host = this.host as unknown as Record<string, unknown>;
    if (host[this.dataProperty] !== undefined) return;
    const script = root.querySelector(`script[${DATA_ATTRIBUTE}]`);
    if (!script) return;
    try {
      host[this.dataProperty] = JSON.parse(script.textContent ?? '') as unknown;
    } catch {
      // Written by JSON.stringify on the server: unreadable only if something rewrote the page.
      // The element then shows its designed "no data" state and warns, as for any missing data.
    }
  }
}
