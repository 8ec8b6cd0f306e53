import { FAQ_ROWS_CSS } from '../../src/faq/faq.light-dom.js';
import { expect } from '@open-wc/testing';
import { elementMarkup } from '../../demo/builder/model/markup.js';
import { setManifest } from '../../demo/builder/model/manifest.js';
import { platformOutput } from '../../demo/builder/model/platforms.js';
import { fromFragment, initialState, toFragment, type BuilderState } from '../../demo/builder/model/state.js';
import { wordpressCode } from '../../demo/builder/model/wordpress.js';
import { safeLinkUrl } from '../../src/core/safe-url.js';
import { VERSION } from '../../src/core/index.js';

const setup = (patch: Partial<BuilderState>): BuilderState => ({ ...initialState(), ...patch });
const parse = (markup: string) => new DOMParser().parseFromString(`<!doctype html><body>${markup}`, 'text/html').body;

describe('embed builder: generated code', () => {
  before(async () => setManifest(await (await fetch('/custom-elements.json')).json()));

  it('escapes attribute values and question text so they stay values', () => {
    const markup = elementMarkup(
      setup({
        widget: 'faq',
        attributes: { pack: 'botox', 'booking-url': 'https://clinic.example/book?a=1&b="2"' },
        faqItems: [{ question: 'Is <b>it</b> safe & quick?', answer: 'Yes.\n\nUsually.' }],
      }),
    );
    const faq = parse(markup).querySelector('blush-faq')!;
    expect(faq.getAttribute('booking-url')).to.equal('https://clinic.example/book?a=1&b="2"');
    expect(faq.querySelector('summary')!.textContent).to.equal('Is <b>it</b> safe & quick?');
    expect(faq.querySelector('summary b')).to.equal(null);
    expect([...faq.querySelectorAll('details p')].map((p) => p.textContent)).to.deep.equal(['Yes.', 'Usually.']);
  });

  it("refuses a URL the element would refuse, with the element's reason, and leaves it out", () => {
    const state = setup({ widget: 'next-due', attributes: { 'booking-url': 'javascript:alert(1)', treatment: 'botox' } });
    expect(elementMarkup(state)).to.equal('<blush-next-due treatment="botox"></blush-next-due>');
    const { notes, steps } = platformOutput({ ...state, platform: 'html' }, null);
    expect(notes).to.deep.equal([]);
    expect(steps[0].code!.text).to.contain('<blush-next-due treatment="botox"></blush-next-due>');
  });

  it("writes the accent as the element's --blush-accent, and only a hex colour", () => {
    expect(elementMarkup(setup({ widget: 'next-due', accent: '#0a6e62' }))).to.equal(
      '<blush-next-due style="--blush-accent: #0a6e62"></blush-next-due>',
    );
    expect(elementMarkup(setup({ widget: 'next-due', accent: 'red;background:url(x)' }))).to.equal('<blush-next-due></blush-next-due>');
  });

  it('pins the CDN script to the version and adds the integrity hash for the self-contained file', () => {
    const sri = { version: '0.1.0', files: { 'blush-widgets.js': 'sha384-abc', 'blush-widgets.iife.js': 'sha384-def' } };
    const code = (source: BuilderState['source']) => platformOutput(setup({ source, platform: 'html' }), sri).steps[0].code!.text;
    expect(code('jsdelivr')).to.contain(
      '<script type="module" src="https://cdn.jsdelivr.net/npm/blush-widgets@0.1.0/dist/cdn/loader.js"></script>',
    );
    expect(code('unpkg')).to.contain('src="https://unpkg.com/blush-widgets@0.1.0/dist/cdn/loader.js"');
    expect(code('sri')).to.contain(
      'src="https://cdn.jsdelivr.net/npm/blush-widgets@0.1.0/dist/cdn/blush-widgets.js" integrity="sha384-abc" crossorigin="anonymous"',
    );
    // Another language: its words are an add-on to blush-widgets.js that one hash cannot cover,
    // so the classic script, which carries every language, comes with its own hash.
    for (const other of [
      setup({ source: 'sri', platform: 'html', attributes: { lang: 'fr' } }),
      setup({ source: 'sri', platform: 'html', view: { width: 'desktop', page: 'light', lang: 'fa' } }),
    ])
      expect(platformOutput(other, sri).steps[0].code!.text).to.contain(
        '<script src="https://cdn.jsdelivr.net/npm/blush-widgets@0.1.0/dist/cdn/blush-widgets.iife.js" integrity="sha384-def" crossorigin="anonymous"></script>',
      );
    const own = platformOutput(setup({ source: 'own', ownBase: 'javascript:alert(1)//' }), sri);
    expect(own.steps[0].code!.text).to.contain('src="https://www.your-clinic.com/blush-widgets/loader.js"');
    expect(own.notes[0]).to.contain('is not an http(s) address');
  });

  it("gives WordPress a shortcode with entities for quotes and brackets, and the form's routing as plugin settings", () => {
    const faq = wordpressCode(
      setup({
        widget: 'faq',
        attributes: { pack: 'botox', single: true, 'heading-level': '2', treatment: 'botox' },
        faqItems: [{ question: 'Cost "per unit" [today]?', answer: 'From $12.' }],
      }),
    );
    expect(faq.shortcode).to.equal(
      '[blush_faq pack="botox" treatment="botox" single heading_level="2"]<details><summary>Cost &#34;per unit&#34; &#91;today&#93;?</summary><p>From $12.</p></details>[/blush_faq]',
    );
    expect(faq.block).to.equal(null);
    const form = wordpressCode(
      setup({
        widget: 'consult-form',
        accent: '#0a6e62',
        destination: 'email',
        destinationAddress: 'https://formspree.io/f/x',
        attributes: { action: 'https://ignored.example/', phone: '(310) 555-0142', 'clinic-name': 'Maison "L"', draft: true },
      }),
    );
    expect(form.shortcode).to.equal('[blush_consult_form clinic_name="Maison &quot;L&quot;" draft]');
    expect(form.settings).to.deep.equal([
      ['Accent colour', '#0a6e62'],
      ['Clinic phone', '(310) 555-0142'],
      ['Send requests to another service', 'https://formspree.io/f/x'],
    ]);
    expect(form.unsupported).to.deep.equal([]);
    expect(form.block).to.equal('<!-- wp:blush/consult-form {"clinic_name":"Maison \\"L\\"","draft":true} /-->');
    expect(wordpressCode(setup({ widget: 'next-due', attributes: { treatment: 'botox' } })).block).to.equal(
      '<!-- wp:blush/next-due {"treatment":"botox"} /-->',
    );
  });

  it('tells each platform what to know before starting, and draws every step', () => {
    const before = (platform: BuilderState['platform']) => platformOutput(setup({ widget: 'faq', platform }), null).before ?? '';
    expect(before('squarespace-71')).to.contain('Business plan or higher. The Personal plan cannot add code');
    expect(before('squarespace-70')).to.contain('Personal plan cannot add code');
    expect(before('wix')).to.match(/Premium plan.*Custom Element\*, not \*Embed HTML\*.*frame of its own/);
    expect(before('webflow')).to.contain('does not show in the Designer, only on the published site');
    expect(before('wordpress')).to.contain("the plugin's block");
    for (const platform of ['html', 'wordpress', 'squarespace-71', 'squarespace-70', 'wix', 'webflow'] as const)
      for (const widget of ['faq', 'consult-form'] as const)
        for (const step of platformOutput(setup({ widget, platform }), null).steps)
          expect(step.picture, `${platform} ${widget}: "${step.text}"`).to.be.a('string');
    const wordpress = platformOutput(setup({ widget: 'next-due', platform: 'wordpress', attributes: { treatment: 'botox' } }), null);
    expect(wordpress.steps[1].text, 'the block first, by its name in the inserter').to.contain('search for *Next treatment due*');
    expect(wordpress.steps[2].code!.label).to.equal('Shortcode');
  });

  it('links the WordPress plugin zip pinned to this version, where the npm package carries it', () => {
    const [install] = platformOutput(setup({ widget: 'faq', platform: 'wordpress' }), null).steps;
    expect(install.text).to.contain('download it (below)');
    expect(install.link!.href).to.equal(`https://cdn.jsdelivr.net/npm/blush-widgets@${VERSION}/dist/blush-widgets-wordpress.zip`);
    expect(install.link!.label).to.equal(`Download blush-widgets-wordpress.zip (version ${VERSION})`);
  });

  it('gives Wix one row per attribute and the content as a JSON file', () => {
    const output = platformOutput(
      setup({
        widget: 'faq',
        platform: 'wix',
        attributes: { single: true },
        accent: '#0a6e62',
        faqItems: [{ question: 'Q?', answer: 'A.' }],
      }),
      null,
    );
    const rows = output.steps.flatMap((step) => step.rows?.cells ?? []);
    expect(rows).to.deep.include(['Server URL', 'https://cdn.jsdelivr.net/npm/blush-widgets@0.1.0/dist/cdn/blush-widgets.iife.js']);
    expect(rows).to.deep.include(['single', 'true']);
    expect(rows).to.deep.include(['style', '--blush-accent: #0a6e62']);
    const download = output.steps.find((step) => step.download)!.download!;
    expect(JSON.parse(download.text)).to.deep.equal({ items: [{ question: 'Q?', answer: 'A.' }] });
  });
});

