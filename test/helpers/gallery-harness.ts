import { executeServerCommand, sendKeys } from '@web/test-runner-commands';

/** Chromium runs two test pages at once; key presses need this page to act as the focused one. */
export const emulateFocus = () => executeServerCommand<boolean, undefined>('emulate-focus');

/** A real key press, with this page brought to the front first: the runner's other test page may have taken it. */
export async function press(key: string) {
  await emulateFocus();
  await sendKeys({ press: key });
}
import type { BlushGallery } from '../../src/gallery/gallery.js';
import { eventually } from './wait.js';

/** A tiny inline SVG, so tests need no image files and make no requests. */
export function svgImage(label: string, color = '#d9b8c4'): string {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30"><rect width="40" height="30" fill="${color}"/><text x="2" y="18" font-size="8">${label}</text></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

export interface CaseSpec {
  id?: string;
  treatment?: string;
  area?: string;
  sessions?: number | string;
  timeSince?: string;
  photoDate?: string;
  unretouched?: boolean;
  consentExpires?: string;
  caption?: string;
  sensitive?: boolean;
}

/** JSON-shaped cases: `count` cases cycling through `treatments`. */
export function makeCases(count: number, treatments = ['botox', 'filler-lips', 'dysport'], extra: CaseSpec = {}) {
  return Array.from({ length: count }, (_, index) => ({
    id: `c${index + 1}`,
    treatment: treatments[index % treatments.length],
    area: 'Forehead lines',
    before: svgImage(`B${index + 1}`),
    after: svgImage(`A${index + 1}`, '#f1dde4'),
    beforeAlt: `Case ${index + 1} before treatment`,
    afterAlt: `Case ${index + 1} after treatment`,
    ...extra,
  }));
}

const root = (el: BlushGallery) => el.shadowRoot!;

export const harness = {
  async ready(el: BlushGallery) {
    await eventually(
      () => !root(el).querySelector('.state[role="status"]') && root(el).querySelector('.grid'),
      'gallery did not finish loading',
    );
    await el.updateComplete;
  },
  chips: (el: BlushGallery) => [...root(el).querySelectorAll<HTMLButtonElement>('[part="filter"]')],
  chip(el: BlushGallery, label: string) {
    const chip = harness.chips(el).find((button) => button.textContent!.replace(/\s+/g, ' ').trim().startsWith(label));
    if (!chip) throw new Error(`no filter chip "${label}"`);
    return chip;
  },
  pressed: (el: BlushGallery) => harness.chips(el).filter((chip) => chip.getAttribute('aria-pressed') === 'true'),
  cases: (el: BlushGallery) => [...root(el).querySelectorAll<HTMLLIElement>('li.case')],
  visibleIds: (el: BlushGallery) =>
    harness
      .cases(el)
      .filter((item) => !item.hidden)
      .map((item) => item.dataset.id!),
  caseButton(el: BlushGallery, id: string) {
    const button = root(el).querySelector<HTMLButtonElement>(`[data-case="${id}"]`);
    if (!button) throw new Error(`no case "${id}"`);
    return button;
  },
  dialog: (el: BlushGallery) => root(el).querySelector('dialog')!,
  /** Waits for the enlarged view: the first opening fetches the dialog and slider modules. */
  async opened(el: BlushGallery) {
    // The dialog itself is fetched on the first opening too, so it may not exist yet.
    await eventually(() => root(el).querySelector('dialog')?.open, 'the dialog did not open');
    await el.updateComplete;
  },
  slider: (el: BlushGallery) => root(el).querySelector<HTMLElement>('dialog blush-before-after'),
  dialogTitle: (el: BlushGallery) => root(el).querySelector('.dialog-title')?.textContent?.trim(),
  dialogButton: (el: BlushGallery, which: 'previous' | 'next' | 'close') => root(el).querySelector<HTMLButtonElement>(`dialog .${which}`)!,
  focused: (el: BlushGallery) => root(el).activeElement as HTMLElement | null,
  disclaimerText(el: BlushGallery) {
    const paragraph = root(el).querySelector<HTMLElement>('.disclaimer')!;
    const span = paragraph.querySelector('span')!;
    if (span.hidden)
      return [...paragraph.childNodes]
        .filter((node) => node !== span)
        .map((node) => node.textContent)
        .join('')
        .trim();
    const slot = span.querySelector('slot')!;
    const assigned = slot.assignedNodes({ flatten: true });
    return (assigned.length ? assigned.map((node) => node.textContent).join('') : slot.textContent!).trim();
  },
  error: (el: BlushGallery) => root(el).querySelector<HTMLElement>('[part="error"]'),
  thumbnails: (el: BlushGallery, id: string) => [...harness.caseButton(el, id).querySelectorAll('img')],
  galleryWarnings: (messages: string[]) => messages.filter((message) => message.startsWith('[blush-gallery]')),
};
