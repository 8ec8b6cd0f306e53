import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/faq/index.js';
import { allStates } from './all-states.js';
import { elementDocs } from './docs.js';

type Content = 'pack' | 'details' | 'persian' | 'json' | 'long' | 'none';

interface FaqArgs {
  content: Content;
  pack: string;
  src: string;
  single: boolean;
  searchable: boolean;
  headingLevel: number;
  structuredData: boolean;
  cta: boolean;
  bookingUrl: string;
  showSources: boolean;
  theme?: 'light' | 'dark';
  json: string;
}

const clinicDetails = html`
  <details open>
    <summary>How do I prepare for my Botox® appointment?</summary>
    <p>Come with a clean face if you can, and avoid alcohol and blood-thinning supplements such as fish oil for a day or two beforehand; they make bruising more likely.</p>
    <p>If you take a prescribed blood thinner, <strong>keep taking it</strong> and tell us at your consultation.</p>
  </details>
  <details>
    <summary>What should I avoid right after treatment?</summary>
    <ul>
      <li>Lying flat or bending over for four hours</li>
      <li>Rubbing or massaging the treated areas that day</li>
      <li>Hot yoga, saunas and hard workouts until the next morning</li>
    </ul>
  </details>
  <details>
    <summary>Do you offer payment plans?</summary>
    <p>Yes. Treatments over $500 can be split into monthly payments; <a href="https://example.com/financing">see our financing options</a>.</p>
  </details>
`;

// The clinic's own questions in Persian, for the right-to-left story.
const persianDetails = html`
  <details open>
    <summary>برای وقت بوتاکس® چطور آماده شوم؟</summary>
    <p>اگر می‌توانید با صورت تمیز بیایید و یکی دو روز قبل از الکل و مکمل‌های رقیق‌کننده خون مانند روغن ماهی پرهیز کنید؛ این‌ها احتمال کبودی را بیشتر می‌کنند.</p>
    <p>اگر داروی رقیق‌کننده خون تجویزی مصرف می‌کنید، <strong>مصرف آن را ادامه دهید</strong> و در جلسه مشاوره به ما بگویید.</p>
  </details>
  <details>
    <summary>بلافاصله بعد از درمان از چه کارهایی پرهیز کنم؟</summary>
    <ul>
      <li>دراز کشیدن یا خم شدن تا چهار ساعت</li>
      <li>مالیدن یا ماساژ دادن نواحی درمان‌شده در همان روز</li>
      <li>یوگای گرم، سونا و ورزش سنگین تا صبح روز بعد</li>
    </ul>
  </details>
  <details>
    <summary>آیا امکان پرداخت اقساطی دارید؟</summary>
    <p>بله. هزینهٔ درمان‌های بالای ۵۰۰ دلار را می‌توان ماهانه پرداخت کرد؛ <a href="https://example.com/financing">گزینه‌های پرداخت ما را ببینید</a>.</p>
  </details>
`;

const clinicJson = JSON.stringify([
  { question: 'Is parking available?', answer: 'Yes: validated parking is under the building, entrance on *Wilshire Boulevard*.' },
  {
    question: 'Can I book a touch-up?',
    answer:
      'Touch-ups are free within **14 days** of your first Botox® treatment.\n\n- Call us on [310 555 0142](tel:+13105550142)\n- or reply to your confirmation email',
  },
]);

const longTopics = [
  'Botox®',
  'Dysport®',
  'lip filler',
  'cheek filler',
  'microneedling',
  'chemical peels',
  'laser hair removal',
  'Kybella®',
  'Sculptra®',
  'HydraFacial®',
];
const longJson = JSON.stringify(
  longTopics.flatMap((topic) => [
    {
      question: `How long does ${topic} last?`,
      answer: `It depends on the person and the area treated; at your consultation we explain what to expect from ${topic} for you.`,
    },
    {
      question: `Is ${topic} painful?`,
      answer: `Most patients describe ${topic} as mildly uncomfortable. We offer numbing cream and ice for every treatment.`,
    },
    {
      question: `How much does ${topic} cost?`,
      answer: `Pricing for ${topic} depends on the amount needed. Your consultation is free and comes with a written quote.`,
    },
  ]),
);

