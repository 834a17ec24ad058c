/**
 * The CMS loader (dist/cdn/loader.js): registers only the elements a page uses, loading each on
 * demand, including elements a CMS adds later. It also upgrades the class-based fallback for
 * editors that strip custom elements or attributes:
 *
 * ```html
 * <div class="ms-study-card" data-study-id="lu-2020" data-compact>…</div>
 * ```
 *
 * becomes `<ms-study-card study-id="lu-2020" compact>…</ms-study-card>`, keeping its children
 * (the fallback link, an inline JSON script).
 */
import { ELEMENTS } from './elements.js';
import { preloadUsed } from './preload.js';

const TAGS = Object.keys(ELEMENTS);
const requested = new Set<string>();

const pending = new WeakSet<Element>();

/**
 * Replaces `<div class="ms-study-card" data-study-id="…">` with the element itself, once its
 * definition has loaded. Only `data-*` names that are attributes of that element are carried
 * over (its `observedAttributes`, and `theme`, which only its styles read), plus `id`, `lang`,
 * `dir` and every class but the marker (so a theme's `alignwide` keeps working): an editor's
 * `data-onclick` or `data-style` never becomes an event handler or a style, and a misspelt name
 * is reported on the console instead of vanishing.
 */
export function upgradeFallbacks(root: ParentNode): void {
  for (const old of root.querySelectorAll<HTMLElement>(TAGS.map((t) => `.${t}`).join(','))) {
    const tag = TAGS.find((t) => old.classList.contains(t))!;
    if (old.localName === tag || pending.has(old)) continue;
    if (customElements.get(tag)) {
      upgrade(old, tag);
      continue;
    }
    pending.add(old);
    requested.add(tag);
    ELEMENTS[tag]!()
      .then(() => customElements.whenDefined(tag))
      .then(
        () => {
          pending.delete(old);
          upgrade(old, tag);
        },
        () => {
          // Offline or blocked: the fallback stays as it is (its link still works); a later
          // change to the page tries again.
          pending.delete(old);
          requested.delete(tag);
        },
      );
  }
}

function upgrade(old: HTMLElement, tag: string): void {
  // Out of the page (a CMS moving things around): upgraded when it comes back.
  if (!old.isConnected) return;
  const known = [...((customElements.get(tag) as unknown as { observedAttributes?: string[] }).observedAttributes ?? []), 'theme'];
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(old.dataset)) {
    // data-study-id → study-id; an empty data attribute is a boolean flag (data-compact).
    const name = key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    if (known.includes(name)) el.setAttribute(name, value ?? '');
    else console.warn(`<${tag}> fallback: data-${name} is not an attribute of this element; it was ignored.`);
  }
  for (const name of ['id', 'lang', 'dir']) {
    const value = old.getAttribute(name);
    if (value !== null) el.setAttribute(name, value);
  }
  // The page's own classes (alignwide, alignfull, a theme's), not the marker class: the element
  // is what the marker asked for.
  const classes = [...old.classList].filter((c) => c !== tag);
  if (classes.length) el.className = classes.join(' ');
  el.append(...old.childNodes);
  old.replaceWith(el);
}

/** Loads the definitions of the elements present under `root`. */
export function defineUsed(root: ParentNode): void {
  preloadUsed(root, TAGS);
  upgradeFallbacks(root);
  for (const tag of TAGS) {
    if (!requested.has(tag) && !customElements.get(tag) && root.querySelector(tag)) {
      requested.add(tag);
      ELEMENTS[tag]!().catch(() => requested.delete(tag));
    }
  }
}

defineUsed(document);
new MutationObserver((records) => {
  for (const r of records) for (const node of r.addedNodes) if (node instanceof Element) defineUsed(node.parentNode ?? node);
}).observe(document.documentElement, { childList: true, subtree: true });
