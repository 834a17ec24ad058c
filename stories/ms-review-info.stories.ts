import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { attr, commonArgs, commonArgTypes, type CommonArgs } from './shared-args.js';

interface Args extends CommonArgs {
  headingLevel: number;
  jurisdiction: string;
  reviewer?: string;
  credentials?: string;
  lastReviewed?: string;
  nextReviewDue?: string;
  showSchedule: boolean;
  showStale: boolean;
}

/** The review line with every control applied. */
const review = (a: Args) =>
  html`<ms-review-info
    reviewer=${ifDefined(a.reviewer)}
    credentials=${ifDefined(a.credentials)}
    last-reviewed=${ifDefined(a.lastReviewed)}
    next-review-due=${ifDefined(a.nextReviewDue)}
    ?show-schedule=${a.showSchedule}
    ?show-stale=${a.showStale}
    heading-level=${a.headingLevel}
    jurisdiction=${a.jurisdiction}
    src=${attr(a.src)}
    ?strict=${a.strict}
    ?no-guardrails=${a.noGuardrails}
    ?structured-data=${a.structuredData}
    theme=${attr(a.theme)}
  ></ms-review-info>`;

const meta: Meta<Args> = {
  title: 'Elements/ms-review-info',
  component: 'ms-review-info',
  tags: ['autodocs'],
  args: {
    reviewer: 'Dr A Example',
    credentials: 'MD, Neurologist',
    lastReviewed: '2026-03-02',
    showSchedule: false,
    showStale: false,
    headingLevel: 3,
    jurisdiction: 'US',
    ...commonArgs,
  },
  argTypes: { ...commonArgTypes, headingLevel: { control: { type: 'number', min: 1, max: 6 } } },
  render: (a) => review(a),
};
export default meta;
type Story = StoryObj<Args>;

/** The seed page's review line, from the bundled page content (with its honesty note). */
export const SeedPage: Story = {
  name: 'Seed: bundled page review',
  args: { reviewer: undefined, credentials: undefined, lastReviewed: undefined },
};
/** Written in attributes, for CMS pages. */
export const FromAttributes: Story = { name: 'From attributes' };
/** The next review date shown, because the page asks (`show-schedule`). */
export const Schedule: Story = { name: 'With schedule', args: { nextReviewDue: '2099-03-02', showSchedule: true } };
/** Past the due date with `show-stale`: readers see "Review due". */
export const Stale: Story = {
  name: 'State: review overdue (shown)',
  args: { lastReviewed: '2020-01-10', nextReviewDue: '2021-01-10', showStale: true },
};
/** Past the due date without `show-stale`: only the console hears of it. */
export const StaleQuiet: Story = {
  name: 'State: review overdue (not shown)',
  args: { lastReviewed: '2020-01-10', nextReviewDue: '2021-01-10' },
};
/** A date in the future is refused. */
export const FutureDate: Story = { name: 'State: future date', args: { lastReviewed: '2999-01-01' } };
/** No reviewer named. */
export const MissingReviewer: Story = { name: 'State: missing reviewer', args: { reviewer: undefined, credentials: undefined } };
/** No review at all. */
export const NoReview: Story = {
  name: 'State: no review',
  args: { reviewer: undefined, credentials: undefined, lastReviewed: undefined },
  argTypes: { src: { control: false } },
  render: (a) => html`<ms-evidence-provider .data=${{ page: {} }}>${review(a)}</ms-evidence-provider>`,
};
/** Accessibility: plain text with a machine-readable <time>; nothing hidden behind interaction. */
export const Accessibility: Story = { args: { nextReviewDue: '2099-03-02', showSchedule: true } };
