// What a Preact app sees with `import type {} from 'blush-widgets/types/preact'`: these
// compile, and each @ts-expect-error line is refused (tsc reports an unused one as an error).
// Compiled against the built types by test/e2e/framework-types.e2e.mjs; zero errors is a pass.
import type {} from 'blush-widgets/types/preact';
import type { BlushConsultSuccessEvent, BlushFaqToggleEvent } from 'blush-widgets';
import { createRef } from 'preact';
const faqRef = createRef<HTMLElementTagNameMap['blush-faq']>();

export const ok = (
  <>
    {/* literal union (theme), boolean shorthand, number */}
    <blush-faq pack="botox" searchable heading-level={2} theme="dark" single cta booking-url="/book" />
    <blush-before-after before="a.jpg" after="b.jpg" value={40} orientation="vertical" view="side-by-side" no-labels />
    <blush-consult-form action="https://x" hide="phone sms" encoding="form" timeout={8000} retries={2} draft />
    <blush-next-due treatment="botox" reminder-days={14} last-date="2025-01-31" />
    <blush-gallery src="cases.json" url-param="case" aspect-ratio="4/5" />
    {/* typed custom events: React 19 adds a listener for on<event-name> */}
    <blush-faq
      onblush-faq-toggle={(e) => {
        const open: boolean = e.detail.open;
        void open;
      }}
    />
    <blush-consult-form onblush-consult-success={(e: BlushConsultSuccessEvent) => e.detail.attempts} />
    <blush-before-after onchange={(e: Event) => void e} />
    {/* the framework's own attributes and a typed ref */}
    <blush-faq id="f" class="c" aria-label="FAQ" onClick={() => {}} ref={faqRef} />
  </>
);

export const wrong = (
  <>
    {/* @ts-expect-error misspelled attribute */}
    <blush-faq serchable />
    {/* @ts-expect-error value outside the literal union */}
    <blush-before-after orientation="diagonal" />
    {/* @ts-expect-error number where only a string-literal union is allowed */}
    <blush-before-after view={2} />
    {/* @ts-expect-error string where a number is expected */}
    <blush-next-due reminder-days="14" />
    {/* @ts-expect-error string where a boolean is expected (attribute without a field in the manifest) */}
    <blush-faq analytics="yes" />
    {/* @ts-expect-error element property with the wrong type */}
    <blush-gallery cases="cases.json" />
    {/* @ts-expect-error read-only getter is not a settable prop */}
    <blush-next-due due={null} />
    {/* @ts-expect-error handler for another event's type */}
    <blush-faq onblush-faq-toggle={(e: BlushConsultSuccessEvent) => e.detail.attempts} />
    {/* @ts-expect-error handler expecting a KeyboardEvent */}
    <blush-faq onblush-faq-cta={(e: KeyboardEvent) => e.key} />
  </>
);
export type { BlushFaqToggleEvent };
