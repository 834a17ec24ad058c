import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Study } from '../src/model/schema.js';
import { minimalStudy, variant } from '../tests/fixtures/records.js';

const meta: Meta = { title: 'Guides/Guardrails', tags: ['autodocs'] };
export default meta;
type Story = StoryObj;

/** A strict card on a page without a not-approved disclaimer shows the notice itself. */
export const StrictCard: Story = {
  name: 'Strict card, no disclaimer on the page',
  render: () => html`<ms-study-card strict study-id="riordan-2018"></ms-study-card>`,
};
/** With a not-approved disclaimer on the page, the card needs no notice of its own. */
export const WithDisclaimer: Story = {
  name: 'Card with the page disclaimer',
  render: () =>
    html`<ms-study-card strict compact study-id="riordan-2018"></ms-study-card>
      <medical-disclaimer kind="not-approved" therapy="Umbilical-cord stem cell therapy" style="margin-top:1em"></medical-disclaimer>`,
};
/** A strict comparison. */
export const StrictComparison: Story = {
  name: 'Strict comparison',
  render: () => html`<treatment-comparison strict treatment-ids="natalizumab umbilical-cord-msc-therapy"></treatment-comparison>`,
};
/** Data claiming a cure for an unapproved therapy is refused, naming the field. */
export const ClaimRefused: Story = {
  name: 'A claim of cure is refused',
  render: () =>
    html`<ms-study-card .study=${variant(minimalStudy(), (s) => (s.conclusion = 'These cells cure MS.')) as Study}></ms-study-card>`,
};
