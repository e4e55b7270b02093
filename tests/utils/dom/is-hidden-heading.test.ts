import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isHiddenHeading } from '../../../utils/dom/is-hidden-heading';

/** The element with `id="x"` in a small page. */
const elementOf = (html: string): Element => {
  const doc = parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;
  const element = doc.getElementById('x');
  if (!element) throw new Error('no element');
  return element;
};

describe('isHiddenHeading', () => {
  it.each([
    [
      "Genesis's 'Reader Interactions' over the comments",
      '<h2 id="x" class="screen-reader-text">Reader Interactions</h2>',
    ],
    ["WordPress's 'Post navigation'", '<h2 id="x" class="screen-reader-text">Post navigation</h2>'],
    ['a Bootstrap sr-only subheading', '<h3 id="x" class="title sr-only">Article continues below</h3>'],
    ['a Drupal visually-hidden heading', '<h2 id="x" class="visually-hidden">Share this story</h2>'],
  ])('should find %s', (_case, html) => {
    expect(isHiddenHeading(elementOf(html))).toBe(true);
  });

  it.each([
    ['a printed subheading of the story', '<h2 id="x" class="wp-block-heading">Restaurants pushed back</h2>'],
    [
      'a hidden headline (the header reader looks for it)',
      '<h1 id="x" class="screen-reader-text">Council OKs trucks</h1>',
    ],
    ['a hidden label that is no heading', '<span id="x" class="screen-reader-text">Posted by</span>'],
    ['a paragraph of the story', '<p id="x" class="sr-note">The council voted 5-2 on Monday.</p>'],
    ['a heading holding a hidden label', '<h2 id="x">The rules<span class="sr-only"> (section)</span></h2>'],
  ])('should leave %s', (_case, html) => {
    expect(isHiddenHeading(elementOf(html))).toBe(false);
  });
});
