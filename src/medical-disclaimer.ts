/** Registers `<medical-disclaimer>` (if not already defined) and exports its class. */
import { MedicalDisclaimer } from './components/medical-disclaimer/medical-disclaimer.js';
import { defineElement } from './define.js';

defineElement('medical-disclaimer', MedicalDisclaimer);

export { MedicalDisclaimer };

declare global {
  interface HTMLElementTagNameMap {
    'medical-disclaimer': MedicalDisclaimer;
  }
}
