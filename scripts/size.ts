#!/usr/bin/env -S npx tsx
/**
 * Bundle sizes, min+gzip and brotli, of what a page downloads before anything lazy: the whole
 * library as one CMS script (Lit inside), each element's entry alone (Lit inside), and the npm
 * build (Lit external). Lazily loaded chunks (validation, the bundled dataset, structured data)
 * are listed apart: they load only when used. `--check` exits 1 when a hard budget is exceeded.
 *
 * Not size-limit: it bundles with esbuild and would either count the lazy chunks or drop the
 * shared ones; this builds with the project's own Vite config and follows static imports only.
 */
import { build, type Rollup } from 'vite';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { minifyTemplates, production, slimLocalize } from '../vite.config.js';
import { ELEMENTS } from '../src/elements.js';

const KB = 1024;
export const BUDGETS = { whole: 20 * KB, element: 14 * KB };

interface Measured {
  name: string;
  gzip: number;
  brotli: number;
  lazy: { name: string; gzip: number }[];
}

const gz = (code: string) => gzipSync(code, { level: 9 }).length;
const br = (code: string) => brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

async function measure(name: string, entry: string, external = false, only?: RegExp[]): Promise<Measured> {
  const out = (await build({
    configFile: false,
    logLevel: 'silent',
    plugins: [minifyTemplates(), production()],
    resolve: slimLocalize,
    build: {
      write: false,
      target: 'es2022',
      lib: { entry, formats: ['es'] },
      rolldownOptions: {
        ...(external
          ? { external: only ?? [/^lit(\/|$)/, /^@lit\//, /^valibot$/] }
          : { preserveEntrySignatures: 'allow-extension' as const }),
        output: { minify: true, ...(external ? {} : { comments: false }) },
      },
    },
  })) as Rollup.RollupOutput[];
  const chunks = new Map(out[0]!.output.flatMap((c) => (c.type === 'chunk' ? [[c.fileName, c] as const] : [])));
  const entryChunk = [...chunks.values()].find((c) => c.isEntry)!;
  // Everything reachable by static imports is downloaded up front; dynamic imports are lazy.
  const eager = new Set<string>();
  const visit = (file: string) => {
    if (eager.has(file)) return;
    eager.add(file);
    for (const dep of chunks.get(file)?.imports ?? []) if (chunks.has(dep)) visit(dep);
  };
  visit(entryChunk.fileName);
  const code = [...eager].map((f) => chunks.get(f)!.code);
  return {
    name,
    gzip: code.reduce((a, c) => a + gz(c), 0),
    brotli: code.reduce((a, c) => a + br(c), 0),
    lazy: [...chunks.values()]
      .filter((c) => !eager.has(c.fileName))
      .map((c) => ({ name: c.fileName.replace(/-[\w-]{8}\.js$/, ''), gzip: gz(c.code) })),
  };
}

const fmt = (bytes: number) => `${(bytes / KB).toFixed(2)} KB`;

export async function measureAll(): Promise<{ whole: Measured; elements: Measured[]; npm: Measured }> {
  const whole = await measure('whole library, CDN (Lit inside)', 'src/index.ts');
  const elements = [];
  for (const e of ELEMENTS) elements.push({ ...(await measure(`<${e.tag}> alone (Lit inside)`, `src/${e.tag}.ts`)), budget: e.budget });
  const npm = await measure('whole library, npm (Lit external)', 'src/index.ts', true);
  return { whole, elements, npm };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { whole, elements, npm } = await measureAll();
  const rows: [string, string, string, string][] = [
    [whole.name, fmt(whole.gzip), fmt(whole.brotli), `≤ ${fmt(BUDGETS.whole)}`],
    ...elements.map((e): [string, string, string, string] => [e.name, fmt(e.gzip), fmt(e.brotli), `≤ ${fmt(BUDGETS.element)}`]),
    [npm.name, fmt(npm.gzip), fmt(npm.brotli), ''],
    ...whole.lazy.map((l): [string, string, string, string] => [`  lazy: ${l.name} (loads only when used)`, fmt(l.gzip), '', '']),
  ];
  const widths = [0, 1, 2, 3].map((i) =>
    Math.max(...rows.map((r) => r[i]!.length), ['bundle', 'min+gzip', 'brotli', 'budget (gzip)'][i]!.length),
  );
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(line(['bundle', 'min+gzip', 'brotli', 'budget (gzip)']));
  for (const r of rows) console.log(line(r));
  const over = [whole.gzip > BUDGETS.whole ? whole : undefined, ...elements.filter((e) => e.gzip > BUDGETS.element)].filter(
    Boolean,
  ) as Measured[];
  // The schema library's share of the lazy model chunk (issue #2 asks for its cost): the model
  // module bundled with and without valibot. Gzip is not additive, so the difference is approximate.
  const withValibot = await measure('model', 'src/model/index.ts', true, [/^lit(\/|$)/, /^@lit\//]);
  const withoutValibot = await measure('model', 'src/model/index.ts', true);
  console.log(
    `\nvalidation library: the lazy model chunk is ${fmt(withValibot.gzip)} with valibot, ${fmt(withoutValibot.gzip)} without: valibot costs about ${fmt(withValibot.gzip - withoutValibot.gzip)}`,
  );
  for (const o of over) console.error(`over budget: ${o.name} is ${fmt(o.gzip)}`);
  if (process.argv.includes('--check') && over.length) process.exit(1);
}
