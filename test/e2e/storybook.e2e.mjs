// Every story of the static Storybook, opened the way a designer opens it: one preview page, moving
// from story to story. Each story, after its play function and the preview's own checks end:
// - loads every file it asks for (a 404 or a failed request fails it);
// - logs no console error and raises no page error, also while a designer moves on to the next one;
// - shows something: a visible, non-empty element;
// - passes axe-core's WCAG 2.2 A/AA rules in its own state.
// The stories come from storybook-static/index.json, so a story added later is covered as it is.
// storybook-static/ is built first when it is missing or older than its sources.
// Environment: STORIES=gallery checks only the stories whose id contains "gallery".
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { ROOT, axeViolations, launch } from './helpers.mjs';

const STATIC = join(ROOT, 'storybook-static');
const SOURCES = ['stories', '.storybook', 'src', 'demo/images'];

/**
 * Stories about errors ask for a file that does not exist on purpose. Each may miss exactly the
 * files listed here (and log the browser's own "Failed to load resource" error for them); every
 * other check still applies to it.
 */
const EXPECTED_MISSING = {
  'elements-beforeafter--error-state': {
    files: ['/images/before-after/missing-photo.jpg'],
    why: 'shows the placeholder for a photo that is not there',
  },
  'elements-beforeafter--all-states': { files: ['/images/before-after/missing-photo.jpg'], why: 'includes the error state' },
  'elements-gallery--error-state': { files: ['/images/gallery/missing.json'], why: 'shows the message for a cases file that is not there' },
  'elements-gallery--all-states': { files: ['/images/gallery/missing.json'], why: 'includes the error state' },
};
// Opened on its own (not inside the manager), the preview page gets the browser's favicon request.
const NOT_THE_STORY = ['/favicon.ico'];

function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

function ensureStorybook() {
  const index = join(STATIC, 'index.json');
  const stale =
    !existsSync(index) || SOURCES.some((dir) => existsSync(join(ROOT, dir)) && newest(join(ROOT, dir)) > statSync(index).mtimeMs);
  if (!stale) return;
  // Build output goes to stderr: stdout is the test protocol.
  process.stderr.write('Building storybook-static/ for the Storybook suite…\n');
  const build = spawnSync('npm', ['run', '--silent', 'build-storybook'], { cwd: ROOT, stdio: ['ignore', 2, 2] });
  if (build.status !== 0) throw new Error(`npm run build-storybook exited with ${build.status}`);
}

ensureStorybook();
const STORIES = Object.values(JSON.parse(readFileSync(join(STATIC, 'index.json'), 'utf8')).entries).filter(
  (entry) => entry.type === 'story' && entry.id.includes(process.env.STORIES ?? ''),
);

// The preview announces each story change on its channel after it has torn the previous story down.
// The page logs that as a marker, so every later message is filed under the story it belongs to.
const MARK = 'story-check:changed ';

let browser;
let site;
let page;
let current = -1; // index of the story whose messages are being recorded
const events = []; // { story, kind, text }
const inFlight = new Set();

before(async () => {
  browser = await launch();
  site = await startStaticServer({ root: STATIC });
  // "StorybookTestRunner" in the user agent is how Storybook's own test runner announces itself: the
  // preview then settles animations at their end instead of waiting up to 5 s for them to finish.
  const probe = await browser.newPage();
  const userAgent = `${await probe.evaluate(() => navigator.userAgent)} StorybookTestRunner`;
  await probe.close();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, userAgent });
  const note = (kind, text, url, story = current) => events.push({ story, kind, text, url });
  const asker = new WeakMap(); // request → the story that was showing when it started
  page.on('console', (message) => {
    if (message.type() === 'debug' && message.text().startsWith(MARK)) {
      current = STORIES.findIndex((entry) => entry.id === message.text().slice(MARK.length));
      return;
    }
    const { url } = message.location();
    if (message.type() === 'error' && !(url && NOT_THE_STORY.includes(new URL(url).pathname)))
      note('console error', `${message.text()}${url ? ` (${url})` : ''}`, url);
  });
  page.on('pageerror', (error) =>
    note(
      'page error',
      String(error.stack ?? error)
        .split('\n')
        .slice(0, 3)
        .join(' '),
    ),
  );
  page.on('request', (request) => {
    inFlight.add(request);
    asker.set(request, current);
  });
  page.on('requestfinished', async (request) => {
    const response = await request.response();
    if (response && response.status() >= 400)
      note('missing file', `${response.status()} ${request.url()}`, request.url(), asker.get(request));
    inFlight.delete(request);
  });
  page.on('requestfailed', (request) => {
    // A story torn down mid-download aborts it; that is not a failure.
    if (request.failure()?.errorText !== 'net::ERR_ABORTED')
      note('failed request', `${request.failure()?.errorText} ${request.url()}`, request.url(), asker.get(request));
    inFlight.delete(request);
  });
});

after(async () => {
  await browser?.close();
  await new Promise((done) => (site ? site.server.close(done) : done()));
});

