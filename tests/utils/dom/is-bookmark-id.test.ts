import { describe, expect, it } from 'vitest';
import { isBookmarkId } from '../../../utils/dom/is-bookmark-id';
import { elementOf } from './element-of';

describe('isBookmarkId', () => {
  it.each([
    ['a subheading', '<h3 id="bkmrk-winter-social">Winter social</h3>'],
    ['a paragraph', '<p id="bkmrk-this-year%27s-winter-s">This year’s winter social is on Saturday.</p>'],
  ])("should read BookStack's id on %s as the writer's words", (_case, html) => {
    expect(isBookmarkId(elementOf(html))).toBe(true);
  });

  it.each([
    ['a share bar', '<div id="social-share">Share</div>'],
    ['an id that only holds the word', '<div id="page-bkmrk-list">Bookmarks</div>'],
    ['no id', '<p>Text.</p>'],
  ])('should leave %s alone', (_case, html) => {
    expect(isBookmarkId(elementOf(html))).toBe(false);
  });
});
