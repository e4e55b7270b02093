import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { inHiddenLabel, isUnseenHeaderText } from '../../../utils/dom/is-unseen-header-text';

/** The page's `[data-box]` element. */
function box(html: string): Element {
  const { document } = parseHTML(`<html><body>${html}</body></html>`);
  const element = document.querySelector('[data-box]');
  if (!element) throw new Error('no box');
  return element as unknown as Element;
}

describe('isUnseenHeaderText', () => {
  it.each([
    ['a post title after the comment count', '<span data-box class="screen-reader-text"> on Rates rise at 7:45</span>'],
    ['a hidden "Posted in" label', '<span data-box class="screen-reader-text">Posted in</span>'],
    ['a Bootstrap hidden label', '<span data-box class="sr-only">Share this story</span>'],
  ])('should be true for %s', (_case, html) => {
    expect(isUnseenHeaderText(box(html))).toBe(true);
  });

  it.each([
    ['a hidden credit word before the name', '<span data-box class="screen-reader-text">Posted by</span>'],
    ['a hidden date', '<span data-box class="sr-only">Published March 9, 2019</span>'],
    ['visible text', '<span data-box class="author vcard">on the council</span>'],
    ['a hidden block holding others', '<div data-box class="visually-hidden"><span>Menu</span></div>'],
    ['an empty hidden element', '<span data-box class="screen-reader-text"> </span>'],
  ])('should be false for %s', (_case, html) => {
    expect(isUnseenHeaderText(box(html))).toBe(false);
  });
});

describe('inHiddenLabel', () => {
  it('should be true for the text of a hidden label', () => {
    const label = box('<span data-box class="screen-reader-text">Posted by</span>');
    expect(inHiddenLabel(label.firstChild as Text)).toBe(true);
  });

  it('should be false for the text of a visible name', () => {
    const name = box('<span class="author vcard"><a data-box href="/a">Ann Lee</a></span>');
    expect(inHiddenLabel(name.firstChild as Text)).toBe(false);
  });
});
