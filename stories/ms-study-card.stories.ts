import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import studiesFile from '../data/studies.json';
import type { Study } from '../src/model/schema.js';
import { attr, commonArgs, commonArgTypes, langArgType, type CommonArgs, type LangArgs } from './shared-args.js';
import { longStudy, minimalStudy, randomisedTrial, variant } from '../tests/fixtures/records.js';

const seed = studiesFile.studies as unknown as Study[];
const seedStudy = (id: string) => structuredClone(seed.find((s) => s.id === id)!);

interface Args extends CommonArgs, LangArgs {
  studyId?: string;
  compact: boolean;
  open: boolean;
  headingLevel: number;
  jurisdiction: string;
}

/**
 * The card with every control applied; `study` (the property route) and inline content come from
 * the story. Every story renders through this, so every control it shows reaches the card.
 */
function card(a: Args, study?: Study, content?: unknown) {
  return html`<ms-study-card
    study-id=${attr(a.studyId)}
    ?compact=${a.compact}
    ?open=${a.open}
    heading-level=${a.headingLevel}
    jurisdiction=${a.jurisdiction}
    src=${attr(a.src)}
    ?strict=${a.strict}
    ?no-guardrails=${a.noGuardrails}
    ?structured-data=${a.structuredData}
    theme=${attr(a.theme)}
    lang=${attr(a.lang)}
    .study=${study}
    >${content ?? nothing}</ms-study-card
  >`;
}

const meta: Meta<Args> = {
  title: 'Elements/ms-study-card',
  component: 'ms-study-card',
  tags: ['autodocs'],
  args: { studyId: 'riordan-2018', compact: false, open: false, headingLevel: 3, jurisdiction: 'US', ...commonArgs },
  argTypes: {
    ...commonArgTypes,
    ...langArgType,
    studyId: { control: 'select', options: seed.map((s) => s.id) },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
  },
  render: (a) => card(a),
};
export default meta;
type Story = StoryObj<Args>;

/** Controls that a story's own data replaces: shown in the table, without a control. */
const fixed = (...keys: (keyof Args)[]) => Object.fromEntries(keys.map((k) => [k, { control: false }]));

/** The 2024 dose-finding study: most facts come from a clinic's summary and are marked "Not verified". */
export const Jamali2024: Story = { name: 'Seed: Jamali 2024 (partly verified)', args: { studyId: 'jamali-2024' } };
/** The 2020 follow-up: 10 people, only 5 with MS, no control group. */
export const Lu2020: Story = { name: 'Seed: Lu 2020 (only 5 of 10 had MS)', args: { studyId: 'lu-2020' } };
/** The 2018 feasibility study: industry-funded, single group, with a published correction. */
export const Riordan2018: Story = { name: 'Seed: Riordan 2018', args: { studyId: 'riordan-2018' } };

/** Compact cards for lists and landing pages: the rest behind a disclosure. */
export const Compact: Story = {
  args: { compact: true },
  argTypes: fixed('studyId', 'src'),
  render: (a) => html`<div style="display:grid;gap:1em">${seed.map((s) => card({ ...a, studyId: s.id }))}</div>`,
};

/** A randomised placebo-controlled trial of an approved medicine: high certainty (example data). */
export const RandomisedTrial: Story = {
  args: { studyId: undefined },
  argTypes: fixed('studyId', 'src'),
  render: (a) => card(a, randomisedTrial()),
};

