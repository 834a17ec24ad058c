// The element registry is the one list of elements: a sixth element added to it is caught in
// every derived place until that place follows (node --test; part of npm test).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { ELEMENTS, type ElementEntry } from '../../src/elements.js';
import { check, derive, type Reader } from '../../scripts/elements.js';
import { registryProblems, type Manifest } from '../../scripts/check-manifest.js';
import { npmEntries } from '../../vite.config.js';

const disk: Reader = (path) => (existsSync(path) ? readFileSync(path, 'utf8') : undefined);

/** A made-up sixth element, as a maintainer would add it: one registry entry… */
const SIXTH: ElementEntry = {
  tag: 'ms-trial-timeline',
  className: 'MsTrialTimeline',
  react: { name: 'TrialTimeline', events: ['ms-toggle'] },
  placeholder: { display: 'block', rules: [{ css: 'min-block-size: 12em;' }] },
  inlineJson: true,
  budget: 14 * 1024,
};
const withSixth = [...ELEMENTS, SIXTH];
/** …plus its folder. */
const FOLDER = 'src/components/ms-trial-timeline/ms-trial-timeline.ts';
const CLASS = `/**\n * @summary A trial's milestones.\n * @tagname ms-trial-timeline\n */\nexport class MsTrialTimeline extends HTMLElement {}\n`;

const DERIVED = [
  'src/ms-trial-timeline.ts',
  'src/react/ms-trial-timeline.ts',
  'src/react.ts',
  'src/cdn/elements.ts',
  'src/cdn/ms-evidence-elements.css',
  'src/index.ts',
  'package.json',
];
const place = (problem: string) => problem.slice(0, problem.indexOf(':'));

test('the repository is in step with the registry', async () => {
  assert.deepEqual(await check(ELEMENTS, disk), []);
});

test('a sixth registry entry alone: every generated place and the missing folder are reported', async () => {
  const problems = await check(withSixth, disk);
  assert.deepEqual(problems.map(place).sort(), [...DERIVED, FOLDER].sort());
});

test('a sixth element with its folder and generated files passes; each generated place left out is caught', async () => {
  const files = await derive(withSixth, disk);
  files.set(FOLDER, CLASS);
  const generated: Reader = (path) => files.get(path) ?? disk(path);
  assert.deepEqual(await check(withSixth, generated), []);
  // What the generated files say about it.
  assert.match(files.get('src/ms-trial-timeline.ts')!, /defineElement\('ms-trial-timeline', MsTrialTimeline\)/);
  assert.match(files.get('src/cdn/elements.ts')!, /'ms-trial-timeline': \(\) => import\('\.\.\/ms-trial-timeline\.js'\)/);
  assert.match(
    files.get('src/cdn/ms-evidence-elements.css')!,
    /ms-trial-timeline:not\(:defined\):not\(\[data-ms-ssr\]\),\n\.ms-trial-timeline:not\(ms-trial-timeline\) \{\n {2}min-block-size: 12em;/,
  );
  assert.match(files.get('src/react/ms-trial-timeline.ts')!, /export const TrialTimeline = createComponent/);
  const pkg = JSON.parse(files.get('package.json')!) as { exports: Record<string, unknown>; sideEffects: string[] };
  for (const key of ['./ms-trial-timeline', './ms-trial-timeline/class', './react/ms-trial-timeline']) assert.ok(pkg.exports[key], key);
  assert.ok(pkg.sideEffects.includes('./dist/ms-trial-timeline.js'));
  for (const missed of DERIVED) {
    const problems = await check(withSixth, (path) => (path === missed ? disk(path) : generated(path)));
    assert.deepEqual(problems.map(place), [missed], `leaving ${missed} as it was`);
  }
  const noFolder = await check(withSixth, (path) => (path === FOLDER ? undefined : generated(path)));
  assert.deepEqual(noFolder.map(place), [FOLDER]);
  const wrongClass = await check(withSixth, (path) => (path === FOLDER ? CLASS.replace('MsTrialTimeline', 'Timeline') : generated(path)));
  assert.match(wrongClass.join('\n'), /does not export class MsTrialTimeline/);
});

test('places that read the registry directly follow it: Vite entries and the manifest check', () => {
  const entries = npmEntries(withSixth);
  for (const name of ['ms-trial-timeline', 'class/ms-trial-timeline', 'react/ms-trial-timeline']) assert.ok(entries[name], name);
  assert.ok(entries['class/ms-trial-timeline']!.endsWith(FOLDER));
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8')) as Manifest;
  assert.deepEqual(registryProblems(manifest), []);
  assert.deepEqual(registryProblems(manifest, withSixth), ['ms-trial-timeline: missing from the manifest']);
});
