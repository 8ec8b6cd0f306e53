// The visit's campaign (src/core/attribution.ts): kept on landing in sessionStorage, first campaign
// winning, sent with the consultation request to the clinic's own endpoint; off with
// blushWidgetsConfig.attribution = false. Storage holds the campaign keys and nothing typed.
import { expect } from '@open-wc/testing';
import { rememberLanding, visitAttribution } from '../../src/core/attribution.js';
import { VALID, consultForm, endpoint, fill, newRun, serverLog, submitButton } from '../helpers/consult-form-harness.js';
import { eventually } from '../helpers/wait.js';

const AD = 'https://clinic.example/botox?gclid=Cj0KCQ&utm_source=google&utm_medium=cpc&utm_campaign=spring&name=Olivia';

describe('attribution for the visit', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(() => {
    sessionStorage.clear();
    delete window.blushWidgetsConfig;
    document.cookie = '_fbc=; max-age=0; path=/';
  });

  it('keeps the landing campaign for the visit, the first one winning, without anything else from the address', () => {
    rememberLanding(AD);
    rememberLanding('https://clinic.example/fillers?fbclid=IwAR2&utm_source=instagram');
    rememberLanding('https://clinic.example/contact');
    expect(visitAttribution('https://clinic.example/contact')).to.deep.equal({
      gclid: 'Cj0KCQ',
      utm_source: 'google',
      utm_medium: 'cpc',
      utm_campaign: 'spring',
      landingPage: 'https://clinic.example/botox',
    });
    expect(Object.keys(sessionStorage)).to.deep.equal(['blush-attribution']);
    expect(sessionStorage.getItem('blush-attribution')).to.not.contain('Olivia');
  });

  it("reads this page's campaign and Meta's _fbc cookie when nothing was kept, and nothing on a direct visit", () => {
    expect(visitAttribution('https://clinic.example/contact')).to.equal(undefined);
    document.cookie = '_fbc=fb.1.1700000000.IwAR2; path=/';
    expect(visitAttribution('https://clinic.example/contact?msclkid=abc')).to.deep.equal({ msclkid: 'abc', _fbc: 'fb.1.1700000000.IwAR2' });
  });

  it('keeps and sends nothing when the page turns it off', () => {
    window.blushWidgetsConfig = { attribution: false };
    rememberLanding(AD);
    expect(sessionStorage.length).to.equal(0);
    expect(visitAttribution(AD)).to.equal(undefined);
  });

  it('goes with the consultation request to the clinic, nothing typed kept in storage', async () => {
    rememberLanding(AD);
    const run = newRun();
    const el = await consultForm(`action="${endpoint(run, '200')}"`);
    await fill(el, VALID);
    submitButton(el).click();
    await eventually(async () => (await serverLog(run)).submissions.length === 1);
    expect((await serverLog(run)).submissions[0].body.attribution).to.deep.equal({
      gclid: 'Cj0KCQ',
      utm_source: 'google',
      utm_medium: 'cpc',
      utm_campaign: 'spring',
      landingPage: 'https://clinic.example/botox',
    });
    const stored = Object.keys(sessionStorage)
      .map((key) => `${key}=${sessionStorage.getItem(key)}`)
      .join('\n');
    for (const typed of Object.values(VALID as Record<string, unknown>).filter((value): value is string => typeof value === 'string'))
      expect(stored).to.not.contain(typed);
  });
});
