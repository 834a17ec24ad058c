/**
 * Every bare import in the published JavaScript (dist/, as npm pack ships it) names a package
 * the user's install will have: a dependency or a peer dependency of ours. Catches a module that
 * works here only because a devDependency happens to be installed. Exits non-zero naming each.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
};
const allowed = new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})]);
const NOT_SHIPPED = ['dist/ssr', 'dist/demo', 'dist/examples'];

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (NOT_SHIPPED.includes(path)) continue;
    if (statSync(path).isDirectory()) yield* files(path);
    else if (/\.m?js$/.test(name)) yield path;
  }
}

/** The package name of a bare specifier ("@scope/name/x.js" → "@scope/name"), or undefined. */
const packageOf = (spec: string) =>
  /^[./]|^[a-z]+:/.test(spec)
    ? undefined
    : spec
        .split('/')
        .slice(0, spec.startsWith('@') ? 2 : 1)
        .join('/');

const problems: string[] = [];
let checked = 0;
for (const file of files('dist')) {
  const code = readFileSync(file, 'utf8');
  for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)(["'`])([^"'`]+)\1/g)) {
    const name = packageOf(m[2]!);
    if (!name || name.startsWith('node:')) continue;
    checked++;
    if (!allowed.has(name)) problems.push(`${relative('.', file)} imports "${m[2]}", but ${name} is not a dependency or peer dependency`);
  }
}
if (problems.length) {
  console.error([...new Set(problems)].join('\n'));
  process.exit(1);
}
console.log(`check-imports: ${checked} bare imports in dist/, all from dependencies or peer dependencies`);
