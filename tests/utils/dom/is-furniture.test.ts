import { describe, expect, it } from 'vitest';
import { isFurniture } from '../../../utils/dom/is-furniture';
import { elementOf } from './element-of';

describe('isFurniture', () => {
  it.each([
    ['furniture by class', '<div class="share-bar"><a href="/s">Share</a></div>', true],
    [
      'an author box',
      '<div class="postauthor"><p>Ann Lee is the editor of Paper Trails. She writes about bookbinding, letterpress and the last print shops in town.</p></div>',
      true,
    ],
    ['a story card', '<a href="/s/1"><h3>Ferry fares rise in June</h3><p>Operators blame fuel costs.</p></a>', true],
    ['a paragraph', '<p>The library opened again on Thursday.</p>', false],
  ])('should tell whether %s is furniture', (_case, html, expected) => {
    expect(isFurniture(elementOf(html))).toBe(expected);
  });
});