/** Route 1: the study given as a property. */
export const RouteProperty: Story = {
  name: 'Route: property',
  args: { studyId: undefined },
  argTypes: fixed('studyId', 'src'),
  render: (a) => card(a, seedStudy('lu-2020')),
};
/** Route 2: an id looked up in an `<ms-evidence-provider>` that fetched a dataset. */
export const RouteProvider: Story = {
  name: 'Route: provider',
  args: { studyId: 'lu-2020' },
  argTypes: fixed('src'),
  render: (a) => html`<ms-evidence-provider src="/data/studies.json">${card(a)}</ms-evidence-provider>`,
};
/** Route 2 without a provider: the bundled dataset, loaded only when needed. */
export const RouteBundled: Story = {
  name: 'Route: bundled dataset',
  args: { studyId: 'lu-2020' },
};
/** Route 3: `src` pointing at a JSON file (here a dataset, so `study-id` picks the study). */
export const RouteSrc: Story = {
  name: 'Route: src',
  args: { src: '/data/studies.json', studyId: 'lu-2020' },
};
/** Route 4: inline JSON, for CMS editors who can paste HTML but not set properties. */
export const RouteInlineJson: Story = {
  name: 'Route: inline JSON',
  args: { studyId: undefined },
  argTypes: fixed('studyId', 'src'),
  // The script child is parsed from HTML, as a CMS page would have it.
  render: (a) =>
    card(
      a,
      undefined,
      unsafeHTML(`<script type="application/json">${JSON.stringify(seedStudy('lu-2020')).replace(/</g, '\\u003c')}</script>`),
    ),
};

/** Loading: a skeleton that reserves the card's size (this story's request never answers). */
export const Loading: Story = {
  name: 'State: loading',
  args: { studyId: undefined },
  argTypes: fixed('studyId', 'src'),
  render: (a) => {
    const url = `/never-answers/${Math.random()}.json`;
    const realFetch = window.fetch;
    window.fetch = (input, init) => (String(input).includes('/never-answers/') ? new Promise(() => {}) : realFetch(input, init));
    return card({ ...a, src: url });
  },
};
/** Not found: an id that is not in the data. */
export const NotFound: Story = { name: 'State: not found', args: { studyId: 'no-such-study' } };
/** Invalid data: the card names the bad fields instead of showing a wrong study. */
export const Invalid: Story = {
  name: 'State: invalid data',
  args: { studyId: undefined },
  argTypes: fixed('studyId', 'src'),
  render: (a) =>
    card(
      a,
      variant(minimalStudy(), (s) => {
        s.design.control = 'placbo';
        s.population.enrolled = -3;
      }) as Study,
    ),
};
/** Network error: the file is missing; Retry tries again. */
export const NetworkError: Story = {
  name: 'State: network error',
  args: { studyId: undefined, src: '/data/missing-study.json' },
};
/** Stale: past its review date, the card says it may be out of date. */
export const Stale: Story = {
  name: 'State: review overdue',
  args: { studyId: undefined },
  argTypes: fixed('studyId', 'src'),
  render: (a) =>
    card(
      a,
      variant(minimalStudy(), (s) => {
        s.lastReviewed = '2020-01-01';
        s.reviewDue = '2021-01-01';
      }) as Study,
    ),
};
/** Unverified: nothing checked against the publication yet. */
export const Unverified: Story = {
  name: 'State: not verified',
  args: { studyId: undefined },
  argTypes: fixed('studyId', 'src'),
  render: (a) => card(a, variant(minimalStudy(), (s) => (s.verification = { checkedAgainst: [] })) as Study),
};
/** No data at all: the card says what to set. */
export const Empty: Story = { name: 'State: no data', args: { studyId: undefined } };

/** Very long content: long words, 40 authors, many outcomes, in a narrow column. */
export const LongContent: Story = {
  name: 'Very long content',
  args: { studyId: undefined },
  argTypes: fixed('studyId', 'src'),
  render: (a) => html`<div style="max-width:20rem">${card(a, longStudy())}</div>`,
};

/**
 * Accessibility: the title is a real heading at `heading-level` (here 2, sections at 3); links
 * are named "PubMed record: <title>"; badges are words, not colours; the compact card's
 * disclosure is a button with aria-expanded. Open the Accessibility panel to run axe.
 */
export const Accessibility: Story = {
  args: { headingLevel: 2 },
  argTypes: fixed('studyId', 'src', 'compact'),
  render: (a) =>
    html`${card({ ...a, studyId: 'lu-2020' })}
      <div style="margin-top:1em">${card({ ...a, studyId: 'riordan-2018', compact: true })}</div>`,
};

/** In Spanish: the built-in words, dates, numbers and the study's own text (the bundled Spanish of data/locales/es.json). */
export const InSpanish: Story = { name: 'In Spanish (data text too)', args: { studyId: 'riordan-2018', open: true, lang: 'es' } };