describe('embed builder: setup in the URL', () => {
  before(async () => setManifest(await (await fetch('/custom-elements.json')).json()));

  it('restores every part of a setup from its fragment', () => {
    const state = setup({
      widget: 'gallery',
      attributes: { treatment: 'botox', disclaimer: 'Results vary & "depend".' },
      accent: '#0a6e62',
      cases: [
        {
          treatment: 'botox',
          area: 'Forehead',
          before: 'https://a.example/b.jpg',
          after: 'https://a.example/a.jpg',
          beforeAlt: 'Before',
          afterAlt: 'After',
          caption: 'Two weeks',
        },
      ],
      source: 'own',
      ownBase: 'https://clinic.example/blush/',
      platform: 'squarespace-70',
      view: { width: 'phone', page: 'dark', lang: 'es' },
    });
    expect(fromFragment(toFragment(state))).to.deep.equal(state);
  });

  it('drops what no control could have produced: unknown attributes, bad colours, unknown choices', () => {
    const state = fromFragment('#w=faq&a.onclick=alert(1)&a.single=&accent=red&src=evil&p=myspace&vl=xx&faq=notjson');
    expect(state.attributes).to.deep.equal({ single: true });
    expect(state.accent).to.equal('');
    expect(state.source).to.equal('jsdelivr');
    expect(state.platform).to.equal('html');
    expect(state.view.lang).to.equal('en');
    expect(state.faqItems).to.deep.equal([]);
    expect(fromFragment('#w=../../etc').widget).to.equal('faq');
  });
});

