/**
 * Client entry for server-rendered pages: installs Lit's hydration support, then registers every
 * element, and the elements take over their server-rendered markup in place.
 *
 * The elements are imported dynamically on purpose: Lit must evaluate after the hydration support,
 * and a static import lets a bundler hoist the shared chunks (and Lit with them) above it. Load
 * this module before anything else that imports Lit or the elements; import the element classes,
 * if you need them, from the package's main entry.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';

/** Resolves once every element is defined (and has started hydrating). */
export const ready: Promise<void> = import('./index.js').then(() => undefined);
