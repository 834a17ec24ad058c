import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import treatmentsFile from '../data/treatments.json';
import type { Treatment } from '../src/model/schema.js';
import { CRITERIA } from '../src/model/treatment-view.js';
import { attr, commonArgs, commonArgTypes, langArgType, type CommonArgs, type LangArgs } from './shared-args.js';
import { exampleTreatment, variant } from '../tests/fixtures/records.js';

const all = treatmentsFile.treatments as unknown as Treatment[];

interface Args extends CommonArgs, LangArgs {
  treatmentIds?: string;
  category?: string;
  criteria?: string;
  highlight?: string;
  highlightLabel?: string;
  selected?: string;
  open?: boolean;
  caption?: string;
  headingLevel: number;
  jurisdiction: string;
}

/** The comparison with every control applied; `treatments` (the property route) from the story. */
function comparison(a: Args, treatments?: Treatment[]) {
  return html`<treatment-comparison
    treatment-ids=${attr(a.treatmentIds)}
    category=${attr(a.category)}
    criteria=${attr(a.criteria)}
    highlight=${attr(a.highlight)}
    highlight-label=${attr(a.highlightLabel)}
    selected=${attr(a.selected)}
    ?open=${a.open}
    caption=${attr(a.caption)}
    heading-level=${a.headingLevel}
    jurisdiction=${a.jurisdiction}
    src=${attr(a.src)}
    ?strict=${a.strict}
    ?no-guardrails=${a.noGuardrails}
    ?structured-data=${a.structuredData}
    theme=${attr(a.theme)}
    lang=${attr(a.lang)}
    .treatments=${treatments}
  ></treatment-comparison>`;
}

const meta: Meta<Args> = {
  title: 'Elements/treatment-comparison',
  component: 'treatment-comparison',
  tags: ['autodocs'],
  args: { headingLevel: 3, jurisdiction: 'US', ...commonArgs },
  argTypes: {
    ...commonArgTypes,
    ...langArgType,
    category: { control: 'select', options: [undefined, ...new Set(all.map((t) => t.category))] },
    highlight: { control: 'select', options: [undefined, ...all.map((t) => t.id)] },
    selected: { control: 'select', options: [undefined, ...all.map((t) => t.id)] },
    criteria: { control: 'text', description: `Comma-separated: ${CRITERIA.filter((c) => c !== 'sources').join(', ')}` },
  },
  render: (a) => comparison(a),
};
export default meta;
type Story = StoryObj<Args>;

/** Controls that a story's own data replaces: shown in the table, without a control. */
const fixed = (...keys: (keyof Args)[]) => Object.fromEntries(keys.map((k) => [k, { control: false }]));

/** The seed page's categories of care, with umbilical-cord MSC therapy marked investigational. */
export const SeedCategories: Story = {
  name: 'Seed: categories of care',
  args: { highlight: 'umbilical-cord-msc-therapy', highlightLabel: 'Offered at our clinic' },
};

/** Disease-modifying medicines, written from their labels; every figure with comparator and source. */
export const DiseaseModifyingMedicines: Story = {
  name: 'Medicines: disease-modifying therapies',
  args: { category: 'disease-modifying-therapy', criteria: 'aim, regulatory, evidence, route, frequency, risks, monitoring' },
};

/** An approved medicine next to the investigational therapy: the regulatory row is always there. */
export const ApprovedNextToInvestigational: Story = {
  name: 'Medicines: natalizumab next to MSC therapy',
  args: { treatmentIds: 'natalizumab umbilical-cord-msc-therapy', criteria: 'aim, evidence, risks' },
};

/** Symptom management: dalfampridine and the category it belongs to. */
export const SymptomManagement: Story = { name: 'Medicines: dalfampridine', args: { treatmentIds: 'symptom-management dalfampridine' } };

/** Every criterion. */
export const AllCriteria: Story = {
  args: {
    treatmentIds: 'corticosteroids rehabilitation lifestyle-and-support',
    criteria: CRITERIA.filter((c) => c !== 'sources').join(','),
  },
};

/** Narrow (320 px): stacked option cards, every criterion labelled. */
export const Narrow: Story = {
  name: 'Layout: narrow (320 px)',
  args: { treatmentIds: 'natalizumab umbilical-cord-msc-therapy' },
  render: (a) => html`<div style="width:320px">${comparison(a)}</div>`,
};
/** Wide: a table with a caption and header cells for options and criteria. */
export const Wide: Story = {
  name: 'Layout: wide',
  args: { treatmentIds: 'natalizumab ocrelizumab umbilical-cord-msc-therapy' },
  render: (a) => html`<div style="width:1200px">${comparison(a)}</div>`,
};

/** Loading: a skeleton that reserves space (this story's request never answers). */
export const Loading: Story = {
  name: 'State: loading',
  argTypes: fixed('src'),
  render: (a) => {
    const realFetch = window.fetch;
    window.fetch = (input, init) => (String(input).includes('/never-answers/') ? new Promise(() => {}) : realFetch(input, init));
    return comparison({ ...a, src: `/never-answers/${Math.random()}.json` });
  },
};
/** Not found. */
export const NotFound: Story = { name: 'State: not found', args: { treatmentIds: 'no-such-option' } };
/** One option with invalid data: the others are shown, with a note naming the bad fields. */
export const PartlyInvalid: Story = {
  name: 'State: one option invalid',
  argTypes: fixed('treatmentIds', 'category', 'src'),
  render: (a) =>
    comparison(a, [
      all.find((t) => t.id === 'natalizumab')!,
      variant(exampleTreatment(), (t) => {
        t.id = 'broken-example';
        t.evidence.keyStudies[0].comparator = '';
      }) as Treatment,
    ]),
};
/** Network error with Retry. */
export const NetworkError: Story = {
  name: 'State: network error',
  args: { src: '/data/missing.json' },
};
/** Empty: a dataset with no treatments. */
export const Empty: Story = {
  name: 'State: no options',
  argTypes: fixed('treatmentIds', 'category', 'src'),
  render: (a) => html`<ms-evidence-provider .data=${{ studies: [] }}>${comparison(a)}</ms-evidence-provider>`,
};

/**
 * Accessibility: a real table with caption, column and row headers (scope); option headers are
 * buttons (aria-pressed) that fire ms-treatment-select; the highlighted option is labelled
 * "Highlighted", investigational options "Investigational": never colour alone.
 */
export const Accessibility: Story = {
  args: { treatmentIds: 'natalizumab umbilical-cord-msc-therapy', highlight: 'umbilical-cord-msc-therapy' },
};

/** In Spanish: the boxed warning, results and the not-approved therapy's name come from the bundled Spanish. */
export const InSpanish: Story = {
  name: 'In Spanish (data text too)',
  args: { treatmentIds: 'natalizumab umbilical-cord-msc-therapy', lang: 'es' },
};
