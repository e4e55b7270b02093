import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isUnseenTag } from '../../../utils/dom/unseen-tags';

describe('isUnseenTag', () => {
  it('holds for scripts, styles, noscript fallbacks and templates, and for nothing a reader sees', () => {
    const { document } = parseHTML(
      '<html><body><script></script><style></style><noscript></noscript><template></template><p></p><div></div><figcaption></figcaption></body></html>',
    );
    const verdicts = [...document.body.children].map((element) => [
      element.tagName.toLowerCase(),
      isUnseenTag(element),
    ]);
    expect(verdicts).toEqual([
      ['script', true],
      ['style', true],
      ['noscript', true],
      ['template', true],
      ['p', false],
      ['div', false],
      ['figcaption', false],
    ]);
  });
});
