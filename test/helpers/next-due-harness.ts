import { fixture, type html } from '@open-wc/testing';
import type { BlushNextDue } from '../../src/next-due/next-due.js';

/** Mounts a `<blush-next-due>` template and returns it with its harness. */
export async function renderNextDue(template: ReturnType<typeof html>) {
  const el = await fixture<BlushNextDue>(template);
  await el.updateComplete;
  return { el, ui: nextDueHarness(el) };
}

/** Shadow-DOM lookups for `<blush-next-due>` tests, so tests read as what a visitor sees. */
export function nextDueHarness(el: BlushNextDue) {
  const root = el.shadowRoot!;
  const one = <T extends Element = HTMLElement>(selector: string) => root.querySelector<T & Element>(selector) as T | null;
  const text = (selector: string) => one(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const links = () => [...root.querySelectorAll<HTMLAnchorElement>('.calendar a')];
  return {
    root,
    select: () => one<HTMLSelectElement>('select'),
    dateInput: () => one<HTMLInputElement>('#last-date')!,
    rememberBox: () => one<HTMLInputElement>('#remember')!,
    forgetButton: () => one<HTMLButtonElement>('button.link'),
    fixedTreatment: () => text('.fixed strong'),
    message: () => (one('#message')?.hidden ? '' : text('#message')),
    isError: () => one('#message')?.classList.contains('error') ?? false,
    announcement: () => text('[role="status"]'),
    notice: () => (one('.notice')?.hidden ? '' : text('.notice')),
    result: () => one('.result'),
    status: () => text('.status'),
    range: () => text('.range'),
    legend: () => [...root.querySelectorAll('.legend li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim()),
    note: () => text('.note'),
    timeline: () => one('.timeline')!,
    calendarLinks: links,
    icsLink: () => links().find((a) => a.hasAttribute('download')) ?? null,
    googleLink: () => links().find((a) => a.href.startsWith('https://calendar.google.com/')) ?? null,
    outlookLink: () => links().find((a) => a.href.startsWith('https://outlook.live.com/')) ?? null,
    microsoft365Link: () => links().find((a) => a.href.startsWith('https://outlook.office.com/')) ?? null,
    inAppHelp: () => text('.in-app-help'),
    copyLinkButton: () => one<HTMLButtonElement>('button.copy-link'),
    copyStatus: () => text('.copy-status'),
    pageAddress: () => one<HTMLInputElement>('.page-address'),
    book: () => one<HTMLAnchorElement | HTMLButtonElement>('[part="book"]'),
    /** Sets the date as the native picker would (value + input/change events), then waits for render. */
    async enterDate(value: string) {
      const input = one<HTMLInputElement>('#last-date')!;
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await el.updateComplete;
    },
    async chooseTreatment(id: string) {
      const select = one<HTMLSelectElement>('select')!;
      select.value = id;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await el.updateComplete;
    },
    async icsText() {
      const link = links().find((a) => a.hasAttribute('download'));
      if (!link) throw new Error('no .ics link rendered');
      return (await fetch(link.href)).text();
    },
  };
}

/** Unfolds and parses iCalendar text into `[name(;params), value]` pairs, as a calendar app reads it. */
export function parseIcs(text: string): Array<{ name: string; params: string; value: string }> {
  const unfolded = text.replace(/\r\n[ \t]/g, '');
  return unfolded
    .split('\r\n')
    .filter(Boolean)
    .map((line) => {
      const colon = line.indexOf(':');
      const head = line.slice(0, colon);
      const [name, ...params] = head.split(';');
      return { name, params: params.join(';'), value: line.slice(colon + 1) };
    });
}

/** Reverses RFC 5545 TEXT escaping. */
export function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, char: string) => (char === 'n' || char === 'N' ? '\n' : char));
}

/**
 * Runs `body` as if the page were open in the browser whose user agent is `userAgent` (and with
 * that many touch points): the element reads `navigator`, so both are shadowed on the instance.
 */
export async function asBrowser<T>(userAgent: string, body: () => Promise<T>, maxTouchPoints = 0): Promise<T> {
  Object.defineProperty(navigator, 'userAgent', { configurable: true, get: () => userAgent });
  Object.defineProperty(navigator, 'maxTouchPoints', { configurable: true, get: () => maxTouchPoints });
  try {
    return await body();
  } finally {
    delete (navigator as unknown as Record<string, unknown>).userAgent;
    delete (navigator as unknown as Record<string, unknown>).maxTouchPoints;
  }
}

/** Real user agents, as the apps and browsers send them. */
export const USER_AGENTS = {
  instagramIos:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Instagram 385.0.0.32.83 (iPhone16,2; iOS 18_5; en_US; en; scale=3.00; 1290x2796; 753338221; IABMV/1)',
  facebookIos:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [FBAN/FBIOS;FBAV/515.0.0.41.107;FBBV/735316154;FBDV/iPhone16,2;FBMD/iPhone;FBSN/iOS;FBSV/18.5;FBSS/3;FBCR/;FBID/phone;FBLC/en_US;FBOP/80]',
  safariIphone:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1',
  safariIpadDesktop:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Safari/605.1.15',
  chromeDesktop: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36',
};
