/**
 * Registers a custom element unless a element of that name is already defined, so loading the
 * library twice (two bundles, two versions, a CMS plugin and a theme) never throws.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, constructor);
}
