/**
 * JSON-LD for the `structured-data` attribute, loaded only by pages that ask for it: the model's
 * builders, and the one place that writes them into the page (a DOM and Trusted Types concern, so
 * it lives here and the model stays pure).
 */
import { jsonLdText, type JsonLd } from '../../model/structured-data.js';

export { studyJsonLd, comparisonJsonLd, reviewJsonLd, treatmentJsonLd, type JsonLd } from '../../model/structured-data.js';

/**
 * Keeps an element's generated JSON-LD script child in step with its data: written when there is
 * data, updated when it changes, removed when there is none.
 */
export function writeJsonLd(host: Element, data: JsonLd | undefined): void {
  const script = host.querySelector<HTMLScriptElement>(':scope > script[data-ms-generated]');
  if (!data) return script?.remove();
  const text = jsonLdText(data);
  if (script?.textContent === text) return;
  const next = script ?? Object.assign(document.createElement('script'), { type: 'application/ld+json' });
  next.dataset.msGenerated = '';
  next.text = scriptText(text) as string;
  if (!script) host.append(next);
}

interface TrustedTypePolicyFactory {
  createPolicy(name: string, rules: { createScript(input: string): string }): { createScript(input: string): unknown };
}
let policy: { createScript(input: string): unknown } | undefined;

/**
 * Script text is a Trusted Types sink: on a page with `require-trusted-types-for 'script'`,
 * JSON-LD goes through the library's own policy, "ms-evidence-elements" (a page that lists
 * allowed policies in `trusted-types` adds this name). The policy passes only JSON, and only
 * this module can reach it.
 */
function scriptText(json: string): unknown {
  const tt = (globalThis as { trustedTypes?: TrustedTypePolicyFactory }).trustedTypes;
  if (!tt) return json;
  policy ??= tt.createPolicy('ms-evidence-elements', {
    createScript: (input) => (JSON.parse(input), input),
  });
  return policy.createScript(json);
}
