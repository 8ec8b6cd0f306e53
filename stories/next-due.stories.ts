import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/consult-form/index.js';
import '../src/next-due/index.js';
import { allStates } from './all-states.js';
import { elementDocs } from './docs.js';

interface NextDueArgs {
  treatment: string;
  lastDate: string;
  today: string;
  durations: string;
  bookingUrl: string;
  reminderDays: number;
  theme?: 'light' | 'dark';
  intro: string;
}

const meta: Meta<NextDueArgs> = {
  title: 'Elements/Next due',
  component: 'blush-next-due',
  parameters: elementDocs('blush-next-due', 'Elements/Next due'),
  args: {
    treatment: 'botox',
    lastDate: '2026-08-14',
    today: '2026-09-28',
    durations: '',
    bookingUrl: 'https://calendly.com/maison-lumiere/botox?month={month}&date={date}',
    reminderDays: 3,
    intro:
      'Botox® usually softens lines for three to four months. Enter the date of your last visit and we will tell you when to come back.',
  },
  argTypes: {
    treatment: { control: 'select', options: ['', 'botox', 'dysport', 'xeomin', 'daxxify', 'filler-lips', 'filler-cheeks', 'kybella'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
  },
  render: (args) => html`<div>
    <blush-next-due
      treatment=${args.treatment || nothing}
      last-date=${args.lastDate || nothing}
      today=${args.today || nothing}
      durations=${args.durations || nothing}
      booking-url=${args.bookingUrl || nothing}
      reminder-days=${args.reminderDays}
      theme=${ifDefined(args.theme)}
      ><p>${args.intro}</p></blush-next-due
    >
  </div>`,
};
export default meta;
type Story = StoryObj<NextDueArgs>;

/** Six weeks after a Botox® visit: the window, a timeline, calendar reminders and a booking link. */
export const Default: Story = {};

/** No treatment fixed and no date yet: the visitor picks both. */
export const Empty: Story = { args: { treatment: '', lastDate: '', bookingUrl: '' } };

/** Inside the window. */
export const DueNow: Story = { args: { lastDate: '2026-06-10' } };

/** The window has closed: booking comes first, no reminder to add. */
export const Overdue: Story = { args: { lastDate: '2026-03-02' } };

/** A date after "today" gets a clear message, never a wrong answer. */
export const ErrorState: Story = { args: { lastDate: '2026-10-15' } };

/** An impossible date from the page (`2026-02-30`). */
export const ImpossibleDate: Story = { args: { lastDate: '2026-02-30' } };

/** A clinic's own protocol: Botox® every 3–5 months. */
export const ClinicDurations: Story = { args: { durations: '{"botox":[3,5]}' } };

/** Long treatment names and a wide window: cheek filler lasts 12–24 months. */
export const LongContent: Story = {
  args: {
    treatment: 'filler-cheeks',
    lastDate: '2025-11-03',
    intro:
      'Hyaluronic-acid cheek filler restores mid-face volume for twelve months to two years, depending on the product, the amount placed and your metabolism. Use this calculator as a gentle reminder; your injector will assess at each visit whether a top-up is needed at all.',
  },
};

export const Spanish: Story = {
  args: { intro: 'El Botox® suele durar de tres a cuatro meses. Indique la fecha de su última visita y le diremos cuándo volver.' },
  globals: { locale: 'es' },
};

/** Persian, right to left. */
export const RightToLeft: Story = {
  args: { intro: 'بوتاکس® معمولاً سه تا چهار ماه دوام دارد. تاریخ آخرین جلسه خود را وارد کنید تا بگوییم کی برگردید.' },
  globals: { locale: 'fa', direction: 'rtl' },
};

export const Dark: Story = { args: { theme: 'dark' }, globals: { theme: 'dark' } };

/** An unknown treatment id: a clear prompt to choose from the catalog, and one console warning. */
export const UnknownTreatment: Story = { args: { treatment: 'botx', lastDate: '' } };

/**
 * A date remembered on this device (only after the visitor ticked the box): it comes back on the
 * next visit with a visible "Forget my date" control. This story writes the one storage key itself.
 */
export const Remembered: Story = {
  args: { lastDate: '' },
  beforeEach: () => {
    localStorage.setItem('blush-widgets:next-due', JSON.stringify({ treatment: 'botox', lastDate: '2026-08-14' }));
    // Leaving the story forgets it again, so the other stories start clean.
    return () => localStorage.removeItem('blush-widgets:next-due');
  },
};

/** With a consultation form on the page and no booking URL: "Request an appointment" scrolls to the form and fills in treatment and timing. */
export const HandOffToForm: Story = {
  args: { bookingUrl: '' },
  render: (args) => html`<div style="display: grid; gap: 2rem">
    <blush-next-due treatment=${args.treatment} last-date=${args.lastDate} today=${args.today}><p>${args.intro}</p></blush-next-due>
    <blush-consult-form action="/api/consult"></blush-consult-form>
  </div>`,
};

// Every state above side by side; the docs page shows each once already.
export const AllStates: Story = {
  name: 'All states',
  tags: ['!autodocs'],
  ...allStates(
    meta,
    {
      Default,
      Empty,
      DueNow,
      Overdue,
      ErrorState,
      ImpossibleDate,
      ClinicDurations,
      LongContent,
      Spanish,
      RightToLeft,
      Dark,
      UnknownTreatment,
      HandOffToForm,
    },
    { minWidth: '24rem', elsewhere: '“Remembered” (it writes to this device’s storage)' },
  ),
};
