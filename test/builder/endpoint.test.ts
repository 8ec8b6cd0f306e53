import { expect } from '@open-wc/testing';
import { recipeFor, testEndpoint } from '../../demo/builder/model/endpoint.js';

/** testEndpoint against a stand-in that records what it was sent and answers `answer`. */
async function send(encoding: string, url = 'https://clinic.example/wp-json/blush-widgets/v1/leads') {
  const sent: { url: string; init: RequestInit }[] = [];
  const fetcher = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    sent.push({ url: String(input), init });
    return new Response(JSON.stringify({ ok: true, test: true }), { status: 200, headers: { 'Content-Type': 'application/json' } });
  }) as typeof fetch;
  const result = await testEndpoint(url, encoding, { fetcher });
  expect(sent).to.have.length(1);
  return { result, body: String(sent[0].init.body), type: new Headers(sent[0].init.headers).get('Content-Type') };
}

describe('the builder\'s "Test endpoint" request', () => {
  it('as JSON is a valid minimal lead marked as a test, with a key', async () => {
    const { result, body, type } = await send('json');
    expect(type).to.equal('application/json');
    const payload = JSON.parse(body);
    expect(payload.firstName).to.be.a('string').and.not.empty;
    expect(payload.lastName).to.be.a('string').and.not.empty;
    expect(payload.email).to.match(/^[^@\s]+@example\.com$/);
    expect(payload.consent.privacy.given).to.equal(true);
    expect(payload.meta.test).to.equal(true);
    expect(payload.meta.idempotencyKey).to.match(/^[A-Za-z0-9._:-]{8,100}$/);
    expect(result.verdict).to.equal('accepted');
    expect(result.recipe).to.equal('WordPress plugin');
  });

  it('form-encoded carries the same fields as the form sends them (a.b=value)', async () => {
    const { body, type } = await send('form');
    expect(type).to.equal('application/x-www-form-urlencoded');
    const form = new URLSearchParams(body);
    expect(form.get('firstName')).to.be.a('string').and.not.empty;
    expect(form.get('lastName')).to.be.a('string').and.not.empty;
    expect(form.get('email')).to.match(/@example\.com$/);
    expect(form.get('consent.privacy.given')).to.equal('true');
    expect(form.get('meta.test')).to.equal('true');
    expect(form.get('meta.idempotencyKey')).to.match(/^[A-Za-z0-9._:-]{8,100}$/);
  });

  it('uses a fresh key each time', async () => {
    const first = JSON.parse((await send('json')).body).meta.idempotencyKey;
    const second = JSON.parse((await send('json')).body).meta.idempotencyKey;
    expect(first).to.not.equal(second);
  });
});

describe('recipeFor', () => {
  it("names the WordPress plugin's route, with or without pretty permalinks", () => {
    expect(recipeFor('https://clinic.example/wp-json/blush-widgets/v1/leads')).to.equal('WordPress plugin');
    expect(recipeFor('https://clinic.example/blog/wp-json/blush-widgets/v1/leads/')).to.equal('WordPress plugin');
    expect(recipeFor('https://clinic.example/?rest_route=/blush-widgets/v1/leads')).to.equal('WordPress plugin');
    expect(recipeFor('https://clinic.example/wp-json/other/v1/leads')).to.equal(undefined);
    expect(recipeFor('https://clinic.example/?rest_route=/blush-widgets/v1/leadsx')).to.equal(undefined);
  });

  it('still names the hosted services by host', () => {
    expect(recipeFor('https://formspree.io/f/abc')).to.equal('Formspree');
    expect(recipeFor('https://evilformspree.io/f/abc')).to.equal(undefined);
    expect(recipeFor('https://hooks.zapier.com/hooks/catch/1/2')).to.equal('A Zapier or Make webhook');
    expect(recipeFor('not a url')).to.equal(undefined);
  });
});
