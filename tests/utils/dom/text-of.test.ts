import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { textOf } from '../../../utils/dom/text-of';
import { readUnchanging, whileMutating } from '../../../utils/dom/unchanging-reads';

const bodyOf = (html: string): Element =>
  (parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document).body;

describe('textOf', () => {
  it.each([
    ['<p>  Ann\n   Lee </p>', 'Ann Lee'],
    ['<div><h3>Key\tTakeaways</h3>\n<ul><li>One</li></ul></div>', 'Key Takeaways One'],
    ['<p></p>', ''],
  ])('should read %j as %j', (html, text) => {
    expect(textOf(bodyOf(html))).toBe(text);
  });
});

describe('textOf, cached while reading', () => {
  it.each([['<p>  Ann\n   Lee </p>'], ['<div><h3>Key\tTakeaways</h3>\n<ul><li>One</li></ul></div>'], ['<p></p>']])(
    'should read %j as it does uncached, first and second time',
    (html) => {
      const body = bodyOf(html);
      const uncached = textOf(body);
      readUnchanging(() => {
        expect(textOf(body)).toBe(uncached);
        expect(textOf(body)).toBe(uncached);
      });
    },
  );

  it('should read an edit made in a mutating scope afresh', () => {
    const body = bodyOf('<p>Ann</p>');
    readUnchanging(() => {
      expect(textOf(body)).toBe('Ann');
      whileMutating(() => body.append(' Lee'));
      expect(textOf(body)).toBe('Ann Lee');
    });
  });

  it('should keep nothing past its scope', () => {
    const body = bodyOf('<p>Ann</p>');
    readUnchanging(() => textOf(body));
    body.append(' Lee');
    expect(readUnchanging(() => textOf(body))).toBe('Ann Lee');
  });
});
