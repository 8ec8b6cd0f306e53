import { expect } from '@open-wc/testing';
import { APPS_SCRIPT } from '../../demo/builder/model/apps-script.js';
import {
  DESTINATIONS,
  addressProblem,
  formAction,
  readiness,
  testAddress,
  testWords,
  wordpressLeadsUrl,
} from '../../demo/builder/model/destination.js';
import { elementMarkup } from '../../demo/builder/model/markup.js';
import { setManifest } from '../../demo/builder/model/manifest.js';
import { fromFragment, initialState, toFragment, type BuilderState } from '../../demo/builder/model/state.js';

const form = (patch: Partial<BuilderState> = {}): BuilderState => ({ ...initialState(), widget: 'consult-form', attributes: {}, ...patch });
const FORMSPREE = 'https://formspree.io/f/xyzabcd';
const SHEET = 'https://script.google.com/macros/s/AKfycbx123/exec';

describe('embed builder: where requests go', () => {
  before(async () => setManifest(await (await fetch('/custom-elements.json')).json()));

  it('is not ready until the clinic chooses where requests go, and says so in words', () => {
    const result = readiness(form());
    expect(result.ready).to.equal(false);
    expect(result.problem).to.contain('Choose where requests should go');
    expect(readiness({ ...initialState(), widget: 'faq' }).ready, 'other widgets need no destination').to.equal(true);
  });

  it('takes only a Formspree form address for "My email", and a web app address for "A Google Sheet"', () => {
    expect(addressProblem('email', FORMSPREE)).to.equal(null);
    expect(addressProblem('email', 'https://formspree.io/forms/xyz/integration')).to.contain('not a Formspree form address');
    expect(addressProblem('email', 'clinic@example.com')).to.contain('not a web address');
    expect(addressProblem('sheet', SHEET)).to.equal(null);
    expect(addressProblem('sheet', 'https://docs.google.com/spreadsheets/d/abc/edit')).to.contain('ends with /exec');
    expect(addressProblem('developer', 'javascript:alert(1)')).to.contain('not a web address');
    expect(readiness(form({ destination: 'email', destinationAddress: 'https://formspree.io/' })).ready).to.equal(false);
    expect(readiness(form({ destination: 'email' })).problem).to.equal('Paste your Formspree form address in step 2.');
  });

  it('is ready with a usable address, says it is untested, and stops being ready when a test fails', () => {
    const state = form({ destination: 'email', destinationAddress: FORMSPREE });
    expect(readiness(state)).to.deep.equal({
      ready: true,
      note: 'Not tested yet: send a test request in step 2 to be sure requests arrive.',
    });
    expect(readiness({ ...state, test: { address: FORMSPREE, verdict: 'accepted' } })).to.deep.equal({ ready: true });
    const failed = readiness({ ...state, test: { address: FORMSPREE, verdict: 'blocked' } });
    expect(failed.ready).to.equal(false);
    expect(failed.problem).to.contain('did not arrive');
    // A result stands only for the address it tested.
    expect(readiness({ ...state, test: { address: 'https://formspree.io/f/other', verdict: 'blocked' } }).ready).to.equal(true);
  });

  it("sends to the destination's address, with form encoding for a Google Sheet, and never to a free action attribute", () => {
    const parse = (state: BuilderState) =>
      new DOMParser().parseFromString(elementMarkup(state), 'text/html').querySelector('blush-consult-form')!;
    const email = parse(form({ destination: 'email', destinationAddress: FORMSPREE, attributes: { action: 'https://evil.example/' } }));
    expect(email.getAttribute('action')).to.equal(FORMSPREE);
    expect(email.hasAttribute('encoding')).to.equal(false);
    const sheet = parse(form({ destination: 'sheet', destinationAddress: SHEET }));
    expect(sheet.getAttribute('action')).to.equal(SHEET);
    expect(sheet.getAttribute('encoding')).to.equal('form');
    expect(parse(form({ destination: 'email', destinationAddress: 'https://evil.example/' })).hasAttribute('action')).to.equal(false);
  });

  it("tests a WordPress site's own inbox, and leaves the address to the plugin when the form goes on that site", () => {
    expect(wordpressLeadsUrl('https://www.clinic.example/')).to.equal('https://www.clinic.example/wp-json/blush-widgets/v1/leads');
    expect(wordpressLeadsUrl('https://clinic.example/blog')).to.equal('https://clinic.example/blog/wp-json/blush-widgets/v1/leads');
    expect(wordpressLeadsUrl('www.clinic.example')).to.equal(null);
    const onWordPress = form({ destination: 'wordpress', destinationAddress: 'https://clinic.example', platform: 'wordpress' });
    expect(formAction(onWordPress)).to.equal('');
    expect(testAddress(onWordPress)).to.equal('https://clinic.example/wp-json/blush-widgets/v1/leads');
    expect(readiness(onWordPress).ready).to.equal(true);
    const elsewhere = form({ destination: 'wordpress', platform: 'squarespace-71' });
    expect(readiness(elsewhere).ready).to.equal(false);
    expect(formAction({ ...elsewhere, destinationAddress: 'https://clinic.example' })).to.equal(
      'https://clinic.example/wp-json/blush-widgets/v1/leads',
    );
  });

  it("keeps the answer and its address in the shared link, and reads an old link's endpoint as the developer's", () => {
    const state = form({ destination: 'sheet', destinationAddress: SHEET, test: { address: SHEET, verdict: 'accepted' } });
    const back = fromFragment(toFragment(state));
    expect([back.destination, back.destinationAddress, back.test]).to.deep.equal(['sheet', SHEET, undefined]);
    const old = fromFragment(`#w=consult-form&a.action=${encodeURIComponent(FORMSPREE)}`);
    expect([old.destination, old.destinationAddress, old.attributes.action]).to.deep.equal(['developer', FORMSPREE, undefined]);
    expect(fromFragment('#w=consult-form&d=ftp').destination).to.equal('');
  });

  it('words every test result for a clinic: no status codes, no header names', () => {
    for (const destination of DESTINATIONS.map((option) => option.id))
      for (const [verdict, status] of [
        ['accepted', 200],
        ['refused', 404],
        ['refused', 422],
        ['refused', 503],
        ['blocked', undefined],
        ['timeout', undefined],
        ['invalid', undefined],
      ] as const) {
        const { title, text } = testWords(destination, { verdict, status });
        expect(`${title} ${text}`, `${destination} ${verdict} ${status}`).to.not.match(/\b\d{3}\b|CORS|header|endpoint|JSON|preflight/i);
      }
    expect(testWords('wordpress', { verdict: 'refused', status: 404 }).text).to.contain('plugin is not active');
  });

  it("gives the Google Sheet recipe's script exactly as the developer guide does", async () => {
    const guide = await (await fetch('/docs/leads.md')).text();
    const block = /## A Google Sheet[\s\S]*?```js\n([\s\S]*?)\n\s*```/.exec(guide)![1];
    const dedented = block
      .split('\n')
      .map((line) => line.replace(/^ {3}/, ''))
      .join('\n');
    expect(APPS_SCRIPT).to.equal(`${dedented}\n`);
  });
});
