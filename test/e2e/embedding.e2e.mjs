// Every element on the pages clinics actually have: a hostile theme, a strict CSP with Trusted
// Types, the script loaded twice, AJAX page swaps, no JavaScript, and Wix's classic-script recipe.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import {
  CDN_DIR,
  CHECKS,
  FRAGMENT,
  ROOT,
  TAGS,
  checkFaq,
  checkGallery,
  checkNextDue,
  checkSlider,
  checkConsultForm,
  launch,
  nextFrames,
  recordConsole,
  startServer,
  waitForUpgrade,
  waitUntil,
} from './helpers.mjs';

// Exactly the policy issue 7 names: no img-src, so even a data: image would be a violation.
const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
const VERSION = JSON.parse(readFileSync(`${ROOT}/package.json`, 'utf8')).version;

let browser;
let site;
before(async () => {
  browser = await launch();
  // An "older release" of the CDN file, for the two-versions case: the same code with another version.
  const older = async (request, response) => {
    if (!request.url.startsWith('/e2e/older/blush-widgets.js')) return false;
    const code = readFileSync(`${CDN_DIR}/blush-widgets.js`, 'utf8');
    // Minifiers write the version as "0.1.0", '0.1.0' or `0.1.0`.
    const changed = code.replace(new RegExp(`(["'\`])${VERSION.replaceAll('.', '\\.')}\\1`, 'g'), '$10.0.1-older$1');
    response.writeHead(changed === code ? 500 : 200, { 'Content-Type': 'text/javascript' }).end(changed === code ? '' : changed);
    return true;
  };
  site = await startServer({ handlers: [older] });
});
after(async () => {
  await browser?.close();
  await site?.close();
});

/** Everything that could be a global style: sheets and their rules, style attributes, fonts, computed page styles. */
function globalStyles(page) {
  return page.evaluate(() => ({
    sheets: [...document.styleSheets].map(
      (sheet) => `${sheet.href ?? sheet.ownerNode?.nodeName}: ${[...sheet.cssRules].map((rule) => rule.cssText).join(' ')}`,
    ),
    styleNodes: document.querySelectorAll('style, link[rel~="stylesheet"]').length,
    rootStyle: document.documentElement.getAttribute('style'),
    bodyStyle: document.body.getAttribute('style'),
    fonts: document.fonts.size,
    computed: ['font-family', 'font-size', 'color', 'background-color', 'line-height', 'overflow'].map((name) =>
      getComputedStyle(document.body).getPropertyValue(name),
    ),
  }));
}

/**
 * Rules an element adopted into the document (not its shadow root) that reach anything outside
 * a blush-* element, or are global by nature (@font-face, @property, @keyframes, :root…).
 * A rule scoped to our own tag (`blush-consult-form .x {}`) cannot restyle the clinic's page.
 */
function leakingAdoptedRules(page, before) {
  return page.evaluate((count) => {
    const leaks = [];
    const inside = (el) => Boolean(el.closest('blush-faq, blush-before-after, blush-gallery, blush-consult-form, blush-next-due'));
    const visit = (rules) => {
      for (const rule of rules) {
        if (rule instanceof CSSStyleRule) {
          let matched = [];
          try {
            matched = [...document.querySelectorAll(rule.selectorText)];
          } catch {
            leaks.push(`unparseable selector ${rule.selectorText}`);
            continue;
          }
          const outside = matched.filter((el) => !inside(el));
          if (outside.length || /(^|[\s,(])(:root|html|body|\*)([\s,):]|$)/.test(rule.selectorText))
            leaks.push(`${rule.selectorText} matches ${outside.map((el) => el.localName).join(', ') || 'the page root'}`);
        } else if (rule.cssRules && !(rule instanceof CSSKeyframesRule)) visit(rule.cssRules);
        else leaks.push(rule.cssText.slice(0, 120));
      }
    };
    for (const sheet of document.adoptedStyleSheets.slice(count)) visit(sheet.cssRules);
    return { adopted: document.adoptedStyleSheets.length - count, leaks };
  }, before);
}

/**
 * Violations reported so far, each taken once. A blocked data: image is the barrier: reports
 * arrive in the order they happened, so once its report is in, none caused earlier is still on
 * its way. The barrier's own report (and its console line) is left out.
 */
async function settledViolations(page, log) {
  const logged = log && page.waitForEvent('console', { predicate: (message) => message.text().includes('csp-barrier'), timeout: 5000 });
  await page.evaluate(() => {
    new Image().src = 'data:,csp-barrier';
  });
  await page.waitForFunction(() => window.__violations.some((v) => v.blocked === 'data'));
  if (log) {
    await logged;
    log.errors.splice(
      log.errors.findIndex((text) => text.includes('csp-barrier')),
      1,
    );
  }
  return page.evaluate(() => window.__violations.splice(0).filter((v) => v.blocked !== 'data'));
}

