/**
 * Build-time stand-in for the '@lit/localize' entry module (see the alias in vite.config.ts).
 * That module re-exports the whole localization runtime, so importing `msg` from it would ship
 * the runtime to every page; this one re-exports only what the elements call. The runtime
 * itself loads with the first translation (localize-runtime.ts).
 */
export { msg } from '@lit/localize/init/install.js';
export { str } from '@lit/localize/internal/str-tag.js';
