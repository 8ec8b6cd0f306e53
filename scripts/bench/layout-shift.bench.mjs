// Whole-page layout shift (what CLS adds up) of the FAQ embed on a clinic's page with text below
// it, every script held back 300 ms so the page paints first: the bare pack, the README's first
// snippet (a style line keeps a bare pack's and next-due's place), and the FAQ with its
// questions in the page as the builder and the WordPress plugin write them, with and without the
// style line that sizes them like the element's rows. Built from the plugin's own export of the
// pack and the style (dist/wordpress/blush-widgets/packs/).
import { readFileSync } from 'node:fs';
import { clinicPage, measureLayoutShift, readmeSnippet } from './layout-shift.mjs';

const PHONE = { width: 375, height: 667 };
const DESKTOP = { width: 1280, height: 800 };

export default async function bench({ page, baseUrl }) {
  const browser = page.context().browser();
  const packs = 'dist/wordpress/blush-widgets/packs';
  const style = `<style>${readFileSync(`${packs}/rows.css`, 'utf8').trim()}</style>`;
  const details = JSON.parse(readFileSync(`${packs}/botox.json`, 'utf8'))
    .languages.en.map((item) => `<details data-id="${item.id}"><summary>${item.question}</summary>${item.answer_html}</details>`)
    .join('');
  const script = `<script type="module" src="${baseUrl}/dist/cdn/loader.js"></script>`;
  const cases = [
    ['bare <blush-faq pack>, phone', { head: script, embed: '<blush-faq pack="botox"></blush-faq>' }, PHONE],
    ["the README's first snippet (style line, bare pack, next-due), phone", readmeSnippet(`${baseUrl}/dist/cdn/`), PHONE],
    ["the README's first snippet, desktop", readmeSnippet(`${baseUrl}/dist/cdn/`), DESKTOP],
    ['builder code (questions + style), phone', { head: script + style, embed: `<blush-faq pack="botox">${details}</blush-faq>` }, PHONE],
    [
      'builder code (questions + style), desktop',
      { head: script + style, embed: `<blush-faq pack="botox">${details}</blush-faq>` },
      DESKTOP,
    ],
    ['questions without the style line, desktop', { head: script, embed: `<blush-faq pack="botox">${details}</blush-faq>` }, DESKTOP],
  ];
  const results = [];
  for (const [name, parts, viewport] of cases) {
    const { total } = await measureLayoutShift(browser, { url: `${baseUrl}/bench-clinic.html`, html: clinicPage(parts), viewport });
    results.push({ name: `layout shift: ${name}, scripts +300 ms`, value: total, unit: 'CLS' });
  }
  return results;
}
