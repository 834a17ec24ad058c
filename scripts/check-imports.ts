/**
 * Every bare import in the published JavaScript (the files npm pack lists) names a package
 * the user's install will have: a dependency or a peer dependency of ours. Catches a module that
 * works here only because a devDependency happens to be installed. Exits non-zero naming each.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
};
const allowed = new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})]);
/** The JavaScript files `npm pack` would publish (it honours `files` and `.npmignore`). */
const packed = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' })) as {
  files: { path: string }[];
}[];
const shipped = packed[0]!.files.map((f) => f.path).filter((p) => /\.m?js$/.test(p));

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
for (const file of shipped) {
  const code = readFileSync(file, 'utf8');
  // import/export statements and dynamic import() only: a bare "from" in prose or minified code
  // (`derived from "…"`) is not an import.
  for (const m of code.matchAll(/\b(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*|\(\s*)?(["'`])([^"'`\n]+)\1/g)) {
    // Skip examples in comments (a bundled library's JSDoc: "* import { x } from 'pkg'").
    const line = code.slice(code.lastIndexOf('\n', m.index) + 1, m.index).trimStart();
    if (/^(?:\*|\/\/|\/\*)/.test(line)) continue;
    const name = packageOf(m[2]!);
    if (!name || name.startsWith('node:')) continue;
    checked++;
    if (!allowed.has(name)) problems.push(`${file} imports "${m[2]}", but ${name} is not a dependency or peer dependency`);
  }
}
if (problems.length) {
  console.error([...new Set(problems)].join('\n'));
  process.exit(1);
}
console.log(`check-imports: ${checked} bare imports in ${shipped.length} published files, all from dependencies or peer dependencies`);
