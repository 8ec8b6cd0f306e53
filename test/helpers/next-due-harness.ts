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