/** Opens story `index`: by a page load the first time (or after a broken run), else as the sidebar does. */
async function open(index) {
  if (current === index) return;
  current = index;
  // The a11y panel's own automatic axe run is left to designers (manual here): this suite runs
  // axe itself with exactly the WCAG 2.2 A/AA tags.
  await page.goto(`${site.url}/iframe.html?id=${STORIES[index].id}&viewMode=story&globals=a11y.manual:!true`);
  await page.waitForFunction(() => window.__STORYBOOK_PREVIEW__ && window.__STORYBOOK_ADDONS_CHANNEL__);
  await page.evaluate((mark) => window.__STORYBOOK_ADDONS_CHANNEL__.on('storyChanged', (id) => console.debug(mark + id)), MARK);
}

/** Moves to story `index` the way the manager does, and waits until the previous one is torn down. */
async function moveTo(index) {
  await page.evaluate((id) => void window.__STORYBOOK_PREVIEW__.onSetCurrentStory({ storyId: id, viewMode: 'story' }), STORIES[index].id);
  const deadline = Date.now() + 15_000;
  while (current !== index && Date.now() < deadline) await page.evaluate(() => new Promise(requestAnimationFrame));
  return current === index;
}

/** Waits until the preview has rendered the story, run its play function and finished; returns downloads still pending. */
async function waitForStory(id) {
  await page
    .waitForFunction(
      (storyId) => {
        const render = window.__STORYBOOK_PREVIEW__?.currentRender;
        return render?.id === storyId && render.phase === 'finished';
      },
      id,
      { timeout: 20_000 },
    )
    .catch(async () => {
      const phase = await page.evaluate(
        () => `${window.__STORYBOOK_PREVIEW__?.currentRender?.id} ${window.__STORYBOOK_PREVIEW__?.currentRender?.phase}`,
      );
      assert.fail(`the story did not finish rendering within 20 s (preview at: ${phase})`);
    });
  // Files the story asks for after it rendered (photos in view, fonts, fetched JSON), and motion
  // that ends (a dialog fading in): axe measures colours as they stay. Spinners run forever.
  await page
    .waitForFunction(
      () => {
        const images = [];
        const roots = [document];
        const walk = (root) => {
          for (const el of root.querySelectorAll('*')) {
            if (el.localName === 'img') images.push(el);
            if (el.shadowRoot) walk(roots[roots.push(el.shadowRoot) - 1]);
          }
        };
        walk(document);
        const inView = (img) => {
          const r = img.getBoundingClientRect();
          return r.width > 0 && r.bottom > 0 && r.top < innerHeight && img.checkVisibility();
        };
        const moving = roots
          .flatMap((root) => root.getAnimations())
          .filter((animation) => animation.playState === 'running' && animation.effect?.getComputedTiming().endTime !== Infinity);
        return document.fonts.status === 'loaded' && images.filter(inView).every((img) => img.complete) && moving.length === 0;
      },
      undefined,
      { timeout: 10_000 },
    )
    .catch(() => assert.fail('photos in view, fonts or animations did not settle within 10 s'));
  const deadline = Date.now() + 10_000;
  while (inFlight.size > 0 && Date.now() < deadline) await page.evaluate(() => new Promise(requestAnimationFrame));
  return [...inFlight].map((request) => `still loading after 10 s: ${request.url()}`);
}

/** What the story shows: its outermost widgets, each with a visible box. */
function shown() {
  return page.evaluate(() => {
    const root = document.querySelector('#storybook-root');
    const isWidget = (el) => el.localName.includes('-');
    const outermost = (el) => {
      for (let parent = el.parentElement; parent && parent !== root; parent = parent.parentElement) if (isWidget(parent)) return false;
      return true;
    };
    const widgets = [...(root?.querySelectorAll('*') ?? [])].filter((el) => isWidget(el) && outermost(el));
    return {
      showingStory: document.body.classList.contains('sb-show-main'),
      widgets: widgets.map((el) => {
        const r = el.getBoundingClientRect();
        return {
          tag: el.localName,
          width: Math.round(r.width),
          height: Math.round(r.height),
          visible: el.checkVisibility({ visibilityProperty: true, opacityProperty: true }),
          rendered: (el.shadowRoot?.childNodes.length ?? 0) + el.childNodes.length > 0,
        };
      }),
    };
  });
}

const isShown = (widget) => widget.visible && widget.rendered && widget.width > 0 && widget.height > 0;

/**
 * What the story shows once its widgets had up to 10 s to show something: an element may fetch its
 * content on demand after the story finished (the FAQ's Botox pack is a chunk of its own), and a
 * busy machine can take a moment over that. A widget still empty after that is reported.
 */
async function shownOnceSettled() {
  const deadline = Date.now() + 10_000;
  let state = await shown();
  while (!(state.widgets.length && state.widgets.every(isShown)) && Date.now() < deadline) {
    await page.evaluate(() => new Promise(requestAnimationFrame));
    state = await shown();
  }
  while (inFlight.size > 0 && Date.now() < deadline) await page.evaluate(() => new Promise(requestAnimationFrame));
  return state;
}

