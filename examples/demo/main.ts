/**
 * The demo: the seed clinic page rebuilt from the library's elements and the bundled data.
 * A server-rendered copy (examples/ssr) already holds the plain content; here it is rendered
 * only when missing.
 */
import { render } from 'lit';
import '../../src/index.js';
import { plainContent } from './content.js';

for (const [id, template] of Object.entries(plainContent)) {
  const target = document.getElementById(id);
  if (target && !target.childElementCount) render(template(), target);
}
