/**
 * Server rendering: the time to render every element of the demo page to HTML with declarative
 * shadow DOM (the built dist/server.js, as examples/ssr uses it), against a plain template string
 * producing the very same HTML. The floor is derived from the output itself: its markup is kept as
 * literal parts and every text between tags becomes a value escaped at render time, the least work
 * any template engine must do for this page.
 */
import { readFileSync } from 'node:fs';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import type * as Server from '../../src/server.js';
import { median } from '../lib/browser.js';
import { TAGS } from '../../src/elements.js';

const RUNS = Number(process.env.RUNS ?? 7);

// The same escaping as Lit's server renderer (@lit-labs/ssr escapeHtml).
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeText = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
const unescapeText = (s: string) => s.replace(/&(amp|lt|gt|quot|#39);/g, (e) => Object.keys(ESCAPES).find((k) => ESCAPES[k] === e)!);

/**
 * Splits HTML into literal markup and the texts between tags. A text that escaping would not
 * reproduce (a quote written literally in a template) stays literal.
 */
function asTemplate(output: string): { parts: string[]; texts: string[] } {
  const parts: string[] = [''];
  const texts: string[] = [];
  output.split(/(?<=>)([^<]+)(?=<)/).forEach((piece, i) => {
    const text = unescapeText(piece);
    if (i % 2 === 1 && escapeText(text) === piece) {
      texts.push(text);
      parts.push('');
    } else parts[parts.length - 1] += piece;
  });
  return { parts, texts };
}

/** The floor: literal parts joined with escaped texts, as a template literal would. */
function fromTemplate({ parts, texts }: { parts: string[]; texts: string[] }): string {
  let out = parts[0]!;
  for (let i = 0; i < texts.length; i++) out += escapeText(texts[i]!) + parts[i + 1]!;
  return out;
}

export async function ssrBench(): Promise<void> {
  const { preload, renderToString } = (await import('../../dist/server.js' as string)) as typeof Server;
  await preload();
  const page = readFileSync('examples/demo/index.html', 'utf8');
  const element = new RegExp(`<(${TAGS.join('|')})\\b([^>]*)>([\\s\\S]*?)</\\1\\s*>`, 'g');
  const templates = [...page.matchAll(element)].map(
    ([, tag, attrs, inner]) => staticHtml`${unsafeStatic(`<${tag}${attrs}>`)}${unsafeStatic(inner!)}${unsafeStatic(`</${tag}>`)}`,
  );
  const renderAll = async () => {
    const out: string[] = [];
    for (const t of templates) out.push(await renderToString(t));
    return out;
  };
  const outputs = await renderAll();
  const floors = outputs.map(asTemplate);
  const floorOutputs = floors.map(fromTemplate);
  if (floorOutputs.some((o, i) => o !== outputs[i])) throw new Error('the template-string floor does not produce the same HTML');

  const lit: number[] = [];
  const floor: number[] = [];
  for (let run = -1; run < RUNS; run++) {
    let t0 = performance.now();
    await renderAll();
    const a = performance.now() - t0;
    t0 = performance.now();
    for (let k = 0; k < 100; k++) floors.map(fromTemplate);
    const b = (performance.now() - t0) / 100;
    if (run >= 0) {
      lit.push(a);
      floor.push(b);
    }
  }
  const bytes = outputs.reduce((n, o) => n + o.length, 0);
  const l = median(lit);
  const f = median(floor);
  console.log(
    `\nServer rendering: the demo page's ${templates.length} elements (${(bytes / 1024).toFixed(0)} KB of HTML), medians of ${RUNS} runs\n`,
  );
  console.table([
    {
      'dist/server.js renderToString': `${l.toFixed(1)} ms`,
      'template-string floor': `${f.toFixed(2)} ms`,
      ratio: `${(l / f).toFixed(0)}×`,
    },
  ]);
}
