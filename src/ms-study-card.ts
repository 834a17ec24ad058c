/** Registers `<ms-study-card>` (if not already defined) and exports its class. */
import { MsStudyCard } from './components/ms-study-card/ms-study-card.js';
import { defineElement } from './define.js';

defineElement('ms-study-card', MsStudyCard);

export { MsStudyCard };

declare global {
  interface HTMLElementTagNameMap {
    'ms-study-card': MsStudyCard;
  }
}
