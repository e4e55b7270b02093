import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { textOf } from '../../../utils/dom/text-of';

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
