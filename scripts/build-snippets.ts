/**
 * Static snippets for CMS pages (dist/snippets/, `npm run build:snippets`, part of `npm run
 * build`): each bundled study, comparison and disclaimer pre-rendered as declarative shadow DOM,
 * with the upgrade lines. Pasted into a Custom HTML block, a snippet shows its key facts and the
 * regulatory label with no JavaScript at all; where JavaScript runs, loader.js defines the
 * element and it takes the content over in place.
 *
 * Rendered by the built server entry (dist/server.js), whose templates are minified exactly like
 * the CDN's, so the element re-renders the very same content: no shift, no second copy. The
 * snippet format (comment, fallback link, upgrade lines) is scripts/static-snippet.ts, shared with
 * the composer, which writes the same kind of snippet for the page an editor composed.
 * Also writes index.html (every snippet on one page, with the upgrade lines) and snippets.json
 * (the list, for tools such as the composer).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import type * as Server from '../src/server.js';
import { fallbackLink, snippetFile } from './static-snippet.js';

const { preload, renderToString } = (await import('../dist/server.js' as string)) as typeof Server;

const OUT = 'dist/snippets';
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const read = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;
const studies = read<{ studies: { id: string; citation: { title: string; url?: string; doi?: string; pmid?: string } }[] }>(
  'data/studies.json',
).studies;
const treatments = read<{ treatments: { id: string; category: string }[] }>('data/treatments.json').treatments;

/** Where the page hosts dist/cdn/ (as in the README); the comment in each snippet says to change it. */
const CDN = '/assets/ms-evidence-elements';

interface Snippet {
  /** Path under dist/snippets/. */
  file: string;
  element: string;
  /** What it shows, for a list. */
  label: string;
  /** The element as an editor would write it (attributes, fallback link). */
  source: string;
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

const snippets: Snippet[] = [
  ...studies.map((s) => ({
    file: `ms-study-card/${s.id}.html`,
    element: 'ms-study-card',
    label: `Study: ${s.citation.title}`,
    source: `<ms-study-card study-id="${escapeAttr(s.id)}">${fallbackLink(s.citation)}</ms-study-card>`,
  })),
  {
    file: 'treatment-comparison/categories.html',
    element: 'treatment-comparison',
    label: 'Comparison: the categories of MS care',
    source: '<treatment-comparison caption="Categories of MS care compared"></treatment-comparison>',
  },
  ...[...new Set(treatments.map((t) => t.category))].map((category) => ({
    file: `treatment-comparison/${category}.html`,
    element: 'treatment-comparison',
    label: `Comparison: ${category.replace(/-/g, ' ')}`,
    source: `<treatment-comparison category="${escapeAttr(category)}"></treatment-comparison>`,
  })),
  ...(['educational', 'not-approved', 'consult', 'emergency'] as const).map((kind) => ({
    file: `medical-disclaimer/${kind}.html`,
    element: 'medical-disclaimer',
    label: `Disclaimer: ${kind.replace('-', ' ')}`,
    source: `<medical-disclaimer kind="${kind}"${kind === 'not-approved' ? ' therapy="Stem cell therapy"' : ''}></medical-disclaimer>`,
  })),
];

await preload();
rmSync(OUT, { recursive: true, force: true });
const rendered: string[] = [];
for (const s of snippets) {
  const markup = await renderToString(staticHtml`${unsafeStatic(s.source)}`);
  const body = snippetFile({ version, label: s.label, cdn: CDN }, markup);
  mkdirSync(join(OUT, dirname(s.file)), { recursive: true });
  writeFileSync(join(OUT, s.file), body);
  rendered.push(`<section>\n<h2>${escapeText(s.label)}</h2>\n${markup}\n</section>`);
}

writeFileSync(
  join(OUT, 'snippets.json'),
  JSON.stringify(
    snippets.map(({ file, element, label }) => ({ file, element, label })),
    null,
    2,
  ) + '\n',
);
writeFileSync(
  join(OUT, 'index.html'),
  `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>ms-evidence-elements ${version}: pre-rendered snippets</title>
  </head>
  <body>
    <main>
      <h1>Pre-rendered snippets</h1>
${rendered.join('\n')}
    </main>
    <script type="module" src="../cdn/loader.js"></script>
  </body>
</html>
`,
);
console.log(
  `${OUT}: ${snippets.length} snippets (${snippets
    .map((s) => s.file.split('/')[0])
    .join(', ')
    .replace(/(\b[\w-]+\b)(, \1)+/g, '$1')})`,
);
