// A page served with a strict Content-Security-Policy and Trusted Types: every element and state
// works, and the browser reports no violation. Against the built CDN bundle.
import { expect } from '@open-wc/testing';
import { openFrame, rendered, text, until } from './helpers.js';

const POLICY = "script-src 'self'; style-src 'self'; object-src 'none'; require-trusted-types-for 'script'";
type StrictWindow = Window & { __violations: string[]; __errors: string[] };

async function openStrictPage(query = ''): Promise<{ win: StrictWindow; doc: Document }> {
  const frame = await openFrame(`/tests/e2e/pages/csp.html${query}`);
  return { win: frame.contentWindow as StrictWindow, doc: frame.contentDocument! };
}

/** The JSON-LD script an element wrote into its light DOM, if any. */
const jsonLdOf = (el: Element | undefined) => el!.querySelector(':scope > script[type="application/ld+json"]');

afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

describe('a strict page (CSP without unsafe-inline, Trusted Types required)', () => {
  it('is served with the policy', async () => {
    const response = await fetch('/tests/e2e/pages/csp.html');
    expect(response.headers.get('content-security-policy')).to.equal(POLICY);
  });

  it('renders every element and state with no violation and no error', async () => {
    const { win, doc } = await openStrictPage();
    const [strict] = await rendered(doc, '#strict');
    // The strict card shows the not-approved notice itself (no disclaimer on the page).
    await until(() => strict!.shadowRoot!.querySelector('[part~="guardrail"]'), 'the guardrail notice');
    expect(text(strict)).to.contain('is not FDA-approved for Multiple Sclerosis');
    // Structured data is written under Trusted Types.
    await until(() => jsonLdOf(strict) || win.__violations.length, 'JSON-LD');
    expect(win.__violations).to.deep.equal([]);
    expect(JSON.parse(jsonLdOf(strict)!.textContent!)['@type']).to.equal('MedicalScholarlyArticle');
    await rendered(doc, '#inline, #src, #compact, treatment-comparison, ms-review-info, medical-disclaimer');
    expect(text(doc.querySelector('#inline'))).to.contain('Inline JSON study');
    expect(text(doc.querySelector('#src'))).to.contain('Human Umbilical Cord');
    expect(text(doc.querySelector('treatment-comparison'))).to.contain('Natalizumab (Tysabri)');
    await until(() => doc.querySelector('ms-review-info > script[type="application/ld+json"]'), 'review JSON-LD');

    // Interactive parts: the disclosure, and Retry on a failed load.
    const compact = doc.querySelector('#compact')!;
    (compact.shadowRoot!.querySelector('[part~="toggle"]') as HTMLButtonElement).click();
    await (compact as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(text(compact)).to.contain('How the study was done');
    const [broken] = await rendered(doc, '#broken');
    expect(text(broken)).to.contain('(HTTP 404)');
    (broken!.shadowRoot!.querySelector('[part~="retry"]') as HTMLButtonElement).click();
    await (broken as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(text(broken)).to.contain('(HTTP 404)');

    expect(win.__errors).to.deep.equal([]);
    expect(win.__violations).to.deep.equal([]);
  });

  it('works with a trusted-types allowlist naming lit-html and ms-evidence-elements', async () => {
    const response = await fetch('/tests/e2e/pages/csp.html?trusted-types=lit-html+ms-evidence-elements');
    expect(response.headers.get('content-security-policy')).to.equal(`${POLICY}; trusted-types lit-html ms-evidence-elements`);
    const { win, doc } = await openStrictPage('?trusted-types=lit-html+ms-evidence-elements');
    const [strict] = await rendered(doc, '#strict');
    await until(() => jsonLdOf(strict) || win.__violations.length, 'JSON-LD');
    await rendered(doc, '#inline, #src, treatment-comparison, ms-review-info, medical-disclaimer');
    expect(text(doc.querySelector('#src'))).to.contain('Human Umbilical Cord');
    expect(win.__violations).to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
  });

  it('without our policy name in the allowlist, everything renders except the JSON-LD', async () => {
    const { win, doc } = await openStrictPage('?trusted-types=lit-html');
    const [strict] = await rendered(doc, '#strict');
    await until(() => win.__violations.length, 'the refused policy');
    await rendered(doc, '#inline, #src, treatment-comparison, ms-review-info, medical-disclaimer');
    expect(text(strict)).to.contain('is not FDA-approved for Multiple Sclerosis');
    expect(text(doc.querySelector('#src'))).to.contain('Human Umbilical Cord');
    expect(jsonLdOf(strict)).to.equal(null);
    expect(win.__violations.every((v) => v.startsWith('trusted-types'))).to.equal(true, win.__violations.join('\n'));
    expect(win.__errors).to.deep.equal([]);
  });

  it('reports a violation when there is one (the check itself works)', async () => {
    const { win, doc } = await openStrictPage();
    await rendered(doc, '#strict');
    const p = doc.createElement('p');
    p.setAttribute('style', 'color: red');
    doc.body.append(p);
    await new Promise((r) => setTimeout(r, 100));
    expect(win.__violations.join('\n')).to.contain('style-src');
  });
});
