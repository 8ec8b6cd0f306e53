import { expect } from '@open-wc/testing';
import type { BlushGallery } from '../../src/gallery/gallery.js';
import { harness, makeCases } from '../helpers/gallery-harness.js';
import { eventually } from '../helpers/wait.js';

// The enlarged view is a lightbox: the photo gets the screen on a desktop, a phone held upright and
// a phone held sideways. WebDriver cannot set the viewport the same way in every engine, so each
// screen is a same-origin iframe of exactly that size: viewport units and media queries inside it
// follow the iframe. Its document imports the element from the same module URL this file uses.
const GALLERY_MODULE = new URL('../../src/gallery/index.ts', import.meta.url).href;

const SCREENS = [
  { name: 'desktop', width: 1280, height: 800, minimum: 0.4 },
  { name: 'phone held sideways', width: 844, height: 390, minimum: 0.35 },
  { name: 'phone held upright', width: 375, height: 667, minimum: 0.3 },
] as const;

const LONG_DISCLAIMER = 'Individual results vary from patient to patient. '.repeat(14).trim();

interface Screen {
  frame: HTMLIFrameElement;
  window: Window & typeof globalThis;
  gallery: BlushGallery;
}

let current: Screen | undefined;

/** A screen of `width`×`height` CSS pixels showing a gallery of six cases. */
async function screen(
  width: number,
  height: number,
  { dir = 'ltr', disclaimer }: { dir?: string; disclaimer?: string } = {},
): Promise<Screen> {
  const frame = Object.assign(document.createElement('iframe'), {
    width: String(width),
    height: String(height),
    title: `${width}×${height} screen`,
  });
  // Pinned to the top-left corner, so as much of it as possible is on the test page's own screen.
  frame.style.cssText = 'position: fixed; inset: 0 auto auto 0; border: 0; margin: 0; z-index: 1';
  frame.srcdoc = `<!doctype html><html lang="en" dir="${dir}"><head><meta charset="utf-8"><style>body { margin: 0; font: 16px/1.5 sans-serif }</style><script type="module" src="${GALLERY_MODULE}"></script></head><body></body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const view = frame.contentWindow as Window & typeof globalThis;
  await eventually(() => view.customElements.get('blush-gallery'), 'the gallery module did not load in the iframe');
  const gallery = view.document.createElement('blush-gallery') as BlushGallery;
  gallery.cases = makeCases(6).map((item) => ({ ...item, sessions: 2, timeSince: '3 months', photoDate: '2026-03-04', unretouched: true }));
  if (disclaimer) gallery.disclaimer = disclaimer;
  view.document.body.append(gallery);
  current = { frame, window: view, gallery };
  await harness.ready(gallery);
  return current;
}

async function openFirstCase({ window: view, gallery }: Screen) {
  expect(await gallery.open('c1')).to.equal(true);
  await harness.opened(gallery);
  await eventually(() => harness.slider(gallery)?.shadowRoot?.querySelector('.frame'), 'the slider did not render');
  await (harness.slider(gallery) as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  return { viewport: { width: view.innerWidth, height: view.innerHeight } };
}

/** The photo (the slider's frame) as a share of the screen. */
function photoShare({ window: view, gallery }: Screen): number {
  const photo = harness.slider(gallery)!.shadowRoot!.querySelector('.frame')!.getBoundingClientRect();
  return (photo.width * photo.height) / (view.innerWidth * view.innerHeight);
}

/** The buttons that must be reachable without scrolling, with the ones lying outside the screen. */
function outOfView({ window: view, gallery }: Screen): string[] {
  return (['close', 'previous', 'next'] as const).filter((which) => {
    const rect = harness.dialogButton(gallery, which)?.getBoundingClientRect();
    return (
      !rect || !rect.width || rect.left < 0 || rect.top < 0 || rect.right > view.innerWidth + 0.5 || rect.bottom > view.innerHeight + 0.5
    );
  });
}

describe('<blush-gallery> lightbox', function () {
  this.timeout(30_000); // each screen loads the element afresh into its own document

  afterEach(() => {
    current?.gallery.close();
    current?.frame.remove();
    current = undefined;
  });

  for (const { name, width, height, minimum } of SCREENS) {
    describe(`${width}×${height} (${name})`, () => {
      it(`gives the photo at least ${minimum * 100} % of the screen and keeps close, previous and next in view`, async () => {
        const view = await screen(width, height);
        const { viewport } = await openFirstCase(view);
        expect(viewport, 'the iframe is the screen').to.deep.equal({ width, height });
        expect(photoShare(view)).to.be.at.least(minimum);
        expect(outOfView(view)).to.deep.equal([]);
      });

      it('keeps the photo that large when the disclaimer is long, and the buttons in view', async () => {
        const view = await screen(width, height, { disclaimer: LONG_DISCLAIMER });
        await openFirstCase(view);
        expect(harness.dialog(view.gallery).querySelector('.disclaimer')!.textContent).to.equal(LONG_DISCLAIMER);
        expect(photoShare(view)).to.be.at.least(minimum);
        expect(outOfView(view)).to.deep.equal([]);
      });
    });
  }

  it('lays out right to left the same way, with the photo as large', async () => {
    const view = await screen(844, 390, { dir: 'rtl' });
    await openFirstCase(view);
    expect(photoShare(view)).to.be.at.least(0.35);
    expect(outOfView(view)).to.deep.equal([]);
    const photo = harness.slider(view.gallery)!.getBoundingClientRect();
    const close = harness.dialogButton(view.gallery, 'close').getBoundingClientRect();
    expect(close.right, 'the meta column is on the left').to.be.below(photo.left);
  });
});
