// `emulate-focus` command: makes a Chromium test page behave as the focused, visible page even
// while another test page of the same browser is in front (the runner opens two at once).
// Without it, a modal <dialog> in a background page can leave key presses unacknowledged.
// Firefox gets only the bring-to-front; WebKit (one page at a time) answers false.
const clients = new Map();

export function galleryPlugin() {
  return {
    name: 'blush-gallery',
    async executeCommand({ command, session }) {
      if (command !== 'emulate-focus') return undefined;
      if (session.browser.type !== 'puppeteer' || !session.browser.getPage) return false;
      const page = session.browser.getPage(session.id);
      if (!page) return false;
      await page.bringToFront();
      if ((await page.browser().version()).toLowerCase().includes('firefox')) return true;
      let client = clients.get(session.id);
      if (!client) clients.set(session.id, (client = await page.createCDPSession()));
      await client.send('Emulation.setFocusEmulationEnabled', { enabled: true });
      return true;
    },
  };
}
