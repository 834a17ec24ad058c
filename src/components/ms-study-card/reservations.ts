/**
 * How tall a study card is before it has rendered, by its own inline size: the page's placeholder
 * stylesheet reserves this before the script runs (src/cdn/ms-evidence-elements.css, generated from
 * this table by `npm run elements`), the loading skeleton takes it, and a closed card never
 * shrinks below it. So nothing below a card moves when it renders, in a phone's column, a CMS
 * content column or a wide page alike.
 *
 * Each band runs from its `below` bound up to the next wider band's. Its values are 95.5% of the
 * tallest bundled study at the narrow end of the band, so a card that size renders within 5% of
 * what was reserved; `npm run bench:layout -- --only=reservations` measures the studies and prints
 * the table again after a change to the card's layout or the bundled data.
 */
export interface Reservation {
  /** The band applies when the card is narrower than this (em); the widest band has none. */
  below?: number;
  /** A closed default card (em). */
  card: number;
  /** A closed compact card (em). */
  compact: number;
}

/** From the widest band to the narrowest (later bands win when several apply). */
export const CARD_RESERVATIONS: readonly Reservation[] = [
  { card: 37.5, compact: 17.75 },
  { below: 50, card: 38, compact: 21.75 },
  { below: 43.75, card: 41.5, compact: 23.75 },
  { below: 37.5, card: 44.25, compact: 25.25 },
  { below: 33.75, card: 51.75, compact: 28 },
  { below: 28.75, card: 55.5, compact: 32.25 },
  { below: 23.75, card: 67.75, compact: 37.75 },
  { below: 21.25, card: 67.75, compact: 42 },
  { below: 20, card: 72.75, compact: 43.25 },
  { below: 18.75, card: 87, compact: 50.25 },
];

/**
 * The placeholder's padding and border on both sides (em): its container queries measure the box
 * inside them, while the card's own styles measure the whole element.
 */
export const CARD_INSET = 2 * (1 + 0.0625);
