/**
 * Client entry for server-rendered pages: installs Lit's hydration support before any element
 * is defined, then registers every element, which take over their server-rendered markup.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
export * from './index.js';
