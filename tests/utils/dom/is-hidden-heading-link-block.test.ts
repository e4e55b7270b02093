import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isHiddenHeadingLinkBlock } from '../../../utils/dom/is-hidden-heading-link-block';

/** The element with `id="x"` in a small page. */
const elementOf = (html: string): Element => {
  const doc = parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;
  const element = doc.getElementById('x');
  if (!element) throw new Error('no element');
  return element;
};

describe('isHiddenHeadingLinkBlock', () => {
  it.each([
    [
      'a topic row under an sr-only "Topics"',
      '<section id="x"><h2 class="sr-only">Topics</h2><a href="/a">Environment</a><a href="/b">Tourism</a></section>',
    ],
    [
      'a Drupal related block under a visually-hidden heading',
      '<div id="x"><h2 class="visually-hidden">Related stories</h2><div><a href="/r">Fewer young hawkers take up succession scheme</a></div></div>',
    ],
  ])('should find %s', (_case, html) => {
    expect(isHiddenHeadingLinkBlock(elementOf(html))).toBe(true);
  });

  it.each([
    [
      'a story section under a hidden heading',
      '<section id="x"><h2 class="sr-only">Background</h2><p>The council voted in March to close the bridge, and <a href="/r">the report</a> said repairs would take a year.</p></section>',
    ],
    [
      'a link list under a visible heading',
      '<section id="x"><h2>Topics</h2><a href="/a">Environment</a><a href="/b">Tourism</a></section>',
    ],
    ['the article itself', '<article id="x"><h2 class="sr-only">Share</h2><a href="/a">Facebook</a></article>'],
    ['a hidden heading alone', '<div id="x"><h2 class="sr-only">Comments</h2></div>'],
  ])('should leave %s', (_case, html) => {
    expect(isHiddenHeadingLinkBlock(elementOf(html))).toBe(false);
  });
});
