// "Where should requests go?": the consultation form's first question, in a clinic's words. Each
// answer says who receives patients' details, what the clinic does there, which address the form
// sends to, and whether the setup is ready: a form that would lose requests (nowhere to send, an
// address of the wrong kind, a test that failed) is never shown as ready.
import type { EndpointVerdict } from './endpoint.js';
import type { BuilderState } from './state.js';
import { safeHttpUrl } from './urls.js';

export type Destination = 'wordpress' | 'email' | 'sheet' | 'developer';
export const DESTINATION_IDS: readonly Destination[] = ['wordpress', 'email', 'sheet', 'developer'];

export interface DestinationInfo {
  id: Destination;
  label: string;
  /** One line under the choice. */
  help: string;
  /** The company that receives patients' details, with its privacy terms; none for the clinic's own site. */
  receiver?: { name: string; privacy: string };
  /** The address field: its label, one line of help and an example. */
  address: { label: string; help: string; placeholder: string };
}

export const DESTINATIONS: readonly DestinationInfo[] = [
  {
    id: 'wordpress',
    label: 'My WordPress site',
    help: 'Requests are kept on your own site, under Leads, and emailed to you.',
    address: {
      label: "Your site's address",
      help: 'Only to send a test request, e.g. https://www.your-clinic.com',
      placeholder: 'https://www.your-clinic.com',
    },
  },
  {
    id: 'email',
    label: 'My email',
    help: 'A form service, Formspree, receives each request and emails it to you.',
    receiver: { name: 'Formspree, Inc.', privacy: 'https://formspree.io/legal/privacy-policy' },
    address: {
      label: 'Your Formspree form address',
      help: 'It starts with https://formspree.io/f/',
      placeholder: 'https://formspree.io/f/…',
    },
  },
  {
    id: 'sheet',
    label: 'A Google Sheet',
    help: 'Each request becomes a row of a spreadsheet in your Google account.',
    receiver: { name: 'Google', privacy: 'https://policies.google.com/privacy' },
    address: {
      label: 'Your web app address',
      help: 'It starts with https://script.google.com/macros/s/ and ends with /exec',
      placeholder: 'https://script.google.com/macros/s/…/exec',
    },
  },
  {
    id: 'developer',
    label: 'My developer set one up',
    help: 'Your web developer gives you the address requests are sent to.',
    address: {
      label: 'The address your developer gave you',
      help: 'Starting with https://',
      placeholder: 'https://',
    },
  },
];

export const destinationInfo = (id: Destination | '') => DESTINATIONS.find((destination) => destination.id === id);

