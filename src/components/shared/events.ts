/**
 * The events the elements fire, typed in one place. All bubble and cross shadow boundaries, and
 * fire on user action only.
 */

/** Detail of `ms-toggle`: a disclosure opened or closed. */
export interface MsToggleDetail {
  open: boolean;
}

/** Detail of `ms-treatment-select`: a reader pressed an option's header in a comparison. */
export interface MsTreatmentSelectDetail {
  /** The option pressed. */
  id: string;
  /** True when it is now selected, false when pressing it again cleared the choice. */
  selected: boolean;
}

/** Creates a bubbling, composed `CustomEvent`. */
export const msEvent = <T>(type: keyof MsEventMap, detail: T): CustomEvent<T> =>
  new CustomEvent<T>(type, { detail, bubbles: true, composed: true });

export interface MsEventMap {
  'ms-toggle': CustomEvent<MsToggleDetail>;
  'ms-treatment-select': CustomEvent<MsTreatmentSelectDetail>;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends MsEventMap {}
}
