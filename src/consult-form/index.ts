import { define } from '../core/define.js';
import { BlushConsultForm } from './consult-form.js';

export { BlushConsultForm } from './consult-form.js';
export type { BlushConsultErrorEvent, BlushConsultSubmitEvent, BlushConsultSuccessEvent } from './consult-form.events.js';
export type { ConsultPayload, ConsentRecord } from './consult-form.model.js';
export type { ConsultPrefill } from '../core/handoff.js';

define('blush-consult-form', BlushConsultForm);

declare global {
  interface HTMLElementTagNameMap {
    'blush-consult-form': BlushConsultForm;
  }
}
