/** Registers `<ms-review-info>` (if not already defined) and exports its class. */
import { MsReviewInfo } from './components/ms-review-info/ms-review-info.js';
import { defineElement } from './define.js';

defineElement('ms-review-info', MsReviewInfo);

export { MsReviewInfo };

declare global {
  interface HTMLElementTagNameMap {
    'ms-review-info': MsReviewInfo;
  }
}
