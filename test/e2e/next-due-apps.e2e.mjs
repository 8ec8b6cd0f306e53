// The next-visit reminder as patients meet it: a link opened inside Instagram or Facebook, an
// iPhone's Safari, a desktop. Chromium sends each real user agent (HTTP header and navigator),
// with a phone's screen and touch where the device is a phone; the page loads the built loader.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launch, recordConsole, startServer, waitForUpgrade } from './helpers.mjs';

const AGENTS = {
  instagram:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Instagram 385.0.0.32.83 (iPhone16,2; iOS 18_5; en_US; en; scale=3.00; 1290x2796; 753338221; IABMV/1)',
  facebook:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [FBAN/FBIOS;FBAV/515.0.0.41.107;FBBV/735316154;FBDV/iPhone16,2;FBMD/iPhone;FBSN/iOS;FBSV/18.5;FBSS/3;FBCR/;FBID/phone;FBLC/en_US;FBOP/80]',
  iphone:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1',
  desktop: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36',
};
const PHONE = { viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

const PAGE = (lang) => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Next visit</title><link rel="icon" href="data:,">
<script type="module" src="/cdn/loader.js"></script></head>
<body><blush-next-due treatment="botox" last-date="2026-03-01" today="2026-04-20"></blush-next-due></body></html>`;

let browser;
let site;
const userAgents = [];
before(async () => {
  browser = await launch();
  const page = async (request, response) => {
    const url = new URL(request.url, 'http://localhost');
    if (url.pathname !== '/e2e/next-due.html') return false;
    userAgents.push(request.headers['user-agent']);
    response
      .writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' })
      .end(PAGE(url.searchParams.get('lang') ?? 'en'));
    return true;
  };
  site = await startServer({ handlers: [page] });
});
after(async () => {
  await browser?.close();
  await site?.close();
});

/** Opens the page as `userAgent` would, and returns what the reminder offers. */
async function open(userAgent, { device = PHONE, query = '', permissions = [] } = {}) {
  const context = await browser.newContext({ ...device, userAgent });
  if (permissions.length) await context.grantPermissions(permissions, { origin: site.url });
  const page = await context.newPage();
  const log = recordConsole(page);
  await page.goto(`${site.url}/e2e/next-due.html${query}`);
  await waitForUpgrade(page, ['blush-next-due']);
  await page.locator('blush-next-due .result').waitFor();
  const offer = await page.locator('blush-next-due').evaluate((el) => {
    const root = el.shadowRoot;
    return {
      links: [...root.querySelectorAll('.calendar a')].map((a) => ({
        href: a.getAttribute('href'),
        download: a.getAttribute('download'),
        text: a.textContent.replace(/\s+/g, ' ').trim(),
      })),
      help: root.querySelector('.in-app-help')?.textContent.trim() ?? '',
      range: root.querySelector('.range')?.textContent.trim(),
    };
  });
  return { context, page, log, offer };
}

describe('<blush-next-due> reminders where patients open the page', () => {
  for (const app of ['instagram', 'facebook']) {
    it(`inside ${app}'s iOS browser: guidance and "Copy link", no dead download`, async () => {
      const { context, page, log, offer } = await open(AGENTS[app], {
        query: '?utm_source=social&fbclid=IwZXh0bgNhZW0',
        permissions: ['clipboard-read', 'clipboard-write'],
      });
      try {
        assert.equal(userAgents.at(-1), AGENTS[app], 'the page was requested with the app’s user agent');
        assert.deepEqual(offer.links, [], 'no calendar link inside the app');
        assert.match(
          offer.help,
          new RegExp(`^${app === 'instagram' ? 'Instagram' : 'Facebook'}'s built-in browser cannot save calendar reminders`),
        );
        assert.equal(offer.range, 'June 1, 2026 to July 1, 2026', 'the window stays readable');
        const button = page.locator('blush-next-due').getByRole('button', { name: 'Copy link to this page' });
        await button.tap();
        await page.locator('blush-next-due').getByText('Link copied.').waitFor();
        assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${site.url}/e2e/next-due.html?utm_source=social`);
        assert.deepEqual([log.errors, log.pageErrors], [[], []]);
      } finally {
        await context.close();
      }
    });
  }

  it('inside Instagram in Spanish: the guidance in the visitor’s language', async () => {
    const { context, offer } = await open(AGENTS.instagram, { query: '?lang=es' });
    try {
      assert.match(offer.help, /^El navegador integrado de Instagram no puede guardar recordatorios/);
      assert.deepEqual(offer.links, []);
    } finally {
      await context.close();
    }
  });

  it('in Safari on an iPhone: the .ics as a text/calendar data: URL, and every web calendar', async () => {
    const { context, offer, log } = await open(AGENTS.iphone);
    try {
      assert.equal(offer.help, '');
      assert.deepEqual(
        offer.links.map((link) => link.text.replace(/ \(opens in a new tab\)$/, '')),
        ['Apple or Outlook (.ics)', 'Google Calendar', 'Outlook.com', 'Microsoft 365'],
      );
      assert.match(offer.links[0].href, /^data:text\/calendar;charset=utf-8,BEGIN%3AVCALENDAR/);
      assert.match(decodeURIComponent(offer.links[0].href), /DTSTART;VALUE=DATE:20260601/);
      assert.deepEqual([log.errors, log.pageErrors], [[], []]);
    } finally {
      await context.close();
    }
  });

  it('on a desktop: an .ics download and every web calendar', async () => {
    const { context, offer } = await open(AGENTS.desktop, { device: { viewport: { width: 1280, height: 800 } } });
    try {
      assert.equal(offer.help, '');
      assert.equal(offer.links.length, 4);
      assert.match(offer.links[0].href, /^blob:/);
      assert.equal(offer.links[0].download, 'next-botox-treatment.ics');
      assert.match(offer.links[3].href, /^https:\/\/outlook\.office\.com\/calendar\/0\/action\/compose\?/);
    } finally {
      await context.close();
    }
  });
});
