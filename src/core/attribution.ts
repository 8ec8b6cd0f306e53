/**
 * Which campaign brought the visit, kept for the visit so a visitor who lands on one page and asks
 * for a consultation on another still counts: on landing, the address's `utm_*` parameters and ad
 * click ids (gclid, gbraid, wbraid, fbclid, msclkid, ttclid) and the landing page (no query) go to
 * sessionStorage, the first campaign of the visit winning. The consultation form sends them with
 * the request, to the clinic's own destination only; nothing here reaches analytics. Run by the
 * loader and the all-in-one file on every page with a widget. `blushWidgetsConfig.attribution =
 * false` turns it off (nothing kept, nothing sent).
 */
const KEY = 'blush-attribution';
const CAMPAIGN = /^(utm_[a-z]+|gclid|gbraid|wbraid|fbclid|msclkid|ttclid)$/;

declare global {
  interface BlushWidgetsConfig {
    /** `false`: keep and send no campaign attribution. */
    attribution?: boolean;
  }
  interface Window {
    blushWidgetsConfig?: BlushWidgetsConfig;
  }
}

const on = () => window.blushWidgetsConfig?.attribution !== false;

/** The campaign keys of an address (values cut to 200 characters). */
function campaignOf(href: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const [key, value] of new URL(href).searchParams) if (CAMPAIGN.test(key) && value) found[key] = value.slice(0, 200);
  return found;
}

/** Keeps this landing's campaign for the visit, unless the visit already has one. */
export function rememberLanding(href = location.href): void {
  if (!on()) return;
  try {
    const campaign = campaignOf(href);
    if (!Object.keys(campaign).length || sessionStorage.getItem(KEY)) return;
    const url = new URL(href);
    sessionStorage.setItem(KEY, JSON.stringify({ ...campaign, landingPage: url.origin + url.pathname }));
  } catch {
    // Storage turned off or full: the current page's campaign is still read at sending.
  }
}

/**
 * The visit's campaign for a request: the one kept on landing, else this page's, with Meta's
 * `_fbc`/`_fbp` cookies when the page has them; undefined when there is none or it is turned off.
 */
export function visitAttribution(href = location.href): Record<string, string> | undefined {
  if (!on()) return undefined;
  let kept: Record<string, string> = {};
  try {
    kept = JSON.parse(sessionStorage.getItem(KEY) ?? '{}');
  } catch {
    // Nothing readable kept.
  }
  const found: Record<string, string> = Object.keys(kept).length ? kept : campaignOf(href);
  for (const cookie of document.cookie.split(/;\s*/)) {
    const [name, value] = cookie.split('=');
    if ((name === '_fbc' || name === '_fbp') && value) found[name] = value.slice(0, 200);
  }
  return Object.keys(found).length ? found : undefined;
}
