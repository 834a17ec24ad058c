// One React wrapper entry per element (issue #14: `ms-evidence-elements/react` loaded all five
// elements to use one). Each src/react/<tag>.ts must reach, through its static and dynamic
// imports, the module that registers its own element and no other element's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ELEMENTS } from '../../src/elements.js';

const ROOT = resolve(import.meta.dirname, '../..');
const TAGS = ELEMENTS.map((e) => e.tag);

/** Every source file reachable from `entry` by relative imports (`import … from`, `export … from`, `import()`). */
function reachable(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:^\s*(?:import|export)\b[^'";]*?from\s*|\bimport\s*\(\s*)['"](\.{1,2}\/[^'"]+)['"]/gm)) {
      const target = resolve(dirname(file), m[1]!).replace(/\.js$/, '.ts');
      if (target.endsWith('.ts')) visit(target);
    }
  };
  visit(entry);
  return seen;
}

for (const tag of TAGS) {
  test(`ms-evidence-elements/react/${tag} registers <${tag}> and no other element`, () => {
    const files = reachable(resolve(ROOT, `src/react/${tag}.ts`));
    assert.ok(files.has(resolve(ROOT, `src/${tag}.ts`)), `reaches src/${tag}.ts`);
    for (const other of TAGS.filter((t) => t !== tag))
      assert.ok(!files.has(resolve(ROOT, `src/${other}.ts`)), `does not reach src/${other}.ts`);
  });
}

test('the all-in-one ms-evidence-elements/react reaches every element (so the check above can fail)', () => {
  const files = reachable(resolve(ROOT, 'src/react.ts'));
  for (const tag of TAGS) assert.ok(files.has(resolve(ROOT, `src/${tag}.ts`)), tag);
});
