// <blush-consult-form> runtime: first render of the full form (every field, the whole treatment
// catalog), one keystroke-to-validation cycle on a field showing an error, and a submit (validate,
// build the request, settle) handled by the page through blush-consult-submit, so no network is timed.
import { median, openBenchPage } from './bench-utils.mjs';

const RUNS = 9;

export default async function bench({ page, baseUrl }) {
  await openBenchPage(page, baseUrl, 'blush-consult-form');

  const firstRender = [];
  for (let run = 0; run < RUNS; run++) {
    firstRender.push(
      await page.evaluate(async () => {
        document.body.replaceChildren();
        const form = document.createElement('blush-consult-form');
        form.setAttribute('locations', 'Beverly Hills, Santa Monica');
        form.setAttribute('min-fill-time', '0');
        const start = performance.now();
        document.body.append(form);
        await form.updateComplete;
        form.getBoundingClientRect();
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
        if (!form.querySelector('[name="email"]') || form.querySelectorAll('[name="treatments"]').length < 10)
          throw new Error('form did not render');
        return performance.now() - start;
      }),
    );
  }

  const revalidate = [];
  for (let run = 0; run < RUNS; run++) {
    revalidate.push(
      await page.evaluate(async (index) => {
        const form = document.querySelector('blush-consult-form');
        const email = form.querySelector('[name="email"]');
        email.value = 'not-an-email';
        email.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
        // The first focus fetches the form's checking code (an on-demand chunk): wait for the error it shows.
        while (email.getAttribute('aria-invalid') !== 'true') await new Promise((resolve) => setTimeout(resolve, 10));
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
        const start = performance.now();
        email.value = `olivia${index}@example.com`;
        email.dispatchEvent(new Event('input', { bubbles: true }));
        await form.updateComplete;
        form.getBoundingClientRect();
        const elapsed = performance.now() - start;
        if (email.getAttribute('aria-invalid') !== 'false') throw new Error('error did not clear');
        return elapsed;
      }, run),
    );
  }

  const submit = [];
  for (let run = 0; run < RUNS; run++) {
    submit.push(
      await page.evaluate(async () => {
        document.body.replaceChildren();
        const form = document.createElement('blush-consult-form');
        form.setAttribute('min-fill-time', '0');
        document.body.append(form);
        await form.updateComplete;
        const values = { firstName: 'Olivia', lastName: 'Martínez', email: 'olivia@example.com', phone: '(310) 555-0142' };
        for (const [name, value] of Object.entries(values)) form.querySelector(`[name="${name}"]`).value = value;
        for (const name of ['adult', 'privacy']) form.querySelector(`[name="${name}"]`).checked = true;
        form.addEventListener('blush-consult-submit', (event) => {
          event.preventDefault();
          event.detail.waitUntil(Promise.resolve());
        });
        const done = new Promise((resolve) => form.addEventListener('blush-consult-success', resolve, { once: true }));
        const start = performance.now();
        form.querySelector('.bcf-submit').click();
        await done;
        await form.updateComplete;
        return performance.now() - start;
      }),
    );
  }

  return [
    { name: 'consult-form: first render, all fields', value: median(firstRender), unit: 'ms' },
    { name: 'consult-form: keystroke clears an error', value: median(revalidate), unit: 'ms' },
    { name: 'consult-form: submit to sent (page-handled)', value: median(submit), unit: 'ms' },
  ];
}
