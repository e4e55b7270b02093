import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { hostOf, pageAddresses, pageHost } from '../../../utils/dom/page-host';

const docWith = (head: string): Document =>
  parseHTML(`<html><head>${head}</head><body></body></html>`).document as unknown as Document;

describe('pageAddresses', () => {
  it('should list the canonical link, then og:url, trimmed, skipping empty ones', () => {
    const doc = docWith(
      '<meta property="og:url" content=" https://quaytimes.example/a "><link rel="canonical" href="">' +
        '<link rel="canonical" href="/b">',
    );
    // The first canonical link is the one a reader honours; an empty one gives nothing.
    expect([...pageAddresses(doc)].filter((address) => address !== doc.URL)).toEqual(['https://quaytimes.example/a']);
  });

  it('should give nothing of its own for a page that declares no address', () => {
    const doc = docWith('<title>No address</title>');
    expect([...pageAddresses(doc)].every((address) => address === doc.URL)).toBe(true);
  });
});

describe('hostOf', () => {
  it.each([
    ['https://www.QuayTimes.example/news/1', 'quaytimes.example'],
    ['http://quaytimes.example', 'quaytimes.example'],
    ['//cdn.quaytimes.example/x.js', 'cdn.quaytimes.example'],
    ['  https://quaytimes.example:8080/?q=1  ', 'quaytimes.example:8080'],
  ])('should read the host of %j', (address, host) => {
    expect(hostOf(address)).toBe(host);
  });

  it.each(['/news/1', 'news/1', '#comments', 'mailto:desk@quaytimes.example', 'about:blank', ''])(
    'should read no host in %j',
    (address) => {
      expect(hostOf(address)).toBeUndefined();
    },
  );
});

describe('pageHost', () => {
  it('should take the host of the canonical link, without www.', () => {
    const doc = docWith(
      '<link rel="canonical" href="https://www.quaytimes.example/a"><meta property="og:url" content="https://m.other.example/a">',
    );
    expect(pageHost(doc)).toBe('quaytimes.example');
  });

  it('should pass over a relative canonical link to og:url', () => {
    const doc = docWith(
      '<link rel="canonical" href="/a"><meta property="og:url" content="https://quaytimes.example/a">',
    );
    expect(pageHost(doc)).toBe('quaytimes.example');
  });

  it('should be undefined for a parsed file that declares no address', () => {
    expect(pageHost(docWith('<title>No address</title>'))).toBeUndefined();
  });
});
