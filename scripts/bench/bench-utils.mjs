// Shared by the bench files: means and medians, and a page that loads the self-contained CDN build.
export function mean(values) {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Opens a blank page on the bench server with the all-elements build loaded and defined. */
export async function openBenchPage(page, baseUrl, tag = 'blush-faq') {
  await page.goto(`${baseUrl}/scripts/bench/blank.html`);
  await page.addScriptTag({ url: `${baseUrl}/dist/cdn/blush-widgets.js`, type: 'module' });
  await page.waitForFunction((name) => customElements.get(name) !== undefined, tag);
}
