import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isLinkHint } from '../../../utils/dom/is-link-hint';

/** The element with `id="x"` in a small page. */
const elementOf = (html: string): Element => {
  const doc = parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;
  const element = doc.getElementById('x');
  if (!element) throw new Error('no element');
  return element;
};

describe('isLinkHint', () => {
  it.each([
    [
      'a hashed span reading ", opens new tab"',
      '<p>Data from <a href="/d">the agency<span id="x" class="a1b2">, opens new tab</span></a>.</p>',
    ],
    ['"(opens in a new window)"', '<a href="/d">Report <span id="x">(opens in a new window)</span></a>'],
    ['"(external link)" in a nested span', '<a href="/d"><b>Report</b> <span><i id="x">(external link)</i></span></a>'],
    [
      'a "Link opens in new tab" hint',
      '<a href="/d">Report<span id="x" class="sr-only">Link opens in new tab</span></a>',
    ],
  ])('should find %s', (_case, html) => {
    expect(isLinkHint(elementOf(html))).toBe(true);
  });

  it.each([
    ['the same words outside any link', '<p>The app <span id="x">opens new tab</span> pages by default.</p>'],
    ['the link itself', '<p><a id="x" href="/d">opens new tab</a></p>'],
    ['a link’s own words', '<a href="/d"><span id="x">Browser opens new tab for each search, users say</span></a>'],
    [
      'a sentence about new windows in a link',
      '<a href="/d"><span id="x">Why the old window tax still matters</span></a>',
    ],
  ])('should keep %s', (_case, html) => {
    expect(isLinkHint(elementOf(html))).toBe(false);
  });
});
