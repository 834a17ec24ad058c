/**
 * The demo: the seed clinic page rebuilt from the library's elements and the bundled data.
 * Plain content (overview, symptoms, forms) is written from data/page.json as text.
 */
import '../../src/index.js';
import page from '../../data/page.json';
import { formatDate } from '../../src/model/format.js';
import { defaultNotice } from '../../src/model/notices.js';

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] => {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  return node;
};
const byId = (id: string) => document.getElementById(id)!;

const { condition, review } = page.page;
byId('overview').append(...condition.overview.map((p) => el('p', p)));
byId('symptoms').append(...condition.symptoms.map((s) => el('li', s)));
byId('forms').append(...condition.forms.flatMap((f) => [el('dt', f.name), el('dd', f.description)]));

const reviewer = `${review.reviewer.name}, ${review.reviewer.credentials}`;
byId('review-line').textContent = `Medical review: ${reviewer}. Last reviewed ${formatDate(review.lastReviewed)}. ${review.note}`;

const notice = (kind: Parameters<typeof defaultNotice>[0], therapy?: string) => {
  const n = defaultNotice(kind, therapy ? { therapy } : {});
  const box = el('div');
  box.append(el('h3', n.heading), ...n.text.map((t) => el('p', t)));
  return box;
};
byId('research-notice').append(notice('not-approved', 'Umbilical-cord mesenchymal stem cell therapy'));
byId('disclaimer').append(notice('educational'), notice('consult'), notice('emergency'));
