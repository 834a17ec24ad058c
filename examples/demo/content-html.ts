/**
 * The demo's plain content (examples/demo/content.ts) rendered to HTML in Node and filled into the
 * page, so it is there before any script runs: used by the Vite demo (dev and build) and by the
 * server-rendered example. Nothing on the page then moves when the scripts arrive.
 */
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { plainContent } from './content.js';

/** Fills each empty `<tag id="…"></tag>` placeholder named in plainContent. */
export async function fillPlainContent(page: string): Promise<string> {
  for (const [id, template] of Object.entries(plainContent)) {
    // Lit's hydration markers are not needed: this content is never hydrated.
    const content = (await collectResult(render(template()))).replace(/<!--\/?lit-part[^>]*-->|<!--lit-node \d+-->/g, '');
    page = page.replace(
      new RegExp(`(<([a-z]+) id="${id}">)(</\\2>)`),
      (_m, open: string, _tag: string, close: string) => open + content + close,
    );
  }
  return page;
}
