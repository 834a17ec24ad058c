// Server rendering (@lit-labs/ssr) of every element in every state a server can meet: never a
// rejected renderToString, always the words a reader would see (node --test; part of npm test).
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { preload, renderToString } from '../../src/server.js';
import { CASES } from '../fixtures/ssr-cases.js';

/** The text of server-rendered HTML as a reader would read it: no styles, no tags, spaces collapsed. */
const text = (out: string) =>
  out
    .replace(/<style[\s\S]*?<\/style>/g, '')
    // Scripts are never shown: the record a property-fed element carries to the browser, JSON-LD.
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ')
    .replace(/ ([.,:;])/g, '$1')
    .trim();

before(() => preload());

describe('server rendering', () => {
  for (const [name, template, expected] of CASES) {
    test(name, async () => {
      const out = await renderToString(template);
      assert.match(out, /<template shadowroot(mode)?="open"/, 'declarative shadow DOM');
      assert.match(text(out), expected);
    });
  }
});
