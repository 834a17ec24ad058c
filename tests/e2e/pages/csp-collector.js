// Collects Content-Security-Policy violations and errors for the strict-page test. An external
// file, because the page's policy allows no inline script.
/** @type {string[]} */
const violations = [];
/** @type {string[]} */
const errors = [];
Object.assign(window, { __violations: violations, __errors: errors });
document.addEventListener('securitypolicyviolation', (e) => {
  violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber} ${e.sample}`);
});
addEventListener('error', (e) => errors.push(String(e.message || e)));
addEventListener('unhandledrejection', (e) => errors.push(String((e.reason && e.reason.message) || e.reason)));
