import { expect } from '@open-wc/testing';
import { readJsonSource } from '../../src/core/json-source.js';
import { mount } from '../helpers/mount.js';

describe('core/json-source', () => {
  it('reads an inline JSON script child without a request', async () => {
    const host = mount(`<div><script type="application/json">{"items":[1,2]}</script></div>`);
    expect(await readJsonSource(host, '/never-requested.json')).to.deep.equal({ ok: true, data: { items: [1, 2] }, from: 'inline' });
  });

  it('explains malformed inline JSON', async () => {
    const host = mount(`<div><script type="application/json">{"items": [1,}</script></div>`);
    const result = await readJsonSource(host, null);
    expect(result?.ok).to.equal(false);
    expect(result && !result.ok && result.problem).to.match(/not valid JSON/);
  });

  it('fetches src and reports HTTP errors and bad URLs', async () => {
    const host = mount(`<div></div>`);
    const good = await readJsonSource(host, '/package.json');
    expect(good?.ok && (good.data as { name: string }).name).to.equal('blush-widgets');
    const missing = await readJsonSource(host, '/missing-file.json');
    expect(missing && !missing.ok && missing.problem).to.match(/HTTP 404/);
    const script = await readJsonSource(host, 'javascript:alert(1)');
    expect(script && !script.ok && script.problem).to.match(/not an http\(s\) URL/);
    expect(await readJsonSource(host, null)).to.equal(null);
  });
});
