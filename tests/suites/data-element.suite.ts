/**
 * One suite for every data element (Lion's `suite({ klass })` habit): each route by which data can
 * arrive, each state it can end in, asserted as a reader meets it, with an axe check per visible
 * state. Run for the registered tags (tests/data-elements.test.ts) and for the classes registered
 * under other names (tests/custom-names.test.ts): nothing may depend on the tag name.
 */
// Tag names here are static parts (lit/static-html unsafeStatic), which the lit lint rules cannot tell from bindings.
/* eslint-disable lit/binding-positions, lit/no-invalid-html */
import { expect, fixture, fixtureSync } from '@open-wc/testing';
import { html, unsafeStatic } from 'lit/static-html.js';
import { echo, part, seen } from '../helpers.js';

/** What the suite needs to know about one data element. */
export interface DataElementCase {
  /** The tag the element is registered under in this run. */
  tag: string;
  /** The tag of `<ms-evidence-provider>` in this run. */
  provider: string;
  /** The property that takes the data directly. */
  property: string;
  /** A valid document for the property, inline JSON and `src` routes. */
  record: () => unknown;
  /** A document that fails validation. */
  invalid: () => unknown;
  /** What a reader sees of `record`. */
  shows: RegExp;
  /** A provider's dataset holding the looked-up record (`lookup`), or the page's review. */
  dataset: () => unknown;
  /** What a reader sees of it through the provider. */
  provided: RegExp;
  /** Records named by an attribute: its name, an id in `dataset` and the bundled data, one in neither. */
  lookup?: { attribute: string; id: string; missing: string; shows: RegExp };
  /** What the property holds to mean "nothing" when the bare element shows a default (the comparison's seed table). */
  emptyValue?: unknown;
  /** Headings of the problem states, in the element's own words. */
  headings: { empty: string; notFound?: string; invalid: string; loadError: string };
}

export function dataElementSuite(c: DataElementCase): void {
  const tag = unsafeStatic(c.tag);
  const provider = unsafeStatic(c.provider);
  const base = (el: Element) => part(el, 'base');
  const heading = (el: Element) => seen(part(el, 'problem')?.querySelector('h1, h2, h3, h4, h5, h6'));
  const expectShown = async (el: Element, shows: RegExp) => {
    expect(seen(base(el))).to.match(shows);
    await expect(el).to.be.accessible();
  };

  describe(`<${c.tag}>: every route, every state`, () => {
    it('ready, by property', async () => {
      const el = await fixture(html`<${tag} .${unsafeStatic(c.property)}=${c.record()}></${tag}>`);
      await expectShown(el, c.shows);
    });

    it('ready, from an inline JSON child', async () => {
      const el = await fixture(html`<${tag}><script type="application/json">${unsafeStatic(JSON.stringify(c.record()))}</script></${tag}>`);
      await expectShown(el, c.shows);
    });

    it('ready, from src', async () => {
      const el = await fixture(html`<${tag} src=${echo(c.record())}></${tag}>`);
      await expectShown(el, c.shows);
    });

    it('ready, from the nearest provider', async () => {
      const lookup = c.lookup ? { [c.lookup.attribute]: c.lookup.id } : {};
      const wrapper = await fixture(
        html`<${provider} .data=${c.dataset()}><${tag} ${unsafeStatic(
          Object.entries(lookup)
            .map(([k, v]) => `${k}="${v}"`)
            .join(' '),
        )}></${tag}></${provider}>`,
      );
      const el = wrapper.querySelector(c.tag)!;
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      await expectShown(el, c.provided);
    });

    if (c.lookup) {
      const { attribute, id, missing, shows } = c.lookup;
      it('ready, from the bundled data by id', async () => {
        const el = await fixture(html`<${tag} ${unsafeStatic(`${attribute}="${id}"`)}></${tag}>`);
        await expectShown(el, shows);
      });

      it('not found', async () => {
        const el = await fixture(html`<${tag} ${unsafeStatic(`${attribute}="${missing}"`)}></${tag}>`);
        expect(heading(el)).to.equal(c.headings.notFound);
        expect(seen(base(el))).to.contain(missing);
        await expect(el).to.be.accessible();
      });
    }

    it('empty: given nothing', async () => {
      const el = await fixture(
        'emptyValue' in c ? html`<${tag} .${unsafeStatic(c.property)}=${c.emptyValue}></${tag}>` : html`<${tag}></${tag}>`,
      );
      expect(heading(el)).to.equal(c.headings.empty);
      await expect(el).to.be.accessible();
    });

    it('invalid data, by property: the element says what is wrong', async () => {
      const el = await fixture(html`<${tag} .${unsafeStatic(c.property)}=${c.invalid()}></${tag}>`);
      expect(heading(el)).to.equal(c.headings.invalid);
      expect(part(el, 'problem')!.querySelectorAll('li').length).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
    });

    it('invalid: an inline JSON child that is not JSON', async () => {
      const el = await fixture(html`<${tag}><script type="application/json">{ "not": json</script></${tag}>`);
      expect(heading(el)).to.equal(c.headings.invalid);
      // The details are for the page's editors, behind a disclosure: present, not necessarily open.
      expect(part(el, 'problem')!.textContent).to.contain('is not valid JSON');
    });

    it('invalid: a src that is not http(s) names src', async () => {
      const el = await fixture(html`<${tag} src="ftp://example.org/data.json"></${tag}>`);
      expect(heading(el)).to.equal(c.headings.invalid);
      expect(part(el, 'problem')!.textContent!.replace(/\s+/g, ' ')).to.match(/src\s?: must be an https \(or same-site http\) URL/);
    });

    it('load error: a message and Retry', async () => {
      const el = await fixture(html`<${tag} src="/test-api/status/503"></${tag}>`);
      expect(heading(el)).to.equal(c.headings.loadError);
      expect(seen(part(el, 'retry'))).to.equal('Retry');
      await expect(el).to.be.accessible();
    });

    it('loading: a status for screen readers while src is on its way', async () => {
      const el = fixtureSync(html`<${tag} src=${`/test-api/slow/x?ms=1500&n=${Math.random()}`}></${tag}>`);
      await new Promise((r) => setTimeout(r, 200));
      expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.match(/^Loading .*…$/);
      expect(el.shadowRoot!.querySelector('[aria-busy="true"]')).to.exist;
      await expect(el).to.be.accessible();
    });
  });
}
