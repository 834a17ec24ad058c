/** Registers `<ms-evidence-provider>` (if not already defined) and exports its class. */
import { MsEvidenceProvider } from './components/ms-evidence-provider/ms-evidence-provider.js';
import { defineElement } from './define.js';

defineElement('ms-evidence-provider', MsEvidenceProvider);

export { MsEvidenceProvider };

declare global {
  interface HTMLElementTagNameMap {
    'ms-evidence-provider': MsEvidenceProvider;
  }
}
