import { describe, expect, it } from 'vitest';
import { isReviewProductBox } from '../../../utils/dom/is-review-product-box';
import { elementOf } from './element-of';

const PROS_CONS =
  '<div class="pros-cons"><div><p>Pros</p><ul><li>Excellent battery life</li></ul></div>' +
  '<div><p>Cons</p><ul><li>Dim display</li></ul></div></div>';

describe('isReviewProductBox', () => {
  it.each([
    [
      "IDG's At a Glance box",
      `<div class="x"><div><h3>At a Glance</h3><h3>Halden Aura 14</h3><p>4 stars</p></div>${PROS_CONS}` +
        '<div><p>Our Verdict</p><p>A quiet ultrabook held back by a dim screen.</p></div>' +
        '<div><p>Best Prices Today</p><ul><li>Amazon $999.99 <a href="#">View Deal</a></li></ul></div></div>',
    ],
    ['the pros and cons with a rating over them', `<aside><p>Rating: 4 out of 5</p>${PROS_CONS}</aside>`],
  ])('should find %s', (_case, html) => {
    expect(isReviewProductBox(elementOf(html))).toBe(true);
  });

  it.each([
    [
      "a review's section of prose around its pros and cons",
      `<section><p>${'The laptop lasted all day in our tests and stayed quiet under load. '.repeat(4)}</p>${PROS_CONS}</section>`,
    ],
    ['a box of short lines without pros and cons', '<div><h3>At a Glance</h3><p>4 stars</p><p>Our Verdict</p></div>'],
    [
      'the same section with its paragraphs set as text-only divs',
      `<section><div>${'The laptop lasted all day in our tests and stayed quiet under load. '.repeat(4)}</div>${PROS_CONS}</section>`,
    ],
    [
      'the same section with its paragraphs set as text closed by line breaks',
      `<section>${'The laptop lasted all day in our tests and stayed quiet under load. '.repeat(4)}<br><br>${PROS_CONS}</section>`,
    ],
    ['a paragraph', `<p>Pros and cons</p>`],
    [
      'a whole review page part, past a box\u2019s length',
      `<div>${PROS_CONS}${'<p>Short line of the review.</p>'.repeat(80)}</div>`,
    ],
  ])('should keep %s', (_case, html) => {
    expect(isReviewProductBox(elementOf(html))).toBe(false);
  });
});
