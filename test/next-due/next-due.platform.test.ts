import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/next-due/index.js';
import { shareableAddress } from '../../src/next-due/next-due.copy-link.js';
import { calendarPlatform, inAppBrowser, isAppleMobile } from '../../src/next-due/platform.js';
import { asBrowser, parseIcs, renderNextDue, USER_AGENTS } from '../helpers/next-due-harness.js';
import { eventually } from '../helpers/wait.js';

const TODAY = '2026-04-20';
const LAST = '2026-03-01';

// User agents of each recognised app, on iOS and Android, as the apps send them.
const IN_APP: Array<[string, string]> = [
  ['Instagram', USER_AGENTS.instagramIos],
  [
    'Instagram',
    'Mozilla/5.0 (Linux; Android 14; Pixel 8 Build/AP2A.240905.003; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/129.0.6668.100 Mobile Safari/537.36 Instagram 352.1.0.41.100 Android (34/14; 420dpi; 1080x2205; Google/google; Pixel 8; shiba; shiba; en_US; 650781201)',
  ],
  ['Facebook', USER_AGENTS.facebookIos],
  [
    'Facebook',
    'Mozilla/5.0 (Linux; Android 14; SM-S918B Build/UP1A.231005.007; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/129.0.6668.100 Mobile Safari/537.36 [FB_IAB/FB4A;FBAV/484.0.0.63.83;]',
  ],
  [
    'Messenger',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [FBAN/MessengerForiOS;FBAV/475.0.0.38.109;FBBV/640213617;FBDV/iPhone15,2;FBMD/iPhone;FBSN/iOS;FBSV/17.6;FBSS/3;FBID/phone;FBLC/en_US;FBOP/5]',
  ],
  [
    'Messenger',
    'Mozilla/5.0 (Linux; Android 13; Pixel 7 Build/TQ3A.230901.001; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/128.0.6613.127 Mobile Safari/537.36 [FB_IAB/Orca-Android;FBAV/474.0.0.52.109;]',
  ],
  [
    'TikTok',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 musical_ly_35.7.0 JsSdk/2.0 NetType/WIFI Channel/App Store ByteLocale/en Region/US ByteFullLocale/en WKWebView/1 BytedanceWebview/d8a21c6',
  ],
  [
    'TikTok',
    'Mozilla/5.0 (Linux; Android 14; SM-A546B Build/UP1A.231005.007; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/127.0.6533.103 Mobile Safari/537.36 trill_350802 JsSdk/1.0 NetType/WIFI Channel/googleplay AppName/trill app_version/35.8.2 ByteLocale/en ByteFullLocale/en Region/US BytedanceWebview/d8a21c6',
  ],
  [
    'LinkedIn',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [LinkedInApp]/9.30.1155',
  ],
  [
    'Snapchat',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Snapchat/13.6.0.37 (like Safari/8618.2.12.10.4, panda)',
  ],
  [
    'Pinterest',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [Pinterest/iOS]',
  ],
  [
    'Pinterest',
    'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.6668.100 Mobile Safari/537.36 Pinterest for Android/12.38.0',
  ],
];

const FIREFOX_IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/141.0 Mobile/15E148 Safari/605.1.15';
const CHROME_IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/138.0.7204.119 Mobile/15E148 Safari/604.1';
/** Another app's web view (a mail or chat app), which names no browser. */
const WEB_VIEW_IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148';

const BROWSERS = [
  USER_AGENTS.chromeDesktop,
  USER_AGENTS.safariIphone,
  USER_AGENTS.safariIpadDesktop,
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/138.0.7204.119 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.6668.100 Mobile Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.0.0 Safari/537.36 Edg/138.0.0.0',
  'Mozilla/5.0 (X11; Linux x86_64; rv:153.0) Gecko/20100101 Firefox/153.0',
];

