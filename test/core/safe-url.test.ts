import { expect } from '@open-wc/testing';
import { safeHttpUrl, safeImageUrl, safeLinkUrl } from '../../src/core/safe-url.js';

describe('core/safe-url', () => {
  it('allows http(s), mailto and tel links and resolves relative ones', () => {
    expect(safeLinkUrl('https://clinic.example/book')).to.equal('https://clinic.example/book');
    expect(safeLinkUrl('mailto:hello@clinic.example')).to.equal('mailto:hello@clinic.example');
    expect(safeLinkUrl('tel:+13105550142')).to.equal('tel:+13105550142');
    expect(safeLinkUrl('/book?x=1')).to.equal(new URL('/book?x=1', document.baseURI).href);
  });

  it('refuses script, data and disguised schemes', () => {
    for (const value of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:x',
      '',
      null,
    ]) {
      expect(safeLinkUrl(value), String(value)).to.equal(null);
    }
    expect(safeHttpUrl('mailto:a@b.c')).to.equal(null);
    expect(safeHttpUrl('https://a.example/x.json')).to.equal('https://a.example/x.json');
  });
});

describe('core/safe-url images', () => {
  it('lets http(s) and inline data:image pictures into <img src>, nothing else', () => {
    expect(safeImageUrl('/photos/a.jpg')).to.equal(new URL('/photos/a.jpg', document.baseURI).href);
    expect(safeImageUrl(' data:image/png;base64,AAAA')).to.equal('data:image/png;base64,AAAA');
    for (const value of [
      'data:text/html,<script>alert(1)</script>',
      'javascript:alert(1)',
      'data:image/svg',
      'mailto:a@b.c',
      '',
      undefined,
    ]) {
      expect(safeImageUrl(value), String(value)).to.equal(null);
    }
  });
});
