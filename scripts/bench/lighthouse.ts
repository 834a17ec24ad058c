/**
 * Lighthouse 12 on the built demo page (dist/demo), in Debian's Chromium: performance and
 * accessibility scores (goal 100 and 100), with the metrics behind the performance score and any
 * audit that did not pass. Mobile settings with Lighthouse's simulated throttling, its default.
 */
import { execFileSync } from 'node:child_process';
import { CHROMIUM_FLAGS, DEFAULT_CHROME_PATH } from '../chromium-check.mjs';
import { serve } from '../lib/browser.js';

interface Audit {
  title: string;
  score: number | null;
  scoreDisplayMode: string;
  displayValue?: string;
}
interface Report {
  categories: Record<string, { score: number; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, Audit>;
}

export async function lighthouseBench(): Promise<void> {
  const { url, server } = await serve(process.cwd());
  try {
    const chromePath = process.env.CHROME_PATH || DEFAULT_CHROME_PATH;
    const out = execFileSync(
      'npx',
      [
        'lighthouse',
        `${url}/dist/demo/index.html`,
        '--only-categories=performance,accessibility',
        '--output=json',
        '--output-path=stdout',
        '--quiet',
        `--chrome-flags=--headless=new ${CHROMIUM_FLAGS.join(' ')}`,
      ],
      { env: { ...process.env, CHROME_PATH: chromePath }, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' },
    );
    const report = JSON.parse(out) as Report;
    const score = (c: string) => Math.round((report.categories[c]?.score ?? 0) * 100);
    const metric = (id: string) => report.audits[id]?.displayValue ?? 'n/a';
    console.log('\nLighthouse 12 on the built demo page (mobile, simulated throttling)\n');
    console.table([
      {
        performance: score('performance'),
        accessibility: score('accessibility'),
        FCP: metric('first-contentful-paint'),
        LCP: metric('largest-contentful-paint'),
        TBT: metric('total-blocking-time'),
        CLS: metric('cumulative-layout-shift'),
        goal: '100 / 100',
      },
    ]);
    const failing = Object.values(report.categories)
      .flatMap((c) => c.auditRefs)
      .map((r) => report.audits[r.id]!)
      .filter((a) => a.score !== null && a.score < 0.9 && ['binary', 'numeric', 'metricSavings'].includes(a.scoreDisplayMode));
    if (failing.length)
      console.log(`Below 90: ${failing.map((a) => `${a.title}${a.displayValue ? ` (${a.displayValue})` : ''}`).join('; ')}`);
  } finally {
    server.close();
  }
}
