// End-to-end tests against the built artefacts (dist/), in Debian's Chromium.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_FLAGS, DEFAULT_CHROME_PATH } from './scripts/chromium-check.mjs';

/** The strict-page test: its page is served with a Content-Security-Policy header. */
const STRICT_CSP = "script-src 'self'; style-src 'self'; object-src 'none'; require-trusted-types-for 'script'";
async function strictPage(ctx, next) {
  await next();
  if (ctx.path !== '/tests/e2e/pages/csp.html') return;
  // ?trusted-types=a+b adds a policy-name allowlist, as many sites' policies have.
  const names = ctx.query['trusted-types'];
  ctx.set('Content-Security-Policy', typeof names === 'string' ? `${STRICT_CSP}; trusted-types ${names}` : STRICT_CSP);
}

export default {
  middleware: [strictPage],
  files: ['tests/e2e/**/*.test.ts'],
  nodeResolve: true,
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: process.env.CHROME_PATH || DEFAULT_CHROME_PATH, headless: true, args: CHROMIUM_FLAGS },
    }),
  ],
  testFramework: { config: { timeout: 20000 } },
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
};
