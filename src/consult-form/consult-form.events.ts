import type { DeliveryFailure } from './consult-form.delivery.js';
import type { ConsultPayload } from './consult-form.model.js';

/**
 * Fired before sending; cancelable. The page may send `data` itself: call `preventDefault()`,
 * and pass your own promise to `waitUntil()` while handling the event, so the form shows
 * "Sending…" and then "Sent" or "Could not send" (a rejected promise fires `blush-consult-error`
 * with reason `network` and keeps every value in the form). Cancelling without `waitUntil()` is a
 * veto: nothing is sent, neither success nor error fires, and the form is editable again with every
 * value kept; the page shows its own message.
 */
export type BlushConsultSubmitEvent = CustomEvent<{
  data: ConsultPayload;
  idempotencyKey: string;
  waitUntil(promise: Promise<unknown>): void;
}>;

/** The request reached the clinic. Ids and counts only, never what the visitor typed. */
export type BlushConsultSuccessEvent = CustomEvent<{ treatments: string[]; attempts: number }>;

/** The request did not reach the clinic (or was rejected). `fields` names fields with errors, not their values. */
export type BlushConsultErrorEvent = CustomEvent<{
  reason: DeliveryFailure | 'invalid';
  status?: number;
  attempts: number;
  fields: string[];
}>;

declare global {
  interface HTMLElementEventMap {
    'blush-consult-submit': BlushConsultSubmitEvent;
    'blush-consult-success': BlushConsultSuccessEvent;
    'blush-consult-error': BlushConsultErrorEvent;
  }
}
