// <blush-consult-form> against hosted back ends: submit to thank-you when the endpoint is a local
// stand-in on another origin (scripts/lead-services.mjs), so the browser does its real CORS work:
// a preflight for JSON (Formspree-style), none for form-encoded (Apps Script-style, plus its 302
// to a third origin). Loopback, so the figure is the element's and the browser's cost, not a network's.
import { startLeadServices } from '../lead-services.mjs';
import { median, openBenchPage } from './bench-utils.mjs';

const RUNS = 9;

export default async function bench({ page, baseUrl }) {
  const services = await startLeadServices();
  try {
    await openBenchPage(page, baseUrl, 'blush-consult-form');
    const time = async (action, encoding) => {
      const runs = [];
      for (let run = 0; run < RUNS; run++) {
        runs.push(
          await page.evaluate(
            async ({ action, encoding }) => {
              document.body.replaceChildren();
              const form = document.createElement('blush-consult-form');
              form.setAttribute('min-fill-time', '0');
              form.setAttribute('action', action);
              form.setAttribute('encoding', encoding);
              document.body.append(form);
              await form.updateComplete;
              const values = { firstName: 'Olivia', lastName: 'Martínez', email: 'olivia@example.com', phone: '(310) 555-0142' };
              for (const [name, value] of Object.entries(values)) form.querySelector(`[name="${name}"]`).value = value;
              for (const name of ['adult', 'privacy']) form.querySelector(`[name="${name}"]`).checked = true;
              const done = new Promise((resolve, reject) => {
                form.addEventListener('blush-consult-success', resolve, { once: true });
                form.addEventListener('blush-consult-error', (event) => reject(new Error(JSON.stringify(event.detail))), { once: true });
              });
              const start = performance.now();
              form.querySelector('.bcf-submit').click();
              await done;
              await form.updateComplete;
              return performance.now() - start;
            },
            { action, encoding },
          ),
        );
      }
      return median(runs);
    };
    return [
      {
        name: 'consult-form: submit to thank-you, cross-origin JSON (Formspree-style)',
        value: await time(`${services.hosts['https://formspree.io']}/f/bench`, 'json'),
        unit: 'ms',
      },
      {
        name: 'consult-form: submit to thank-you, cross-origin form + 302 (Apps Script-style)',
        value: await time(`${services.hosts['https://script.google.com']}/macros/s/bench/exec`, 'form'),
        unit: 'ms',
      },
    ];
  } finally {
    await services.close();
  }
}
