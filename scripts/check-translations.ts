#!/usr/bin/env -S npx tsx
/**
 * Every built-in string has a Spanish translation, and the generated src/locales/*.ts are current.
 * Extracts the messages into a temporary folder and compares; exits 1 listing what is missing.
 * To fix: `npm run localize` (extract + build), translate new units in src/locales/xliff/es.xlf,
 * then `npm run localize` again.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, readdirSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const tmp = mkdtempSync(join(tmpdir(), 'ms-localize-'));
const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
cpSync('src/locales/xliff', join(tmp, 'xliff'), { recursive: true });
config.tsConfig = join(process.cwd(), config.tsConfig);
config.interchange.xliffDir = join(tmp, 'xliff');
config.output.outputDir = join(tmp, 'out');
config.output.localeCodesModule = join(tmp, 'out', 'locale-codes.ts');
writeFileSync(join(tmp, 'lit-localize.json'), JSON.stringify(config));
const run = (cmd: string) => execFileSync('npx', ['lit-localize', cmd, '--config', join(tmp, 'lit-localize.json')], { stdio: 'pipe' });
run('extract');
run('build');

let problems = 0;
for (const file of readdirSync(join(tmp, 'xliff'))) {
  const xlf = readFileSync(join(tmp, 'xliff', file), 'utf8');
  for (const unit of xlf.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)) {
    if (!unit[2]!.includes('<target')) {
      console.error(`${file}: no translation for ${unit[1]}: ${unit[2]!.match(/<source>([\s\S]*?)<\/source>/)?.[1]}`);
      problems++;
    }
  }
  const repo = readFileSync(join('src/locales/xliff', file), 'utf8');
  if (repo !== xlf) {
    console.error(`src/locales/xliff/${file} is not up to date with the source: run npm run localize`);
    problems++;
  }
}
for (const file of readdirSync(join(tmp, 'out'))) {
  const fresh = readFileSync(join(tmp, 'out', file), 'utf8').replace(new RegExp(tmp.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'), '');
  const current = readFileSync(join('src/locales', file), 'utf8');
  if (file.endsWith('.ts') && file !== 'locale-codes.ts' && fresh !== current) {
    console.error(`src/locales/${file} is out of date: run npm run localize`);
    problems++;
  }
}
if (problems) process.exit(1);
console.log('translations: every message translated, generated locale modules current');
