// `npm start` serves the page composer at /composer/ beside the demo at / (node --test; part of
// npm test): Vite's own dev server, started with the project's config, answers both.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'vite';

test('the dev server serves the demo at / and the composer at /composer/', async () => {
  const server = await createServer({ configFile: 'vite.config.ts', server: { port: 0, strictPort: false }, logLevel: 'silent' });
  await server.listen();
  try {
    const base = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
    const get = async (path: string) => {
      const res = await fetch(base + path, { redirect: 'manual' });
      return {
        status: res.status,
        type: res.headers.get('content-type') ?? '',
        body: await res.text(),
        location: res.headers.get('location'),
      };
    };
    const demo = await get('/');
    assert.equal(demo.status, 200);
    assert.doesNotMatch(demo.body, /<ms-composer>/);
    const page = await get('/composer/');
    assert.equal(page.status, 200);
    assert.match(page.body, /<ms-composer><\/ms-composer>/);
    // Vite's client is injected, and the page's module resolves from composer/.
    assert.match(page.body, /\/@vite\/client/);
    const main = await get('/composer/main.ts');
    assert.equal(main.status, 200);
    assert.match(main.type, /javascript/);
    assert.match(main.body, /composer-app/);
    const redirect = await get('/composer');
    assert.equal(redirect.status, 301);
    assert.equal(redirect.location, '/composer/');
  } finally {
    await server.close();
  }
});
