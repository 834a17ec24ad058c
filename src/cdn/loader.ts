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
const ELEMENTS: Record<string, () => Promise<unknown>> = {
  'ms-study-card': () => import('../ms-study-card.js'),
  'treatment-comparison': () => import('../treatment-comparison.js'),
  'medical-disclaimer': () => import('../medical-disclaimer.js'),
  'ms-review-info': () => import('../ms-review-info.js'),
  'ms-evidence-provider': () => import('../ms-evidence-provider.js'),
};
const TAGS = Object.keys(ELEMENTS);
const requested = new Set<string>();

/** Replaces `<div class="ms-study-card" data-study-id="…">` with the element itself. */
export function upgradeFallbacks(root: ParentNode): void {
  for (const old of root.querySelectorAll<HTMLElement>(TAGS.map((t) => `.${t}`).join(','))) {
    const tag = TAGS.find((t) => old.classList.contains(t))!;
    if (old.localName === tag) continue;
    const el = document.createElement(tag);
    for (const [name, value] of Object.entries(old.dataset)) {
      // data-study-id → study-id; an empty data attribute is a boolean flag (data-compact).
      el.setAttribute(
        name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`),
        value ?? '',
      );
    }
    if (old.id) el.id = old.id;
    el.append(...old.childNodes);
    old.replaceWith(el);
  }
}

/** Loads the definitions of the elements present under `root`. */
export function defineUsed(root: ParentNode): void {
  upgradeFallbacks(root);
  for (const tag of TAGS) {
    if (!requested.has(tag) && !customElements.get(tag) && root.querySelector(tag)) {
      requested.add(tag);
      void ELEMENTS[tag]!();
    }
  }
}

defineUsed(document);
new MutationObserver((records) => {
  for (const r of records) for (const node of r.addedNodes) if (node instanceof Element) defineUsed(node.parentNode ?? node);
}).observe(document.documentElement, { childList: true, subtree: true });
