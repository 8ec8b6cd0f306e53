// Where the visitor opened the page decides which calendar choices can work there.

/**
 * The in-app browsers of social apps, recognised by the marker each puts in its user agent.
 * Their web views drop `blob:` downloads and often swallow links that open a new tab, so a
 * calendar link there fails without a word. Messenger comes before Facebook, whose markers its
 * user agent also carries.
 */
const IN_APP_BROWSERS: ReadonlyArray<readonly [app: string, marker: RegExp]> = [
  ['Messenger', /MessengerForiOS|MessengerLite|FBAN\/Messenger|Orca-Android/i],
  ['Instagram', /\bInstagram\b/i],
  ['Facebook', /\bFB(AN|AV|_IAB|IOS|4A)\b/i],
  ['TikTok', /musical_ly|BytedanceWebview|\bTikTok\b|\btrill_\d/i],
  ['LinkedIn', /\bLinkedInApp\b/i],
  ['Snapchat', /\bSnapchat\b/i],
  ['Pinterest', /\bPinterest\b/i],
];

/** The social app whose in-app browser shows the page ("Instagram"…), or '' for a real browser. */
export function inAppBrowser(userAgent: string): string {
  return IN_APP_BROWSERS.find(([, marker]) => marker.test(userAgent))?.[0] ?? '';
}

/**
 * An iPhone, iPod or iPad. iPadOS asks for desktop pages with a Mac's user agent, so a "Mac"
 * with a touch screen is an iPad.
 */
export function isAppleMobile(userAgent: string, maxTouchPoints: number): boolean {
  return /\b(iPhone|iPad|iPod)\b/.test(userAgent) || (/\bMacintosh\b/.test(userAgent) && maxTouchPoints > 1);
}

export interface CalendarPlatform {
  /** The in-app browser's app, or ''. */
  inApp: string;
  /** iOS or iPadOS outside an in-app browser: the .ics goes as a data: URL that Safari hands to Calendar. */
  appleMobile: boolean;
  /**
   * An iOS browser that hands no calendar file to Calendar: Firefox, and other apps' web views
   * (no "Safari/" token). Safari, and Chrome since it opens the file itself, are not among them.
   * The web calendars still work there; for Apple Calendar the visitor is sent to Safari.
   */
  needsSafari: boolean;
}

/** The visitor's browser, read when a reminder is offered (not at start-up). */
export function calendarPlatform(nav: Pick<Navigator, 'userAgent' | 'maxTouchPoints'> = navigator): CalendarPlatform {
  const ua = nav.userAgent;
  const inApp = inAppBrowser(ua);
  const appleMobile = !inApp && isAppleMobile(ua, nav.maxTouchPoints ?? 0);
  return { inApp, appleMobile, needsSafari: appleMobile && (/\bFxiOS\//.test(ua) || !/\bSafari\//.test(ua)) };
}
