/** Registers `<treatment-comparison>` (if not already defined) and exports its class. */
import { TreatmentComparison } from './components/treatment-comparison/treatment-comparison.js';
import { defineElement } from './define.js';

defineElement('treatment-comparison', TreatmentComparison);

export { TreatmentComparison };

declare global {
  interface HTMLElementTagNameMap {
    'treatment-comparison': TreatmentComparison;
  }
}
