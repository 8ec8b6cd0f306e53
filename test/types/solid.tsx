// What a Solid app sees with `import type {} from 'blush-widgets/types/solid'`: these
// compile, and each @ts-expect-error line is refused (tsc reports an unused one as an error).
// Compiled against the built types by test/e2e/framework-types.e2e.mjs; zero errors is a pass.
import type {} from 'blush-widgets/types/solid';
import type { BlushConsultSuccessEvent } from 'blush-widgets';

export const ok = (
  <>
    {/* typed custom events through Solid's on: namespace */}
    <blush-faq
      on:blush-faq-toggle={(e) => {
        const open: boolean = e.detail.open;
        void open;
      }}
    />
    <blush-consult-form on:blush-consult-success={(e: BlushConsultSuccessEvent) => e.detail.attempts} />
    {/* literal union (theme), boolean shorthand, number */}
    <blush-faq pack="botox" searchable heading-level={2} theme="dark" single cta booking-url="/book" />
    <blush-before-after before="a.jpg" after="b.jpg" value={40} orientation="vertical" view="side-by-side" no-labels />
    <blush-consult-form action="https://x" hide="phone sms" encoding="form" timeout={8000} retries={2} draft />
    <blush-next-due treatment="botox" reminder-days={14} last-date="2025-01-31" />
    <blush-gallery src="cases.json" url-param="case" aspect-ratio="4/5" />
    {/* the framework's own attributes */}
    <blush-faq id="f" class="c" aria-label="FAQ" onClick={() => {}} />
  </>
);

export const wrong = (
  <>
    {/* @ts-expect-error handler for another event's type */}
    <blush-faq on:blush-faq-toggle={(e: BlushConsultSuccessEvent) => e.detail.attempts} />
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
  </>
);