/** `#faq-ld` has `structured-data`: one FAQPage JSON-LD script in <head> with its questions. */
async function checkFaqJsonLd(page) {
  const read = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('script[type="application/ld+json"]')].map((script) => ({
        text: script.textContent,
        inHead: script.parentNode === document.head,
      })),
    );
  await page
    .waitForFunction(() => document.querySelector('script[type="application/ld+json"]')?.textContent.includes('Can I wear make-up'), null, {
      timeout: 5000,
    })
    .catch(async () =>
      assert.fail(
        `no FAQPage JSON-LD with #faq-ld's questions was written: ${JSON.stringify(await read())}; violations: ${JSON.stringify(await page.evaluate(() => window.__violations))}`,
      ),
    );
  const scripts = await read();
  assert.equal(scripts.length, 1, 'one JSON-LD script for the page');
  assert.ok(scripts[0].inHead, 'the JSON-LD script is in <head>');
  let data;
  assert.doesNotThrow(() => (data = JSON.parse(scripts[0].text)), `the JSON-LD is not valid JSON: ${scripts[0].text.slice(0, 200)}`);
  assert.equal(data['@context'], 'https://schema.org');
  assert.equal(data['@type'], 'FAQPage');
  assert.deepEqual(
    data.mainEntity.map((question) => [question['@type'], question.name, question.acceptedAnswer['@type']]),
    [
      ['Question', 'How soon will I see results?', 'Answer'],
      ['Question', 'Can I wear make-up afterwards?', 'Answer'],
    ],
  );
  assert.match(data.mainEntity[0].acceptedAnswer.text, /three to seven days/);
}

describe('the CDN build', () => {
  it('blush-widgets.js registers every element', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${site.url}/test/e2e/pages/ajax-swap.html`);
      const missing = await page.evaluate(async (tags) => {
        await import('/cdn/blush-widgets.js');
        return tags.filter((tag) => !customElements.get(tag));
      }, TAGS);
      assert.deepEqual(
        missing,
        [],
        'dist/cdn/blush-widgets.js loads but does not define these tags: the define() calls in src/*/index.ts were tree-shaken away (are they listed in package.json "sideEffects"?)',
      );
    } finally {
      await page.close();
    }
  });
});

describe('hostile theme CSS', () => {
  let page;
  let styles;
  let adopted;
  let log;
  before(async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    log = recordConsole(page);
    await page.goto(`${site.url}/test/e2e/pages/hostile.html`);
    styles = await globalStyles(page);
    adopted = await page.evaluate(() => document.adoptedStyleSheets.length);
    await page.addScriptTag({ type: 'module', url: '/cdn/blush-widgets.js' });
    await waitForUpgrade(page);
  });
  after(() => page?.close());

  for (const tag of TAGS) {
    it(`${tag} renders and works under * { all: revert } and heavy theme rules`, async () => {
      await CHECKS[tag](page, { submissions: site.submissions });
    });
  }

  it('at phone width (375 px) no element is wider than the screen', async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    await nextFrames(page);
    // Every rendered box inside each element, light and shadow DOM, must end inside the screen.
    const wide = await page.evaluate((tags) => {
      const found = [];
      const walk = (root, tag) => {
        for (const el of root.querySelectorAll('*')) {
          const r = el.getBoundingClientRect();
          if (r.width && r.height && r.right > innerWidth + 1)
            found.push(
              `${tag} ${el.localName}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} ends at ${Math.round(r.right)}px`,
            );
          if (el.shadowRoot) walk(el.shadowRoot, tag);
        }
      };
      for (const tag of tags) {
        const host = document.querySelector(tag);
        walk(host, tag);
        if (host.shadowRoot) walk(host.shadowRoot, tag);
      }
      return found.slice(0, 10);
    }, TAGS);
    await page.setViewportSize({ width: 1280, height: 900 });
    assert.deepEqual(wide, [], 'boxes reaching past the right edge of a 375 px screen');
  });

  it('the elements add no style sheet, style attribute or font to the page', async () => {
    assert.deepEqual(await globalStyles(page), styles);
  });

  it('document-level adopted rules, if any, reach only inside blush-* elements', async () => {
    const { adopted: added, leaks } = await leakingAdoptedRules(page, adopted);
    if (added) console.log(`# note: ${added} style sheet(s) adopted by the document, not a shadow root`);
    assert.deepEqual(leaks, []);
  });

  it('no page error', () => {
    assert.deepEqual(log.pageErrors, []);
  });
});

