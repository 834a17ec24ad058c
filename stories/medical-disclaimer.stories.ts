import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { attr, commonArgTypes } from './shared-args.js';
import { NOTICE_KINDS } from '../src/model/vocabulary.js';

interface Args {
  kind: string;
  headingLevel: number;
  jurisdiction: string;
  therapy?: string;
  theme?: 'light' | 'dark';
}

/** The notice with every control applied, and the story's slotted content. */
const disclaimer = (a: Args, content?: unknown) =>
  html`<medical-disclaimer
    kind=${a.kind}
    heading-level=${a.headingLevel}
    jurisdiction=${a.jurisdiction}
    therapy=${attr(a.therapy)}
    theme=${attr(a.theme)}
    >${content ?? nothing}</medical-disclaimer
  >`;

const meta: Meta<Args> = {
  title: 'Elements/medical-disclaimer',
  component: 'medical-disclaimer',
  tags: ['autodocs'],
  args: { kind: 'educational', headingLevel: 2, jurisdiction: 'US' },
  argTypes: {
    kind: { control: 'text', description: `Space-separated: ${NOTICE_KINDS.join(', ')}` },
    jurisdiction: { control: 'select', options: ['US', 'GB', 'EU', 'CA', 'AU'] },
    theme: commonArgTypes.theme,
  },
  render: (a) => disclaimer(a),
};
export default meta;
type Story = StoryObj<Args>;

/** For education only (the default kind). */
export const Educational: Story = { name: 'Kind: educational' };
/** Not approved, naming the therapy. */
export const NotApproved: Story = {
  name: 'Kind: not approved',
  args: { kind: 'not-approved', therapy: 'Umbilical-cord mesenchymal stem cell therapy' },
};
/** Talk to your healthcare team. */
export const Consult: Story = { name: 'Kind: consult', args: { kind: 'consult' } };
/** Emergencies, with the jurisdiction's number. */
export const Emergency: Story = { name: 'Kind: emergency', args: { kind: 'emergency' } };
/** Several kinds at once, as the seed page's footer. */
export const SeedFooter: Story = { name: 'Several kinds: the seed page footer', args: { kind: 'educational not-approved consult' } };
/** UK wording: MHRA and 999. */
export const UnitedKingdom: Story = {
  name: 'Jurisdiction: GB',
  args: { kind: 'not-approved emergency', jurisdiction: 'GB', therapy: 'Stem cell therapy' },
};
/** The therapy given by slot, the educational text replaced, and an extra paragraph appended. */
export const Slots: Story = {
  args: { kind: 'not-approved consult' },
  argTypes: { therapy: { control: false } },
  render: (a) =>
    disclaimer(
      { ...a, therapy: undefined },
      html`<span slot="therapy">Umbilical-cord stem cell infusions</span>
        <p>Our nurse line answers questions about clinical trials on weekdays.</p>`,
    ),
};
/** An unknown kind: shown to the editor and reported once on the console. */
export const UnknownKind: Story = { name: 'State: unknown kind', args: { kind: 'educatonal consult' } };
/**
 * Accessibility: each notice is role note (not alert), with a real heading at heading-level and a
 * visually hidden "Important:" prefix; never colour alone.
 */
export const Accessibility: Story = { args: { kind: 'educational not-approved consult emergency', headingLevel: 3 } };
