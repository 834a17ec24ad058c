// Server rendering (@lit-labs/ssr) of every element in every state a server can meet: never a
// rejected renderToString, always the words a reader would see (node --test; part of npm test).
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { html } from 'lit';
import { preload, renderToString } from '../../src/server.js';
import studiesFile from '../../data/studies.json' with { type: 'json' };
import { minimalStudy, variant } from '../fixtures/records.js';
import type { Study } from '../../src/model/schema.js';

const lu = () => structuredClone(studiesFile.studies.find((s) => s.id === 'lu-2020')!) as unknown as Study;

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

const CASES = [
  [
    '<ms-study-card> by id',
    html`<ms-study-card study-id="lu-2020"></ms-study-card>`,
    /^Skip to the end of this study IV\/IT hUC-MSCs Infusion[\s\S]*Regulatory status: Investigational/,
  ],
  ['<ms-study-card> by property', html`<ms-study-card .study=${lu()}></ms-study-card>`, /How much can this study tell us\?/],
  ['<ms-study-card> compact', html`<ms-study-card compact study-id="riordan-2018"></ms-study-card>`, /Show study details/],
  ['<ms-study-card> with no data', html`<ms-study-card></ms-study-card>`, /^No study to show This card was given no study\./],
  [
    '<ms-study-card> not found',
    html`<ms-study-card study-id="nope"></ms-study-card>`,
    /^Study not found There is no study with the id “nope” in the data\.$/,
  ],
  [
    '<ms-study-card> invalid',
    html`<ms-study-card .study=${variant(minimalStudy(), (s) => (s.design.control = 'placbo'))}></ms-study-card>`,
    /^This study cannot be shown Its information is incomplete or inconsistent[\s\S]*design.control: must be one of/,
  ],
  [
    '<ms-study-card> strict',
    html`<ms-study-card strict study-id="riordan-2018"></ms-study-card>`,
    /Regulatory status: Investigational — not FDA-approved for MS/,
  ],
  [
    '<ms-study-card> with src (fetched in the browser)',
    html`<ms-study-card src="/data/studies.json" study-id="lu-2020"></ms-study-card>`,
    /^Loading study…$/,
  ],
  [
    '<treatment-comparison> by ids',
    html`<treatment-comparison treatment-ids="natalizumab umbilical-cord-msc-therapy"></treatment-comparison>`,
    /Natalizumab[\s\S]*Unapproved/,
  ],
  [
    '<treatment-comparison> not found',
    html`<treatment-comparison treatment-ids="nope"></treatment-comparison>`,
    /^Treatment options not found/,
  ],
  [
    '<treatment-comparison> given none',
    html`<treatment-comparison .treatments=${[]}></treatment-comparison>`,
    /^No treatment options to compare/,
  ],
  ['<medical-disclaimer>', html`<medical-disclaimer></medical-disclaimer>`, /^Important: For education only/],
  [
    '<medical-disclaimer> unknown kind',
    html`<medical-disclaimer kind="educatonal"></medical-disclaimer>`,
    /Unknown kind of notice: “educatonal”/,
  ],
  [
    '<ms-review-info> bare',
    html`<ms-review-info></ms-review-info>`,
    /^Not yet medically reviewed This page has no record of a medical review\.$/,
  ],
  [
    '<ms-review-info> from attributes',
    html`<ms-review-info reviewer="Dr A Example" last-reviewed="2026-03-02"></ms-review-info>`,
    /^Medically reviewed by Dr A Example\. Last reviewed March 2, 2026\.$/,
  ],
  [
    '<ms-review-info> dated in the future',
    html`<ms-review-info reviewer="Dr A Example" last-reviewed="2999-01-01"></ms-review-info>`,
    /^Review information cannot be shown The record of this page’s medical review is incomplete[\s\S]*lastReviewed: is in the future/,
  ],
  [
    '<ms-evidence-provider> around a card',
    html`<ms-evidence-provider src="/data/dataset.json"><ms-study-card study-id="lu-2020"></ms-study-card></ms-evidence-provider>`,
    /^Skip to the end of this study IV\/IT hUC-MSCs Infusion[\s\S]*How the study was done/,
  ],
] as const;

describe('server rendering', () => {
  for (const [name, template, expected] of CASES) {
    test(name, async () => {
      const out = await renderToString(template);
      assert.match(out, /<template shadowroot(mode)?="open"/, 'declarative shadow DOM');
      assert.match(text(out), expected);
    });
  }
});
