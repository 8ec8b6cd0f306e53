import { fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/consult-form/index.js';
import type { BlushConsultForm } from '../../src/consult-form/index.js';
import { queuedTasksRun } from './wait.js';

export { type ServerLog, endpoint, newRun, serverLog } from './consult-endpoint.js';

/**
 * A form with test-friendly timings: no minimum fill time, short timeouts and backoff, and three
 * retries whatever their time (the element's default retries for 30 s).
 */
export async function consultForm(attributes = '', children = ''): Promise<BlushConsultForm> {
  const element = await fixture<BlushConsultForm>(
    // Attributes given first win: HTML keeps the first of a repeated attribute.
    `<blush-consult-form ${attributes} min-fill-time="0" timeout="4000" retry-delay="20" max-retry-delay="1500" retries="3" retry-for="600">${children}</blush-consult-form>`,
  );
  await ready(element);
  return element;
}

/** Lets the element load its on-demand checking and sending code, as a visitor's first focus does. */
export async function ready(element: BlushConsultForm): Promise<void> {
  await element.updateComplete;
  element.querySelector('form')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
  // Imports of one module settle in the order they were asked for: once ours has, the element's has too.
  await import('../../src/consult-form/consult-form.session.js');
  await queuedTasksRun();
  await element.updateComplete;
}

export function control<T extends HTMLElement = HTMLInputElement>(element: BlushConsultForm, name: string, value?: string): T {
  const selector = value === undefined ? `[name="${name}"]` : `[name="${name}"][value="${value}"]`;
  const found = element.querySelector<T>(selector);
  if (!found) throw new Error(`no control ${selector}`);
  return found;
}

/** Sets values the way a script or autofill would, then lets the element hear about it. */
export async function fill(element: BlushConsultForm, values: Record<string, string | boolean | string[]>): Promise<void> {
  for (const [name, value] of Object.entries(values)) {
    if (Array.isArray(value)) {
      for (const item of value) control(element, name, item).click();
    } else if (typeof value === 'boolean') {
      const box = control(element, name);
      if (box.checked !== value) box.click();
    } else {
      const input = control<HTMLInputElement>(element, name);
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }
  }
  await element.updateComplete;
}

export const VALID = {
  firstName: 'Olivia',
  lastName: 'Martínez',
  email: 'olivia@example.com',
  phone: '310.555.0142',
  adult: true,
  privacy: true,
} as const;

export function submitButton(element: BlushConsultForm): HTMLButtonElement {
  return element.querySelector<HTMLButtonElement>('.bcf-submit')!;
}

export function summary(element: BlushConsultForm): HTMLElement | null {
  return element.querySelector<HTMLElement>('.bcf-summary');
}

export function statusText(element: BlushConsultForm): string {
  return element.querySelector('[role="status"]')?.textContent?.trim() ?? '';
}

/**
 * Leaves a field with a real Tab press. An engine whose window lacks system focus (several
 * browsers under test at once) moves focus without firing focus events, so then the focusout
 * the browser would have sent is dispatched here.
 */
export async function tabAway(field: HTMLElement): Promise<void> {
  field.focus();
  await sendKeys({ press: 'Tab' });
  if (!document.hasFocus()) field.dispatchEvent(new FocusEvent('focusout', { bubbles: true, relatedTarget: document.activeElement }));
}
