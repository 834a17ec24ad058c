/**
 * Types for the raw tags in React 19 JSX (`ms-evidence-elements/jsx`): import it once, for its
 * types, and `<ms-study-card study-id="lu-2020" />` type-checks, with every property, attribute
 * and `onms-…` event handler. React 19 sets a prop as a property when the element has one (so
 * `study={record}` works) and listens to `onms-toggle` as the `ms-toggle` event.
 *
 * ```ts
 * import type {} from 'ms-evidence-elements/jsx';
 * ```
 *
 * Preact: `ms-evidence-elements/jsx/preact`. The React wrappers (`ms-evidence-elements/react`)
 * need neither.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { MsElementClasses, MsElementProps } from './jsx-types.js';

export type { MsElementClasses, MsElementProps } from './jsx-types.js';

/** React's props for each element: its own, plus everything React allows on any HTML element. */
export type ReactElementProps = {
  [K in keyof MsElementProps]: DetailedHTMLProps<HTMLAttributes<MsElementClasses[K]>, MsElementClasses[K]> & MsElementProps[K];
};

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends ReactElementProps {}
  }
}