describe('strict CSP and Trusted Types', () => {
  let strict;
  let page;
  let log;
  const violations = () => page.evaluate(() => window.__violations.splice(0));
  before(async () => {
    strict = await startServer({ headers: { 'Content-Security-Policy': STRICT_CSP } });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    log = recordConsole(page);
    await page.goto(`${strict.url}/test/e2e/pages/csp.html`);
    await waitForUpgrade(page);
  });
  after(async () => {
    await page?.close();
    await strict?.close();
  });

  it('the page really runs under the policy', async () => {
    // An inline style attribute set from script must be reported, or the listener proves nothing.
    await page.evaluate(() => {
      const probe = document.createElement('p');
      probe.id = 'probe';
      probe.setAttribute('style', 'color: red');
      document.body.append(probe);
    });
    await page.waitForFunction(() => window.__violations.some((v) => v.directive === 'style-src-attr'));
    await page.evaluate(() => document.querySelector('#probe').remove());
    await violations();
    log.errors.length = 0; // the probe's own console report
  });

  it('no violation while the elements load and render', async () => {
    await page.reload();
    await waitForUpgrade(page);
    assert.deepEqual(await settledViolations(page, log), []);
    for (const tag of TAGS) {
      const styled = await page.evaluate((name) => {
        const root = document.querySelector(name)?.shadowRoot;
        return Boolean(root && (root.adoptedStyleSheets.length || root.querySelector('style')));
      }, tag);
      assert.ok(styled, `${tag} has no styles in its shadow root under CSP`);
    }
  });

  it('blush-faq structured-data writes valid FAQPage JSON-LD with no violation (Trusted Types guard script text)', async () => {
    await page.reload();
    await waitForUpgrade(page);
    await checkFaqJsonLd(page);
    assert.deepEqual(await settledViolations(page, log), []);
  });

  for (const tag of TAGS) {
    it(`${tag} works with no violation`, async () => {
      await CHECKS[tag](page, { submissions: strict.submissions });
      assert.deepEqual(await settledViolations(page, log), [], `${tag} caused CSP violations`);
    });
  }

  it('no page error or console error', () => {
    assert.deepEqual([...log.pageErrors, ...log.errors.filter((text) => !/favicon/.test(text))], []);
  });

  for (const [build, file] of [
    ['loader.js (chunks imported on demand)', 'csp-loader.html'],
    ['the classic script', 'csp-iife.html'],
  ]) {
    it(`${build}: every element renders, FAQ and slider work, JSON-LD is written, no violation`, async () => {
      const other = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const otherLog = recordConsole(other);
      try {
        await other.goto(`${strict.url}/test/e2e/pages/${file}`);
        await waitForUpgrade(other);
        await checkFaq(other);
        await checkSlider(other);
        await checkFaqJsonLd(other);
        assert.deepEqual(await settledViolations(other), []);
        assert.deepEqual(otherLog.pageErrors, []);
      } finally {
        await other.close();
      }
    });
  }
});

describe('Trusted Types: a page that lists the policies it allows', () => {
  const open = async (allowed) => {
    const server = await startServer({ headers: { 'Content-Security-Policy': `${STRICT_CSP}; trusted-types ${allowed}` } });
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const log = recordConsole(page);
    await page.goto(`${server.url}/test/e2e/pages/csp.html`);
    await waitForUpgrade(page);
    return { server, page, log };
  };

  it('trusted-types lit-html blush-widgets#json-ld: the JSON-LD is written, no violation', async () => {
    const { server, page, log } = await open('lit-html blush-widgets#json-ld');
    try {
      await checkFaqJsonLd(page);
      assert.deepEqual(await settledViolations(page, log), []);
      assert.deepEqual([...log.pageErrors, ...log.errors.filter((text) => !/favicon/.test(text))], []);
    } finally {
      await page.close();
      await server.close();
    }
  });

  it('trusted-types lit-html alone: no JSON-LD, one warning naming the policy to allow, no error', async () => {
    const { server, page, log } = await open('lit-html');
    try {
      await page.waitForFunction(() => window.__violations.some((v) => v.directive === 'trusted-types'), null, { timeout: 5000 });
      // The browser reports the refused policy name itself; nothing else may be blocked.
      assert.deepEqual(
        (await settledViolations(page, log)).map((v) => `${v.directive} ${v.sample}`),
        ['trusted-types blush-widgets#json-ld'],
      );
      assert.equal(await page.evaluate(() => document.querySelectorAll('script[type="application/ld+json"]').length), 0);
      assert.equal(log.warnings.length, 1, `${log.warnings.length} warnings: ${log.warnings.join(' | ')}`);
      assert.match(
        log.warnings[0],
        /^\[blush-faq\] structured-data: .*"blush-widgets#json-ld".*add blush-widgets#json-ld to its trusted-types directive$/,
      );
      assert.deepEqual(log.pageErrors, []);
      await checkFaq(page);
    } finally {
      await page.close();
      await server.close();
    }
  });
});

