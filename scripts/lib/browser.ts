/**
 * For the measuring scripts (memory, bench): a static file server over the repository and
 * Debian's Chromium driven by puppeteer-core, with the same flags as the tests.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import puppeteer, { type Browser } from 'puppeteer-core';
import { CHROMIUM_FLAGS, DEFAULT_CHROME_PATH } from '../chromium-check.mjs';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/**
 * Serves the repository root on 127.0.0.1; `pages` adds HTML pages by path; `delay` holds back
 * chosen responses (milliseconds by path), to simulate scripts that arrive late; `production`
 * serves as a real host would: gzip when the browser accepts it, and a year's cache for files
 * with a content hash in their name (Vite's assets/).
 */
export async function serve(
  root: string,
  pages: Record<string, string> = {},
  { delay, production = false }: { delay?: (path: string) => number; production?: boolean } = {},
): Promise<{ url: string; server: Server }> {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const wait = delay?.(path) ?? 0;
    if (wait) await new Promise((r) => setTimeout(r, wait));
    if (pages[path] !== undefined) {
      res.writeHead(200, { 'content-type': TYPES['.html']! }).end(pages[path]);
      return;
    }
    const file = normalize(join(root, path));
    if (!file.startsWith(root)) return void res.writeHead(403).end();
    try {
      let body = await readFile(file);
      const headers: Record<string, string> = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
      if (production) {
        // Vite names every file in assets/ with a content hash, so it can be cached for good.
        if (path.includes('/assets/')) headers['cache-control'] = 'public, max-age=31536000, immutable';
        const compressible = /^(text\/|application\/json|image\/svg)/.test(headers['content-type']!);
        if (compressible && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
          body = gzipSync(body);
          headers['content-encoding'] = 'gzip';
          headers.vary = 'accept-encoding';
        }
      }
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, server };
}

/** The Chromium the tests use: CHROME_PATH, or Debian's /usr/bin/chromium. */
export const chromePath = (): string => process.env.CHROME_PATH || DEFAULT_CHROME_PATH;

/** Runs `command` (an npm build) when `file`, its output, is missing. */
export function buildIfMissing(file: string, command: string): void {
  if (!existsSync(file)) execSync(command, { stdio: 'inherit' });
}

/** Launches Chromium (CHROME_PATH or /usr/bin/chromium), headless. */
export function launch(extraArgs: string[] = []): Promise<Browser> {
  return puppeteer.launch({
    executablePath: chromePath(),
    headless: true,
    args: [...CHROMIUM_FLAGS, ...extraArgs],
  });
}

/** Median of a list of numbers. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
