/**
 * Pre-renders the demo page on the server: every element becomes declarative shadow DOM, so the
 * page is complete without JavaScript, and dist/ssr/hydrate.js (built by `vite build --mode
 * hydrate`) takes the elements over in place. Usage: `npm run build:ssr`, then open
 * dist/ssr/index.html through any static server.
 */
import { readFileSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
// The built server entry, not the sources: its templates are minified exactly like the client
// script's, and Lit's hydration checks that both sides rendered the very same template.
const { preload, renderToString } = (await import('../../dist/server.js' as string)) as typeof Server;
import { fillPlainContent } from '../demo/content-html.js';
import type * as Server from '../../src/server.js';
import { TAGS } from '../../src/elements.js';
import { html } from 'lit';

const element = new RegExp(`<(${TAGS.join('|')})\\b([^>]*)>([\\s\\S]*?)</\\1\\s*>`, 'g');

await preload();
let page = readFileSync('examples/demo/index.html', 'utf8');

// Each element, rendered as it appears in the page (its attributes and light-DOM fallback).
const parts: string[] = [];
for (const match of page.matchAll(element)) {
  const [whole, tag, attrs, inner] = match as unknown as [string, string, string, string];
  const template = staticHtml`${unsafeStatic(`<${tag}${attrs}>`)}${unsafeStatic(inner)}${unsafeStatic(`</${tag}>`)}`;
  parts.push(whole, await renderToString(template));
}
for (let i = 0; i < parts.length; i += 2) page = page.replace(parts[i]!, parts[i + 1]!);

page = await fillPlainContent(page);
page = page.replace(/<script type="module" src="\.\/main\.ts"><\/script>/, '<script type="module" src="./hydrate.js"></script>');
// Server-rendered elements are complete: the placeholder styles for elements still waiting for
// their script would only add space to them before hydration.
page = page.replace(
  /\s*<!-- The library's placeholder styles[^>]*-->\s*<link rel="stylesheet" href="[^"]*ms-evidence-elements\.css" \/>/,
  '',
);

mkdirSync('dist/ssr', { recursive: true });
writeFileSync('dist/ssr/index.html', page);
copyFileSync('examples/demo/demo.css', 'dist/ssr/demo.css');
console.log(`dist/ssr/index.html: ${(page.length / 1024).toFixed(0)} KB, ${parts.length / 2} elements server-rendered`);

// A second page whose elements get their records by property on the server only, as a Lit or
// Astro page would pass them: the browser must render and hydrate them without setting them again.
const studies = JSON.parse(readFileSync('data/studies.json', 'utf8')).studies as { id: string; citation: object }[];
const lu = studies.find((s) => s.id === 'lu-2020')!;
// A title no dataset has, with markup that must stay text through the inline JSON.
const study = { ...lu, citation: { ...lu.citation, title: 'A study given by property </script><!-- on the server' } };
const treatments = JSON.parse(readFileSync('data/treatments.json', 'utf8')).treatments as { id: string }[];
const { review } = JSON.parse(readFileSync('data/page.json', 'utf8')).page;
const body = await renderToString(
  html`<ms-study-card .study=${study}></ms-study-card>
    <treatment-comparison .treatments=${treatments.filter((t) => ['natalizumab', 'ocrelizumab'].includes(t.id))}></treatment-comparison>
    <ms-review-info .review=${review}></ms-review-info>`,
);
writeFileSync(
  'dist/ssr/property.html',
  `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>Server-rendered from properties</title></head>
  <body>
    ${body}
    <script type="module" src="./hydrate.js"></script>
  </body>
</html>
`,
);
console.log('dist/ssr/property.html: 3 elements server-rendered from properties');