/** The WordPress plugin's lead inbox on a site, from the site's address (or null when it is not one). */
export function wordpressLeadsUrl(site: string): string | null {
  const url = safeHttpUrl(site.trim());
  if (!url || !/^https?:\/\//i.test(site.trim())) return null;
  const parsed = new URL(url);
  return `${parsed.origin}${parsed.pathname.replace(/\/+$/, '')}/wp-json/blush-widgets/v1/leads`;
}

/** Why the address does not fit the chosen destination, in words, or null. */
export function addressProblem(destination: Destination, value: string): string | null {
  const address = value.trim();
  if (!address) return null;
  const url = /^https?:\/\//i.test(address) ? safeHttpUrl(address) : null;
  if (!url) return 'This is not a web address. Copy the whole address, starting with https://';
  const { hostname, pathname } = new URL(url);
  if (destination === 'email' && !(/(^|\.)formspree\.io$/.test(hostname) && /^\/f\/[A-Za-z0-9]+\/?$/.test(pathname)))
    return 'This is not a Formspree form address. In Formspree, open your form and copy the address that starts with https://formspree.io/f/';
  if (destination === 'sheet' && !(hostname === 'script.google.com' && /^\/macros\/s\/[^/]+\/exec\/?$/.test(pathname)))
    return 'This is not a web app address. In Apps Script, use Deploy, then copy the web app address that ends with /exec';
  return null;
}

/** The address the form sends to for this setup, or '' (the WordPress plugin fills its own in). */
export function formAction(state: BuilderState): string {
  const address = state.destinationAddress.trim();
  switch (state.destination) {
    case 'wordpress':
      return state.platform === 'wordpress' ? '' : (wordpressLeadsUrl(address) ?? '');
    case 'email':
    case 'sheet':
    case 'developer':
      return addressProblem(state.destination, address) ? '' : address;
    default:
      return '';
  }
}

/** Where a test request goes: the form's address, or the plugin's inbox on the given site. */
export function testAddress(state: BuilderState): string {
  return state.destination === 'wordpress' ? (wordpressLeadsUrl(state.destinationAddress) ?? '') : formAction(state);
}

export interface Readiness {
  ready: boolean;
  /** What is missing, in words. */
  problem?: string;
  /** Ready, but worth saying (not tested yet). */
  note?: string;
}

/** Is the consultation form's setup one that delivers requests? Other widgets are always ready. */
export function readiness(state: BuilderState): Readiness {
  if (state.widget !== 'consult-form') return { ready: true };
  const info = destinationInfo(state.destination);
  if (!info)
    return {
      ready: false,
      problem: 'Choose where requests should go (step 2). Without that, the form would have nowhere to send what visitors type.',
    };
  const address = state.destinationAddress.trim();
  const test = state.test && state.test.address === testAddress(state) ? state.test : undefined;
  if (test && test.verdict !== 'accepted')
    return { ready: false, problem: 'The test request did not arrive. Fix the address or the setup in step 2, then send another test.' };
  if (state.destination === 'wordpress') {
    if (state.platform !== 'wordpress' && !wordpressLeadsUrl(address))
      return {
        ready: false,
        problem: "Give your WordPress site's address in step 2, or choose WordPress below if the form goes on that site.",
      };
    return test
      ? { ready: true }
      : { ready: true, note: 'Once the plugin is set up, send a request from your site to see it arrive under Leads.' };
  }
  if (!address) return { ready: false, problem: `Paste ${info.address.label[0].toLowerCase()}${info.address.label.slice(1)} in step 2.` };
  const problem = addressProblem(info.id, address);
  if (problem) return { ready: false, problem };
  return test ? { ready: true } : { ready: true, note: 'Not tested yet: send a test request in step 2 to be sure requests arrive.' };
}

export interface TestRecord {
  /** The address tested: a result stands only while the address stays the same. */
  address: string;
  verdict: EndpointVerdict;
}

/** What a test's result means, in words: the verdict's title and what to do. */
export function testWords(
  destination: Destination,
  result: { verdict: EndpointVerdict; status?: number },
): { title: string; text: string } {
  const where = { wordpress: 'Your site', email: 'Formspree', sheet: 'Your Google web app', developer: 'The address' }[destination];
  switch (result.verdict) {
    case 'accepted':
      return {
        title: 'It arrived.',
        text: {
          wordpress: 'Your site accepted the test request (tests are checked, not kept under Leads).',
          email: 'Formspree accepted the test request: it should reach your email within a few minutes.',
          sheet: 'Your Google web app accepted the test request: look for a new row in your Sheet.',
          developer: 'The address accepted the test request: ask your developer whether they received it.',
        }[destination],
      };
    case 'refused':
      if (result.status === 404)
        return {
          title: 'Not found.',
          text:
            destination === 'wordpress'
              ? 'Your site answered, but the Blush Widgets plugin is not active there. Install and activate it (steps above), then test again.'
              : `${where} does not know this address. Copy it again, the whole of it, and test again.`,
        };
      if ((result.status ?? 0) >= 500) return { title: 'Not this time.', text: `${where} had a problem. Try again in a few minutes.` };
      return {
        title: 'Refused.',
        text: `${where} refused the test request. Check the form's settings there (is it switched on, and allowed to take requests from your site?), then test again.`,
      };
    case 'timeout':
      return { title: 'No answer.', text: `${where} did not answer within 10 seconds. Check the address, or try again later.` };
    case 'blocked':
      return {
        title: 'Could not be sent.',
        text: 'This address does not take requests from web pages, or does not answer. Check that you copied the whole address; if it is right, show your web developer the details below.',
      };
    default:
      return { title: 'Not tested.', text: 'Give the whole address, starting with https://, to test it.' };
  }
}
