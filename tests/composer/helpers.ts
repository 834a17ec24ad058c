/** Driving the composer from tests as a person would: by labels, buttons and keys. */
import { fixture, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import type { MsComposer } from '../../composer/src/composer-app.js';
import type { MsSchemaForm } from '../../composer/src/schema-form.js';
import '../../src/index.js';
import '../../composer/src/composer-app.js';

/** A fresh composer: no saved page, no page in the URL. */
export async function freshComposer(): Promise<MsComposer> {
  localStorage.clear();
  history.replaceState(null, '', location.pathname + location.search);
  const el = await fixture<MsComposer>(html`<ms-composer></ms-composer>`);
  await el.updateComplete;
  return el;
}

export const $ = <T extends Element = HTMLElement>(root: Element, selector: string): T => {
  const found = root.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
};

/** The button whose accessible text (visible and visually hidden) starts with `name`. */
export function button(root: ParentNode, name: string | RegExp): HTMLButtonElement {
  const all = [...root.querySelectorAll('button')];
  const found = all.find((b) => {
    const t = b.textContent!.replace(/\s+/g, ' ').trim();
    return typeof name === 'string' ? t.startsWith(name) : name.test(t);
  });
  if (!found) throw new Error(`no button named ${name}; there are: ${all.map((b) => b.textContent!.trim()).join(' | ')}`);
  return found;
}

/** The form control labelled `label` (its <label for> text starts with it). */
export function control<T extends HTMLElement = HTMLInputElement>(root: ParentNode, label: string): T {
  const l = [...root.querySelectorAll('label')].find((x) => x.textContent!.replace(/\s+/g, ' ').trim().startsWith(label));
  if (!l) throw new Error(`no label ${label}`);
  const target = l.htmlFor
    ? (root as Element | Document | ShadowRoot).querySelector<T>(`#${CSS.escape(l.htmlFor)}`)
    : l.querySelector<T>('input, select, textarea');
  if (!target) throw new Error(`label ${label} names no control`);
  return target;
}

/** Sets a control's value and sends the events a person's edit sends. */
export async function setValue(
  el: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement,
  value: string,
  host?: { updateComplete: Promise<unknown> },
) {
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  el.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await host?.updateComplete;
}

/** The element focused now, looking inside shadow roots. */
export function deepActive(): Element | null {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

/** Presses Tab until `check` holds for the focused element (at most `limit` presses). */
export async function tabTo(check: (el: Element) => boolean, what: string, limit = 300): Promise<Element> {
  for (let i = 0; i < limit; i++) {
    const a = deepActive();
    if (a && check(a)) return a;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${what}`);
}

/** Text of an element's accessible name candidates, squashed. */
export const squash = (el: Element | null | undefined): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

export const formOf = (composer: MsComposer): MsSchemaForm => $(composer, 'ms-schema-form');

/** Fills a field of the study form by its dotted path, as typing or choosing would. */
export async function fillField(form: MsSchemaForm, path: string, value: string): Promise<void> {
  const el = form.shadowRoot!.querySelector<HTMLInputElement>(`#field-${path.replace(/\./g, '-')}`);
  if (!el) throw new Error(`no field ${path}`);
  await setValue(el, value, form);
}

/** Adds an item to the list at `path` with its Add button. */
export async function addItem(form: MsSchemaForm, path: string): Promise<void> {
  const list = form.shadowRoot!.querySelector(`#field-${path.replace(/\./g, '-')}`);
  if (!list) throw new Error(`no list ${path}`);
  [...list.querySelectorAll<HTMLButtonElement>(':scope > button.add')][0]!.click();
  await form.updateComplete;
}

export const settle = async (root: Element) => {
  await waitUntil(() => true);
  for (const el of root.shadowRoot?.querySelectorAll('*') ?? [])
    if ('updateComplete' in el) await (el as { updateComplete: Promise<unknown> }).updateComplete;
};
