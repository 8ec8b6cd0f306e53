import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/consult-form/index.js';
import type { BlushConsultForm } from '../src/consult-form/index.js';
import { allStates } from './all-states.js';
import { elementDocs } from './docs.js';

interface ConsultArgs {
  action?: string;
  encoding: 'json' | 'form';
  hide: string;
  requiredFields: string;
  treatments: string;
  locations: string;
  phone: string;
  clinicName: string;
  privacyUrl: string;
  lang: string;
  dir: 'ltr' | 'rtl';
  theme?: 'light' | 'dark';
  /** How a story settles a submission itself through `blush-consult-submit` (Storybook has no endpoint). */
  outcome: 'none' | 'hang' | 'succeed' | 'fail';
}

const meta: Meta<ConsultArgs> = {
  title: 'Elements/Consult form',
  component: 'blush-consult-form',
  parameters: elementDocs('blush-consult-form', 'Elements/Consult form'),
  args: {
    encoding: 'json',
    hide: '',
    requiredFields: 'name email phone adult privacy',
    treatments: 'botox dysport filler-lips filler-cheeks sculptra hydrafacial microneedling laser-hair-removal',
    locations: '',
    phone: '(310) 555-0142',
    clinicName: 'Maison Lumière Aesthetics',
    privacyUrl: 'https://example.com/privacy',
    lang: 'en',
    dir: 'ltr',
    outcome: 'none',
  },
  argTypes: {
    encoding: { control: 'inline-radio', options: ['json', 'form'] },
    dir: { control: 'inline-radio', options: ['ltr', 'rtl'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    outcome: { control: 'select', options: ['none', 'hang', 'succeed', 'fail'] },
  },
  render: (args) => html`<div dir=${args.dir}>
    <blush-consult-form
      lang=${args.lang}
      theme=${ifDefined(args.theme)}
      action=${ifDefined(args.action)}
      encoding=${args.encoding}
      hide=${args.hide || nothing}
      required-fields=${args.requiredFields}
      treatments=${args.treatments}
      locations=${args.locations || nothing}
      phone=${args.phone}
      clinic-name=${args.clinicName}
      privacy-url=${args.privacyUrl}
      min-fill-time="0"
      @blush-consult-submit=${(event: CustomEvent<{ waitUntil(promise: Promise<unknown>): void }>) => {
        if (args.outcome === 'none') return;
        event.preventDefault();
        // Only the chosen outcome's promise is made: a rejected one made eagerly and left unused is an
        // unhandled rejection in every other story.
        const settle = {
          hang: () => new Promise(() => {}),
          succeed: () => Promise.resolve(),
          fail: () => Promise.reject(new Error('The clinic’s server did not answer (story)')),
        };
        event.detail.waitUntil(settle[args.outcome]());
      }}
    ></blush-consult-form>
  </div>`,
};
export default meta;
type Story = StoryObj<ConsultArgs>;

async function formIn(canvas: HTMLElement): Promise<BlushConsultForm> {
  const form = canvas.querySelector('blush-consult-form')!;
  await form.updateComplete;
  while (!form.querySelector('input')) await new Promise((resolve) => setTimeout(resolve, 20));
  return form;
}

async function fillAndSend(canvas: HTMLElement): Promise<void> {
  const form = await formIn(canvas);
  const values: Record<string, string> = {
    firstName: 'Olivia',
    lastName: 'Martínez',
    email: 'olivia@example.com',
    phone: '(310) 555-0142',
    message: 'I would like to soften my forehead lines before a wedding in March.',
  };
  for (const [name, value] of Object.entries(values)) form.querySelector<HTMLInputElement>(`[name="${name}"]`)!.value = value;
  for (const box of ['adult', 'privacy']) form.querySelector<HTMLInputElement>(`[name="${box}"]`)!.checked = true;
  form.querySelector<HTMLInputElement>('[value="botox"]')!.checked = true;
  form.querySelector<HTMLButtonElement>('.bcf-submit')!.click();
}

export const Default: Story = {};

export const Empty: Story = { args: { hide: 'timing referral sms email-opt-in', treatments: 'botox filler-lips hydrafacial' } };

export const LongContent: Story = {
  args: {
    treatments: '',
    locations: 'Beverly Hills, Santa Monica, West Hollywood, Newport Beach',
    requiredFields: 'name email phone contact-method treatments location patient-type adult privacy',
  },
};

export const ErrorState: Story = {
  play: async ({ canvasElement }) => {
    const form = await formIn(canvasElement);
    form.querySelector<HTMLInputElement>('[name="email"]')!.value = 'olivia@example';
    form.querySelector<HTMLButtonElement>('.bcf-submit')!.click();
  },
};

export const Sending: Story = { args: { outcome: 'hang' }, play: ({ canvasElement }) => fillAndSend(canvasElement) };

export const Sent: Story = { args: { outcome: 'succeed' }, play: ({ canvasElement }) => fillAndSend(canvasElement) };

export const Failed: Story = { args: { outcome: 'fail' }, play: ({ canvasElement }) => fillAndSend(canvasElement) };

/** Simulates a lost connection for this story only, so the form shows its waiting message. */
export const Offline: Story = {
  args: { action: 'https://example.com/consult' },
  beforeEach: () => {
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    return () => void delete (navigator as { onLine?: boolean }).onLine;
  },
  play: ({ canvasElement }) => fillAndSend(canvasElement),
};

/** Persian, right to left. */
export const RightToLeft: Story = { args: { dir: 'rtl', lang: 'fa', hide: 'timing' }, globals: { locale: 'fa', direction: 'rtl' } };

export const Dark: Story = { args: { theme: 'dark' }, globals: { theme: 'dark' } };

export const Spanish: Story = { args: { lang: 'es' }, globals: { locale: 'es' } };

// Every state above side by side; the docs page shows each once already.
export const AllStates: Story = {
  name: 'All states',
  tags: ['!autodocs'],
  ...allStates(
    meta,
    { Default, Empty, LongContent, ErrorState, Sending, Sent, Failed, RightToLeft, Dark, Spanish },
    { minWidth: '26rem', elsewhere: '“Offline” (it takes the whole page offline)' },
  ),
};
