// `set-timezone` command: emulates a time zone in Chromium through the DevTools protocol so date
// tests can run under several TZs in one browser. Other engines answer false (no such protocol);
// their tests then run in the machine's own zone.
const clients = new Map();

export function timezonePlugin() {
  return {
    name: 'blush-timezone',
    async executeCommand({ command, payload, session }) {
      // The real TZ this test pass started Firefox and WebKit under (scripts/test.mjs), or '' (null reads as "unknown command").
      if (command === 'blush-test-zone') return process.env.BLUSH_TEST_ZONE ?? '';
      if (command !== 'set-timezone') return undefined;
      if (session.browser.type !== 'puppeteer' || !session.browser.getPage) return false;
      const page = session.browser.getPage(session.id);
      if (!page || (await page.browser().version()).toLowerCase().includes('firefox')) return false;
      // The override lives as long as its DevTools session, so keep one per test page.
      let client = clients.get(session.id);
      if (!client) clients.set(session.id, (client = await page.createCDPSession()));
      await client.send('Emulation.setTimezoneOverride', { timezoneId: payload?.timezoneId ?? '' });
      return true;
    },
  };
}