describe('embed builder: hostile input', () => {
  let corpus: string[] = [];
  before(async () => {
    setManifest(await (await fetch('/custom-elements.json')).json());
    corpus = await (await fetch('/test/e2e/pages/xss-corpus.json')).json();
  });

  /** Every element and attribute of a snippet: only ours, and no handler, script or unsafe link. */
  function expectInert(markup: string, context: string) {
    const body = parse(markup);
    for (const element of body.querySelectorAll('*')) {
      expect(
        [
          'script',
          'style',
          'blush-faq',
          'blush-before-after',
          'blush-gallery',
          'blush-consult-form',
          'blush-next-due',
          'details',
          'summary',
          'p',
          'br',
          'a',
        ],
        `${context}: <${element.localName}>`,
      ).to.include(element.localName);
      if (element.localName === 'script') expect(element.getAttribute('type'), context).to.equal('module');
      // Our one style line, sizing the FAQ's questions like its rows; nothing a clinic typed.
      if (element.localName === 'style') expect(element.textContent, context).to.equal(FAQ_ROWS_CSS);
      for (const attribute of element.attributes) {
        expect(attribute.name, `${context}: attribute ${attribute.name}`).to.match(/^[a-z][a-z0-9-]*$/);
        expect(attribute.name.startsWith('on'), `${context}: ${attribute.name}`).to.equal(false);
        if (element.localName === 'a') expect(safeLinkUrl(attribute.value), context).to.not.equal(null);
      }
    }
  }

  // One test per widget: each walks the whole corpus through every field and platform.
  for (const widget of ['faq', 'before-after', 'gallery', 'consult-form', 'next-due'] as const) {
    const tag = `blush-${widget}`;
    it(`yields an inert <${tag}> snippet for every corpus string in every field, on every platform`, () => {
      expect(corpus, 'the corpus loaded').to.not.be.empty;
      for (const payload of corpus) {
        const attributes: Record<string, string | true> = {};
        for (const name of [
          'pack',
          'src',
          'booking-url',
          'treatment',
          'heading-level',
          'before',
          'after',
          'before-alt',
          'caption',
          'orientation',
          'disclaimer',
          'action',
          'privacy-url',
          'phone',
          'clinic-name',
          'hide',
          'headers',
          'durations',
          'theme',
          'aspect-ratio',
        ])
          attributes[name] = payload;
        const state = setup({
          widget,
          attributes,
          accent: payload,
          faqItems: [{ question: payload, answer: payload }],
          cases: [
            {
              treatment: payload,
              area: payload,
              before: payload,
              after: 'https://a.example/x.jpg',
              beforeAlt: payload,
              afterAlt: payload,
              caption: payload,
            },
          ],
          source: 'own',
          ownBase: payload,
          destination: 'developer',
          destinationAddress: payload,
        });
        expectInert(elementMarkup(state), `${tag} with ${JSON.stringify(payload)}`);
        for (const platform of ['html', 'squarespace-71', 'webflow'] as const) {
          for (const step of platformOutput({ ...state, platform }, null).steps)
            if (step.code) expectInert(step.code.text, `${platform} ${tag} with ${JSON.stringify(payload)}`);
        }
        const { shortcode } = wordpressCode(state);
        // A shortcode is one line whose values never hold a raw quote or bracket.
        const tags = [...shortcode.matchAll(/\[blush_[a-z_]+([^\]]*)\]/g)].map((match) => match[1]);
        const values = tags.flatMap((tag) => [...tag.matchAll(/="([^"]*)"/g)].map((match) => match[1]));
        for (const tag of tags) expect(tag.replace(/ [a-z_]+(="[^"]*")?/g, ''), `shortcode ${tag}`).to.equal('');
        for (const value of values) expect(value, `shortcode ${tag} with ${JSON.stringify(payload)}`).to.not.match(/[\]["<>]/);
        // Every bracket opens or closes one of our shortcodes: none comes from a value.
        expect(shortcode.split('[').length - 1, shortcode).to.equal([...shortcode.matchAll(/\[\/?blush_[a-z_]+[\s\]]/g)].length);
      }
    });
  }
});
