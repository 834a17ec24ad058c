/**
 * The demo: the seed clinic page rebuilt from the library's elements and the bundled data.
 * Plain content (overview, symptoms, forms of MS) is written from data/page.json as text.
 */
import '../../src/index.js';
import page from '../../data/page.json';

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text: string): HTMLElementTagNameMap[K] => {
  const node = document.createElement(tag);
  node.textContent = text;
  return node;
};
const byId = (id: string) => document.getElementById(id)!;

const { condition } = page.page;
byId('overview').append(...condition.overview.map((p) => el('p', p)));
byId('symptoms').append(...condition.symptoms.map((s) => el('li', s)));
byId('forms').append(...condition.forms.flatMap((f) => [el('dt', f.name), el('dd', f.description)]));
