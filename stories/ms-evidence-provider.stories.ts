import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import studiesFile from '../data/studies.json';
import treatmentsFile from '../data/treatments.json';
import { attr } from './shared-args.js';

interface Args {
  src?: string;
}

/**
 * One dataset for a whole page: the elements inside pick their records by id (or category). The
 * provider renders nothing of its own; each story shows the elements it serves.
 */
const meta: Meta<Args> = {
  title: 'Elements/ms-evidence-provider',
  component: 'ms-evidence-provider',
  tags: ['autodocs'],
  args: { src: '/data/studies.json' },
  argTypes: { src: { control: 'text', description: 'URL of a dataset: { studies, treatments, page }' } },
  render: (a) =>
    html`<ms-evidence-provider src=${attr(a.src)}>
      <ms-study-card study-id="lu-2020" compact></ms-study-card>
      <ms-study-card study-id="riordan-2018" compact></ms-study-card>
    </ms-evidence-provider>`,
};
export default meta;
type Story = StoryObj<Args>;

/** A dataset fetched once by `src`, shared by every card inside. */
export const BySrc: Story = { name: 'Dataset by src' };

/** The dataset as a property: studies and treatments for a card and a comparison. */
export const ByProperty: Story = {
  name: 'Dataset as a property',
  args: { src: undefined },
  argTypes: { src: { control: false } },
  render: () =>
    html`<ms-evidence-provider .data=${{ studies: studiesFile.studies, treatments: treatmentsFile.treatments }}>
      <treatment-comparison treatment-ids="natalizumab umbilical-cord-msc-therapy" heading-level="2"></treatment-comparison>
      <ms-study-card study-id="jamali-2024"></ms-study-card>
    </ms-evidence-provider>`,
};

/** A `src` that fails: every element inside shows the load error with Retry. */
export const LoadError: Story = {
  name: 'State: network error',
  args: { src: '/data/missing.json' },
};
