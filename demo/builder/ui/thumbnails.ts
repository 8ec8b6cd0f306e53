import { svg, type SVGTemplateResult } from 'lit';
import type { WidgetId } from '../model/widgets.js';

// Small line drawings of each widget, in the accent; decorative (the card's text names the widget).
export const THUMBNAILS: Record<WidgetId, SVGTemplateResult> = {
  faq: svg`<rect x="8" y="8" width="80" height="14" rx="5"/><rect x="8" y="26" width="80" height="22" rx="5"/><rect x="8" y="52" width="80" height="8" rx="4" opacity=".45"/><path d="M78 13l3 3 3-3M78 33l3-3 3 3" fill="none" stroke="var(--thumb-line)" stroke-width="1.5"/><rect x="14" y="37" width="44" height="3" rx="1.5" fill="var(--thumb-line)" opacity=".5"/>`,
  'before-after': svg`<rect x="8" y="8" width="80" height="52" rx="6" opacity=".35"/><path d="M8 14a6 6 0 0 1 6-6h34v52H14a6 6 0 0 1-6-6z"/><line x1="48" y1="8" x2="48" y2="60" stroke="var(--thumb-line)" stroke-width="2"/><circle cx="48" cy="34" r="7" fill="var(--thumb-line)"/><path d="M45 34l-2 0M51 34l2 0" stroke="currentColor" stroke-width="1.5"/>`,
  gallery: svg`<rect x="8" y="8" width="24" height="8" rx="4" opacity=".5"/><rect x="36" y="8" width="24" height="8" rx="4" opacity=".5"/><rect x="8" y="22" width="38" height="17" rx="4"/><rect x="50" y="22" width="38" height="17" rx="4" opacity=".7"/><rect x="8" y="43" width="38" height="17" rx="4" opacity=".7"/><rect x="50" y="43" width="38" height="17" rx="4"/>`,
  'consult-form': svg`<rect x="8" y="8" width="80" height="10" rx="4" opacity=".4"/><rect x="8" y="22" width="80" height="10" rx="4" opacity=".4"/><rect x="8" y="36" width="6" height="6" rx="1.5" opacity=".6"/><rect x="18" y="37" width="40" height="4" rx="2" opacity=".4"/><rect x="8" y="48" width="34" height="12" rx="6"/>`,
  'next-due': svg`<rect x="8" y="10" width="52" height="48" rx="6" opacity=".35"/><rect x="8" y="10" width="52" height="12" rx="6"/><circle cx="40" cy="40" r="5"/><path d="M66 34h22M66 42h16" stroke="currentColor" stroke-width="3" stroke-linecap="round" opacity=".6"/>`,
};
