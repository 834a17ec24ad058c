/**
 * Types for the raw tags in Preact JSX (`ms-evidence-elements/jsx/preact`): import it once, for
 * its types, and `<ms-study-card study-id="lu-2020" />` type-checks, with every property,
 * attribute and `onms-…` event handler.
 *
 * ```ts
 * import type {} from 'ms-evidence-elements/jsx/preact';
 * ```
 */
import type { JSX as PreactJSX } from 'preact';
import type { MsElementClasses, MsElementProps } from './jsx-types.js';

export type { MsElementClasses, MsElementProps } from './jsx-types.js';

/** Preact's props for each element: its own, plus everything Preact allows on any HTML element. */
export type PreactElementProps = {
  [K in keyof MsElementProps]: PreactJSX.HTMLAttributes<MsElementClasses[K]> & MsElementProps[K];
};

declare module 'preact' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends PreactElementProps {}
  }
}