/** Replaces the clipboard for one test: `writeText` records what it got, or refuses as web views do. */
function fakeClipboard(refuse = false) {
  const written: string[] = [];
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    get: () => ({
      writeText: (text: string) =>
        refuse ? Promise.reject(new DOMException('Denied', 'NotAllowedError')) : (written.push(text), Promise.resolve()),
    }),
  });
  return { written, restore: () => delete (navigator as unknown as Record<string, unknown>).clipboard };
}

describe('<blush-next-due> where the visitor opened the page', function () {
  this.timeout(30_000);

  describe('recognising the browser', () => {
    for (const [app, userAgent] of IN_APP) {
      it(`recognises ${app}'s in-app browser (${/iPhone/.test(userAgent) ? 'iOS' : 'Android'})`, () => {
        expect(inAppBrowser(userAgent)).to.equal(app);
      });
    }

    it('takes real browsers for what they are', () => {
      for (const userAgent of BROWSERS) expect(inAppBrowser(userAgent), userAgent).to.equal('');
    });

    it('knows an iPhone, and an iPad that asks for desktop pages, from a Mac', () => {
      expect(isAppleMobile(USER_AGENTS.safariIphone, 5)).to.equal(true);
      expect(
        isAppleMobile(
          'Mozilla/5.0 (iPad; CPU OS 16_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1',
          5,
        ),
      ).to.equal(true);
      expect(isAppleMobile(USER_AGENTS.safariIpadDesktop, 5)).to.equal(true);
      expect(isAppleMobile(USER_AGENTS.safariIpadDesktop, 0)).to.equal(false);
      expect(isAppleMobile(USER_AGENTS.chromeDesktop, 0)).to.equal(false);
    });
  });

  describe('on iOS, which browser can hand a file to Apple Calendar', () => {
    it("Safari and Chrome can; Firefox and other apps' web views cannot", () => {
      const needsSafari = (userAgent: string, touch = 5) => calendarPlatform({ userAgent, maxTouchPoints: touch }).needsSafari;
      expect(needsSafari(USER_AGENTS.safariIphone)).to.equal(false);
      expect(needsSafari(USER_AGENTS.safariIpadDesktop)).to.equal(false);
      expect(needsSafari(CHROME_IPHONE)).to.equal(false);
      expect(needsSafari(FIREFOX_IPHONE)).to.equal(true);
      expect(needsSafari(WEB_VIEW_IPHONE)).to.equal(true);
      expect(needsSafari(USER_AGENTS.chromeDesktop, 0)).to.equal(false);
      // A social app's browser gets its own guidance instead.
      expect(calendarPlatform({ userAgent: USER_AGENTS.instagramIos, maxTouchPoints: 5 })).to.deep.equal({
        inApp: 'Instagram',
        appleMobile: false,
        needsSafari: false,
      });
    });

    for (const [browser, userAgent] of [
      ['Firefox', FIREFOX_IPHONE],
      ["another app's web view", WEB_VIEW_IPHONE],
    ]) {
      it(`in ${browser} on an iPhone: the web calendars, and Safari named for Apple Calendar instead of a dead file`, async () => {
        await asBrowser(
          userAgent,
          async () => {
            const { el, ui } = await renderNextDue(
              html`<blush-next-due treatment="botox" last-date=${LAST} today=${TODAY}></blush-next-due>`,
            );
            expect(ui.icsLink()).to.equal(null);
            expect(ui.root.querySelector('a[href^="data:"], a[href^="blob:"]')).to.equal(null);
            expect([ui.googleLink(), ui.outlookLink(), ui.microsoft365Link()].every(Boolean)).to.equal(true);
            // On a phone too, both Outlook links use the action path (the deeplink one is reported to hang).
            for (const link of [ui.outlookLink()!, ui.microsoft365Link()!])
              expect(new URL(link.href).pathname, link.href).to.equal('/calendar/0/action/compose');
            expect(ui.inAppHelp()).to.equal('For Apple Calendar, open this page in Safari: this browser cannot pass reminders to it.');
            expect(ui.copyLinkButton()!.textContent!.trim()).to.equal('Copy link to this page');
            await expect(el).to.be.accessible();
          },
          5,
        );
      });
    }

    it('says so in Spanish', async () => {
      await asBrowser(
        FIREFOX_IPHONE,
        async () => {
          const { ui } = await renderNextDue(
            html`<blush-next-due lang="es" treatment="botox" last-date=${LAST} today=${TODAY}></blush-next-due>`,
          );
          expect(ui.inAppHelp()).to.equal(
            'Para Apple Calendar, abra esta página en Safari: este navegador no puede pasarle recordatorios.',
          );
        },
        5,
      );
    });
  });

  describe('in an in-app browser', () => {
    for (const [app, userAgent] of [IN_APP[0], IN_APP[2]]) {
      it(`guides the visitor out of ${app} instead of offering links that fail there`, async () => {
        await asBrowser(userAgent, async () => {
          const { el, ui } = await renderNextDue(
            html`<blush-next-due treatment="botox" last-date=${LAST} today=${TODAY}></blush-next-due>`,
          );
          expect(ui.calendarLinks()).to.have.length(0);
          expect(ui.root.querySelector('a[download], a[href^="blob:"], a[target="_blank"]')).to.equal(null);
          expect(ui.inAppHelp()).to.equal(
            `${app}'s built-in browser cannot save calendar reminders. Open this page in your phone's browser (in the ••• menu, choose "Open in browser") to add one, or note the dates above.`,
          );
          expect(ui.copyLinkButton()!.textContent!.trim()).to.equal('Copy link to this page');
          // The window stays readable, to note by hand.
          expect(ui.range()).to.equal('June 1, 2026 to July 1, 2026');
          await expect(el).to.be.accessible();
        });
      });
    }

    it('speaks Spanish there too', async () => {
      await asBrowser(USER_AGENTS.instagramIos, async () => {
        const { ui } = await renderNextDue(
          html`<blush-next-due lang="es" treatment="botox" last-date=${LAST} today=${TODAY}></blush-next-due>`,
        );
        expect(ui.inAppHelp()).to.equal(
          'El navegador integrado de Instagram no puede guardar recordatorios en el calendario. Abra esta página en el navegador de su teléfono (en el menú •••, elija «Abrir en el navegador») para añadirlo, o anote las fechas de arriba.',
        );
        expect(ui.copyLinkButton()!.textContent!.trim()).to.equal('Copiar el enlace de esta página');
        expect(ui.range()).to.equal('del 1 de junio de 2026 al 1 de julio de 2026');
      });
    });

    it('copies the page link with the keyboard and says so', async () => {
      const clipboard = fakeClipboard();
      try {
        await asBrowser(USER_AGENTS.facebookIos, async () => {
          const { ui } = await renderNextDue(html`<blush-next-due treatment="botox" last-date=${LAST} today=${TODAY}></blush-next-due>`);
          expect(ui.copyStatus()).to.equal('');
          ui.copyLinkButton()!.focus();
          await sendKeys({ press: 'Enter' });
          await eventually(() => ui.copyStatus() !== '');
          expect(ui.copyStatus()).to.equal('Link copied. Paste it into Safari, Chrome or another browser.');
          expect(clipboard.written).to.deep.equal([location.href]);
          expect(ui.root.querySelector('.copy-status')!.getAttribute('role')).to.equal('status');
          expect(ui.pageAddress()).to.equal(null);
        });
      } finally {
        clipboard.restore();
      }
    });

    it('shows the address, selected, where the browser refuses to copy', async () => {
      const clipboard = fakeClipboard(true);
      try {
        await asBrowser(USER_AGENTS.instagramIos, async () => {
          const { ui } = await renderNextDue(html`<blush-next-due treatment="botox" last-date=${LAST} today=${TODAY}></blush-next-due>`);
          ui.copyLinkButton()!.click();
          await eventually(() => ui.pageAddress() !== null);
          const field = ui.pageAddress()!;
          expect(field.value).to.equal(location.href);
          expect(field.readOnly).to.equal(true);
          expect(field.labels![0].textContent).to.contain('Address of this page');
          await eventually(() => ui.root.activeElement === field);
          expect(ui.copyStatus()).to.equal('');
        });
      } finally {
        clipboard.restore();
      }
    });

    it('leaves per-visitor identifiers out of the copied link', () => {
      expect(shareableAddress('https://glow.example/botox?utm_source=ig&fbclid=PAZXh0bgNhZW0&igshid=abc#next')).to.equal(
        'https://glow.example/botox?utm_source=ig#next',
      );
      expect(shareableAddress('https://glow.example/?ttclid=1&li_fat_id=2&epik=3&ScCid=4&igsh=5')).to.equal('https://glow.example/');
      // Ad click ids and mail tools' per-recipient ids are personal too.
      expect(shareableAddress('https://glow.example/?gclid=1&msclkid=2&mc_eid=3&_hsenc=4&mkt_tok=5&utm_campaign=spring')).to.equal(
        'https://glow.example/?utm_campaign=spring',
      );
    });

    it('still offers booking once the window has opened', async () => {
      await asBrowser(USER_AGENTS.instagramIos, async () => {
        const { ui } = await renderNextDue(
          html`<blush-next-due treatment="botox" last-date=${LAST} today="2026-06-10" booking-url="https://glow.example/book?d={date}"></blush-next-due>`,
        );
        expect(ui.inAppHelp()).to.equal('');
        expect(ui.book()!.getAttribute('href')).to.equal('https://glow.example/book?d=2026-06-10');
      });
    });
  });

  describe('in a real browser', () => {
    it('offers every calendar on a desktop', async () => {
      await asBrowser(USER_AGENTS.chromeDesktop, async () => {
        const { ui } = await renderNextDue(html`<blush-next-due treatment="botox" last-date=${LAST} today=${TODAY}></blush-next-due>`);
        expect(ui.calendarLinks().map((a) => a.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
          'Apple or Outlook (.ics)',
          'Google Calendar (opens in a new tab)',
          'Outlook.com (opens in a new tab)',
          'Microsoft 365 (opens in a new tab)',
        ]);
        expect(ui.icsLink()!.href).to.match(/^blob:/);
        expect(ui.inAppHelp()).to.equal('');
      });
    });

    for (const [device, userAgent, touchPoints] of [
      ['an iPhone', USER_AGENTS.safariIphone, 5],
      ['an iPhone, in Chrome', CHROME_IPHONE, 5],
      ['an iPad asking for desktop pages', USER_AGENTS.safariIpadDesktop, 5],
    ] as const) {
      it(`hands the .ics to Calendar as a text/calendar data: URL on ${device}`, async () => {
        await asBrowser(
          userAgent,
          async () => {
            const { ui } = await renderNextDue(html`<blush-next-due treatment="botox" last-date=${LAST} today=${TODAY}></blush-next-due>`);
            expect(ui.calendarLinks()).to.have.length(4);
            const ics = ui.icsLink()!;
            expect(ics.getAttribute('href')).to.match(/^data:text\/calendar;charset=utf-8,BEGIN%3AVCALENDAR%0D%0A/);
            expect(ics.hasAttribute('target')).to.equal(false);
            expect(ics.getAttribute('download')).to.equal('next-botox-treatment.ics');
            const fields = parseIcs(await ui.icsText());
            expect(fields.find((field) => field.name === 'DTSTART')!.value).to.equal('20260601');
            expect(fields.find((field) => field.name === 'SUMMARY')!.value).to.equal('Next Botox® treatment due');
          },
          touchPoints,
        );
      });
    }
  });
});