/** Lit cannot bind inside a <script>, so the inline JSON child is built as a node. */
function jsonScript(json: string): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = json;
  return script;
}

function content(args: FaqArgs): TemplateResult | HTMLScriptElement | typeof nothing {
  switch (args.content) {
    case 'details':
      return clinicDetails;
    case 'persian':
      return persianDetails;
    case 'json':
      return jsonScript(args.json || clinicJson);
    case 'long':
      return jsonScript(longJson);
    default:
      return nothing;
  }
}

const meta: Meta<FaqArgs> = {
  title: 'Elements/FAQ',
  component: 'blush-faq',
  parameters: elementDocs('blush-faq', 'Elements/FAQ'),
  args: {
    content: 'pack',
    pack: 'botox',
    src: '',
    single: false,
    searchable: false,
    headingLevel: 3,
    structuredData: false,
    cta: true,
    bookingUrl: '',
    showSources: false,
    json: '',
  },
  argTypes: {
    content: {
      control: 'inline-radio',
      options: ['pack', 'details', 'persian', 'json', 'long', 'none'],
      description: 'Which light-DOM content the story puts inside the element',
    },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
  },
  render: (args) => html`<div class="story-faq">
    <blush-faq
      pack=${args.pack || nothing}
      src=${args.src || nothing}
      ?single=${args.single}
      ?searchable=${args.searchable}
      heading-level=${args.headingLevel}
      ?structured-data=${args.structuredData}
      ?cta=${args.cta}
      booking-url=${args.bookingUrl || nothing}
      ?show-sources=${args.showSources}
      theme=${ifDefined(args.theme)}
      >${content(args)}</blush-faq
    >
  </div>`,
};
export default meta;
type Story = StoryObj<FaqArgs>;

/** The built-in Botox® pack: `<blush-faq pack="botox">`, with "Book a consultation" to a booking page. */
export const Default: Story = { args: { bookingUrl: 'https://example.com/book' } };

/** The clinic's own questions written as `<details>` (readable without JavaScript and by search engines). */
export const LightDom: Story = { args: { content: 'details', pack: '' } };

/** The pack plus the clinic's own `<details>`: its questions are added after the pack's. */
export const PackWithClinicQuestions: Story = { args: { content: 'details' } };

/** Questions from an inline `<script type="application/json">`, with links, emphasis and a list. */
export const Json: Story = { args: { content: 'json', pack: '' } };

/** Thirty questions with a search field; try "cost" or "laser". */
export const LongContent: Story = { args: { content: 'long', pack: '', searchable: true } };

/** One answer open at a time. */
export const Single: Story = { args: { single: true } };

/** Sources and last-reviewed dates under each answer. */
export const WithSources: Story = { args: { showSources: true } };

export const Spanish: Story = { args: { searchable: true, bookingUrl: 'https://example.com/reservar' }, globals: { locale: 'es' } };

/** Persian, right to left: the clinic's own questions and every interface word in Persian. */
export const RightToLeft: Story = {
  args: { content: 'persian', pack: '', searchable: true, bookingUrl: 'https://example.com/book' },
  globals: { locale: 'fa', direction: 'rtl' },
};

export const Dark: Story = {
  args: { theme: 'dark', searchable: true, bookingUrl: 'https://example.com/book' },
  globals: { theme: 'dark' },
};

/** An unknown pack: a calm message for visitors, one console warning for the developer. */
export const ErrorState: Story = { args: { pack: 'botx' } };

/** Malformed inline JSON with the clinic's `<details>` missing: the same calm message. */
export const BrokenJson: Story = { args: { content: 'json', pack: '', json: '[{ "question": "Oops" ' } };

/** No content at all. */
export const Empty: Story = { args: { content: 'none', pack: '' } };

// Every state above side by side; the docs page shows each once already.
export const AllStates: Story = {
  name: 'All states',
  tags: ['!autodocs'],
  ...allStates(
    meta,
    {
      Default,
      LightDom,
      PackWithClinicQuestions,
      Json,
      LongContent,
      Single,
      WithSources,
      Spanish,
      RightToLeft,
      Dark,
      ErrorState,
      BrokenJson,
      Empty,
    },
    { minWidth: '24rem' },
  ),
};