describe('loaded twice', () => {
  for (const load of ['cdn,loader', 'loader,cdn', 'cdn,cdn-copy', 'iife,cdn', 'cdn,older']) {
    it(`${load.replace(',', ' + ')}: no error, one warning, elements work`, async () => {
      const page = await browser.newPage();
      const log = recordConsole(page);
      try {
        await page.goto(`${site.url}/test/e2e/pages/twice.html?load=${load}`);
        await waitForUpgrade(page);
        // Both copies have run once every file they import has arrived.
        await page.waitForLoadState('networkidle');
        await waitUntil(() => log.warnings.length > 0, 'the warning about the second copy');
        await checkFaq(page);
        await checkSlider(page);
        assert.deepEqual([...log.pageErrors, ...log.errors], [], 'errors');
        assert.equal(log.warnings.length, 1, `${log.warnings.length} warnings: ${log.warnings.join(' | ')}`);
        assert.match(
          log.warnings[0],
          /^\[blush-widgets\] .*already (defined|loaded).*Load it once: one script tag, or the WordPress plugin alone\.$/,
        );
      } finally {
        await page.close();
      }
    });
  }
});

describe('AJAX page swap with the loader (Squarespace 7.0 style)', () => {
  let page;
  let log;
  before(async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    log = recordConsole(page);
    await page.goto(`${site.url}/test/e2e/pages/ajax-swap.html`);
    await page.waitForLoadState('networkidle');
  });
  after(() => page?.close());

  it('elements in content swapped in after load upgrade and work', async () => {
    assert.equal(await page.evaluate(() => document.querySelectorAll('[id^="blush"], blush-faq').length), 0);
    await page.evaluate((html) => {
      document.querySelector('#page').innerHTML = html;
    }, FRAGMENT);
    await waitForUpgrade(page);
    for (const tag of TAGS) await CHECKS[tag](page, { submissions: site.submissions });
  });

  it('a second swap brings working elements again', async () => {
    await page.evaluate(() => {
      document.querySelector('#page').innerHTML =
        '<h1>Fillers</h1><blush-faq id="faq2"><details><summary>Do fillers hurt?</summary><p>Most contain a numbing agent.</p></details><details><summary>How long do fillers last?</summary><p>Six to eighteen months.</p></details></blush-faq><blush-next-due id="next-due" treatment="botox" today="2026-11-25"></blush-next-due>';
    });
    await waitForUpgrade(page, ['blush-faq', 'blush-next-due']);
    await checkFaq(page, '#faq2', { question: 'Do fillers hurt?', answer: 'numbing agent' });
    await checkNextDue(page);
    assert.deepEqual(log.pageErrors, []);
  });
});

describe('no JavaScript', () => {
  let context;
  let page;
  before(async () => {
    context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    await page.goto(`${site.url}/test/e2e/pages/csp.html`);
  });
  after(() => context?.close());

  it('FAQ questions are readable and answers open natively', async () => {
    for (const question of ['What is Botox?', 'How long does it last?', 'Is there downtime?']) {
      await page.locator('blush-faq summary', { hasText: question }).waitFor({ state: 'visible' });
    }
    await page.locator('blush-faq summary', { hasText: 'What is Botox?' }).click();
    await page.getByText('A purified protein').waitFor({ state: 'visible' });
  });

  it('before/after and gallery images show with their alt texts', async () => {
    const images = page.locator('blush-before-after img, blush-gallery img');
    assert.equal(await images.count(), 6);
    for (const image of await images.all()) {
      await image.scrollIntoViewIfNeeded();
      assert.ok((await image.getAttribute('alt'))?.length > 5);
      const b = await image.boundingBox();
      assert.ok(b && b.width > 40 && b.height > 40, `image ${await image.getAttribute('src')} is ${JSON.stringify(b)}`);
    }
    await page.getByText('Individual results vary').waitFor({ state: 'visible' });
  });

  it('the form fallback and next-due introduction are readable', async () => {
    await page.locator('blush-consult-form').getByRole('link', { name: '(310) 555-0142' }).waitFor({ state: 'visible' });
    await page.locator('blush-next-due').getByText('Botox usually lasts three to four months').waitFor({ state: 'visible' });
  });
});

describe('Wix custom element recipe (classic script)', () => {
  let page;
  let log;
  before(async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    log = recordConsole(page);
    await page.goto(`${site.url}/test/e2e/pages/wix.html`);
    await waitForUpgrade(page);
  });
  after(() => page?.close());

  it('blush-faq pack="botox" renders the pack and opens', () => checkFaq(page, '#faq', { question: /Botox/, answer: null }));
  it('blush-before-after from attributes works', () => checkSlider(page));
  it('blush-gallery from a JSON src works', () => checkGallery(page));
  it('blush-next-due works', () => checkNextDue(page));
  it('blush-consult-form works', () => checkConsultForm(page, '#consult', { submissions: site.submissions }));
  it('no page error', () => assert.deepEqual(log.pageErrors, []));
});