describe('Storybook: every story of the static build', () => {
  for (const [index, story] of STORIES.entries()) {
    it(`${story.title} / ${story.name} (${story.id})`, async () => {
      const problems = [];
      try {
        await open(index);
        problems.push(...(await waitForStory(story.id)));
        const { showingStory, widgets } = await shownOnceSettled();
        if (!showingStory) problems.push('the preview shows an error or nothing instead of the story');
        if (widgets.length === 0) problems.push('the story renders no widget');
        for (const widget of widgets) {
          if (!isShown(widget))
            problems.push(`<${widget.tag}> is not visible (${widget.width}×${widget.height}, ${widget.rendered ? 'rendered' : 'empty'})`);
        }
        problems.push(...(await axeViolations(page, '#storybook-root')).map((violation) => `axe ${violation}`));
      } finally {
        // Leave the story for the next one (the last returns to the first), as a designer would.
        const next = (index + 1) % STORIES.length;
        if (STORIES.length > 1 && !(await moveTo(next))) problems.push(`leaving it for ${STORIES[next].id} did not finish within 15 s`);
      }
      const mine = events.filter((entry) => entry.story === index);
      const { files: allowed = [], why } = EXPECTED_MISSING[story.id] ?? {};
      const isAllowed = (event) => allowed.some((file) => event.url && new URL(event.url).pathname === file);
      for (const event of mine.filter((entry) => !isAllowed(entry))) problems.push(`${event.kind}: ${event.text}`);
      // An exemption that is no longer used means the error state is no longer shown.
      for (const file of allowed)
        if (!mine.some((event) => event.kind === 'missing file' && isAllowed(event) && event.url.endsWith(file)))
          problems.push(`${file} was expected to be missing (the story ${why}) but was not asked for`);
      assert.deepEqual(problems, [], `${story.id}:\n  ${problems.join('\n  ')}`);
    });
  }
});

describe('Storybook: the toolbar says what a story shows', () => {
  // Stories in another language or direction set them as their own globals (.storybook/preview.ts),
  // so the toolbar a designer reads matches the story, and the story renders in them.
  const persian = STORIES.find((story) => story.id.endsWith('faq--right-to-left'));
  it('a Persian, right-to-left story: فارسی and "Right to left" in the toolbar, lang="fa" dir="rtl" in the preview', async (context) => {
    if (!persian) return context.skip('STORIES leaves out the FAQ stories');
    const manager = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    try {
      await manager.goto(`${site.url}/index.html?path=/story/${persian.id}`);
      await manager.getByRole('button', { name: /فارسی/ }).first().waitFor({ timeout: 15_000 });
      await manager
        .getByRole('button', { name: /Right to left/ })
        .first()
        .waitFor({ timeout: 5_000 });
      const frame = manager.frameLocator('#storybook-preview-iframe');
      const wrapper = frame.locator('.blush-story');
      await wrapper.waitFor({ timeout: 15_000 });
      assert.deepEqual([await wrapper.getAttribute('lang'), await wrapper.getAttribute('dir')], ['fa', 'rtl']);
    } finally {
      await manager.close();
    }
  });
});

describe('Storybook: the Controls table lists settings, in words', () => {
  // stories/controls-in-words.ts names each setting as the builder and the block editor do, and
  // leaves out the element's own state and an attribute's second row beside its property's.
  const faq = STORIES.find((story) => story.id === 'elements-faq--default');
  it('the FAQ: "Ready-made questions" and "Heading size of the questions" once each, no private state, and the table fits at 1280 px', async (context) => {
    if (!faq) return context.skip('STORIES leaves out the FAQ stories');
    const manager = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    try {
      await manager.goto(`${site.url}/index.html?path=/story/${faq.id}`);
      const names = manager.locator('table tbody tr td:first-child');
      await manager.getByText('Ready-made questions').first().waitFor({ timeout: 15_000 });
      const rows = (await names.allTextContents()).map((text) => text.trim());
      assert.equal(rows.filter((text) => text === 'Ready-made questions').length, 1, rows.join(' | '));
      assert.equal(rows.filter((text) => text === 'Heading size of the questions').length, 1, rows.join(' | '));
      for (const internal of ['#openIds', 'model', 'status', 'translations', 'heading-level', 'headingLevel'])
        assert.ok(!rows.includes(internal), `"${internal}" is in the Controls table: ${rows.join(' | ')}`);
      // The table fits the window at 1280 px: nothing past its right edge, no sideways scrolling.
      const fit = await manager.evaluate(() => {
        const table = document.querySelector('table:has(tbody tr td)');
        const scrolling = [];
        for (let node = table?.parentElement; node; node = node.parentElement)
          if (node.scrollWidth > node.clientWidth + 1 && /auto|scroll/.test(getComputedStyle(node).overflowX))
            scrolling.push(node.className || node.localName);
        return { right: table?.getBoundingClientRect().right ?? Infinity, width: innerWidth, scrolling };
      });
      assert.ok(fit.right <= fit.width + 1, `the Controls table ends at ${fit.right} px, past the ${fit.width} px window`);
      assert.deepEqual(fit.scrolling, [], 'the Controls table scrolls sideways');
    } finally {
      await manager.close();
    }
  });
});
