#!/usr/bin/env node
// Makes sure the browser for the test suite is there: installs Debian's Chromium when running as
// root, otherwise stops with one line saying what to do. Exit code 0 means "ready".
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { decideChromium, DEFAULT_CHROME_PATH } from './chromium-check.mjs';

const fromEnv = Boolean(process.env.CHROME_PATH);
const path = process.env.CHROME_PATH || DEFAULT_CHROME_PATH;
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const decision = decideChromium({ path, exists: existsSync(path), isRoot, fromEnv });

if (decision.action === 'stop') {
  console.error(decision.message);
  process.exit(1);
}
if (decision.action === 'install') {
  console.error(decision.message);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execSync('apt-get update -qq && apt-get install -y -qq chromium', { stdio: 'inherit', env, shell: '/bin/bash' });
  if (!existsSync(path)) {
    console.error(`apt-get finished but ${path} is still missing; set CHROME_PATH to a Chromium binary.`);
    process.exit(1);
  }
}
