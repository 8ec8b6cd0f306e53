// `autofill` command: fills a form the way Chromium's own autofill does, through the DevTools
// protocol's Autofill.trigger on the field matched by `selector` (document-wide, light DOM).
// Other engines have no such protocol and answer false; their tests check the structure
// autofill relies on instead.
export function autofillPlugin() {
  return {
    name: 'blush-autofill',
    async executeCommand({ command, payload, session }) {
      if (command !== 'autofill') return undefined;
      if (session.browser.type !== 'puppeteer' || !session.browser.getPage) return false;
      const page = session.browser.getPage(session.id);
      if (!page || (await page.browser().version()).toLowerCase().includes('firefox')) return false;
      const client = await page.createCDPSession();
      try {
        const { root } = await client.send('DOM.getDocument', { depth: 0 });
        const { nodeId } = await client.send('DOM.querySelector', { nodeId: root.nodeId, selector: payload.selector });
        if (!nodeId) throw new Error(`autofill: nothing matches ${payload.selector}`);
        const { node } = await client.send('DOM.describeNode', { nodeId });
        // Chromium's autofill learns a form by parsing it a moment after it appears; until then the
        // field is "not found". On a busy machine that moment can be long, so ask again for a while.
        for (const started = Date.now(); ;) {
          try {
            await client.send('Autofill.trigger', { fieldId: node.backendNodeId, address: { fields: payload.fields } });
            return true;
          } catch (error) {
            if (!String(error?.message).includes('Field not found') || Date.now() - started > 8000) throw error;
            await new Promise((resolve) => setTimeout(resolve, 200));
          }
        }
      } finally {
        await client.detach().catch(() => {});
      }
    },
  };
}
