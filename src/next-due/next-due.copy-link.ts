// "Copy link to this page", for visitors whose browser cannot take the reminder: they copy the
// page's address and open it where it can. Part of the result view's on-demand chunk.
import { html, nothing, type ReactiveElement } from 'lit';
import { track } from '../core/analytics.js';
import { copyText } from '../core/clipboard.js';
import type { ResultView } from './next-due.result.js';

/** Per element: whether "Copy link" worked, or the address is shown to copy by hand. */
const copyOutcome = new WeakMap<HTMLElement, 'copied' | 'by-hand'>();

/**
 * Per-visitor identifiers that social apps, ad networks and mail tools append to links; a copied
 * link leaves them out, so it carries nothing personal.
 */
const PERSONAL_PARAMETERS = [
  'fbclid',
  'igshid',
  'igsh',
  'ttclid',
  'li_fat_id',
  'epik',
  'ScCid',
  'gclid',
  'gbraid',
  'wbraid',
  'dclid',
  'msclkid',
  'twclid',
  'yclid',
  'mc_eid',
  '_hsenc',
  '_hsmi',
  'mkt_tok',
  'oly_enc_id',
  'oly_anon_id',
  'vero_id',
  '_kx',
];

/** The page's address without per-visitor identifiers. */
export function shareableAddress(href = location.href): string {
  const url = new URL(href);
  for (const name of PERSONAL_PARAMETERS) url.searchParams.delete(name);
  return url.href;
}

async function copyPageLink({ host }: ResultView): Promise<void> {
  // Web views without clipboard access: the address is shown, selected, to copy by hand.
  copyOutcome.set(host, (await copyText(shareableAddress())) ? 'copied' : 'by-hand');
  track(host, 'blush_next_due_calendar', { kind: 'copy-link' });
  (host as ReactiveElement).requestUpdate();
  await (host as ReactiveElement).updateComplete;
  const field = host.shadowRoot?.querySelector<HTMLInputElement>('.page-address');
  field?.focus();
  field?.select();
}

/** The button, the address to copy by hand where the browser refuses, and the announced outcome. */
export function renderCopyLink(view: ResultView) {
  const { m, host } = view;
  const outcome = copyOutcome.get(host);
  return html`
    <button type="button" class="button copy-link" @click=${() => copyPageLink(view)}>${m.copyLink}</button>
    ${
      outcome === 'by-hand'
        ? html`<label class="page-address-label">${m.copyByHand}<input class="page-address" readonly .value=${shareableAddress()} /></label>`
        : nothing
    }
    <p class="copy-status" role="status">${outcome === 'copied' ? m.linkCopied : ''}</p>
  `;
}
