import { describe, expect, it } from 'vitest';
import { holdsReviewProse, withoutProductCardNames } from '../../../utils/dom/holds-review-prose';
import { elementOf } from './element-of';

describe('holdsReviewProse', () => {
  const paragraph = 'It picked up 97 percent of the sand on carpet and ran for 52 minutes, the longest of the group. ';

  it.each([
    ['a paragraph of review', `<div><p>${paragraph.repeat(3)}</p></div>`],
    ['a paragraph of review set as a text-only div', `<div><h3>Brindle V9</h3><div>${paragraph.repeat(3)}</div></div>`],
    ['a paragraph of review closed by line breaks', `<div><h3>Brindle V9</h3>${paragraph.repeat(3)}<br><br></div>`],
  ])('should find %s', (_case, html) => {
    expect(holdsReviewProse(elementOf(html))).toBe(true);
  });

  it.each([
    ['a blurb', '<div><h3>Brindle V9</h3><p>The best cordless vacuum for most homes.</p></div>'],
    ['a long text outside paragraphs', `<div><span>${'Brindle V9 at Amazon '.repeat(20)}</span></div>`],
  ])('should not find %s', (_case, html) => {
    expect(holdsReviewProse(elementOf(html))).toBe(false);
  });
});

describe('withoutProductCardNames', () => {
  it('should take out the card words only', () => {
    expect(withoutProductCardNames('product-card share-row').trim()).toBe('share-row');
    expect(withoutProductCardNames('product-card__content').includes('product-card')).toBe(false);
    expect(withoutProductCardNames('productcards-list').includes('productcards')).toBe(false);
  });
});
