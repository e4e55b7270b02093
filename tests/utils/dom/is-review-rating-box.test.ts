import { describe, expect, it } from 'vitest';
import { isReviewRatingBox } from '../../../utils/dom/is-review-rating-box';
import { elementOf } from './element-of';

const namesOf = (element: Element): string => `${element.getAttribute('class') ?? ''} ${element.id}`;

describe('isReviewRatingBox', () => {
  it.each([
    '<div class="review_wrap  review-bottom"><div class="review-box review-percentage"><h3>Review Overview</h3></div></div>',
    '<div class="review-box review-percentage"></div>',
    '<div class="review-summary"><div class="review-final-score"><h3>74%</h3><h4>Good</h4></div></div>',
    '<span class="user-rate-wrap"><span class="user-rating-text"><strong>User Rating: </strong> Be the first one ! </span></span>',
    '<div id="review" class="review-wrapper wp-review-2291 wp_review_default_template"></div>',
    '<div class="review-total-wrapper"><span class="review-total-box">8.5/10</span></div>',
    '<div class="user-review-area"></div>',
    '<div class="wppr-review-container"></div>',
    '<div class="review-wu-box"></div>',
  ])('should read %s as a review plugin score box', (html) => {
    const element = elementOf(html);
    expect(isReviewRatingBox(element, namesOf(element))).toBe(true);
  });

  it.each([
    // The story's own blocks and look-alike names.
    '<div class="entry-content"><p>The Volt 3 rides beautifully.</p></div>',
    '<div class="reviews-archive"></div>',
    '<div class="review-body"></div>',
    '<div class="review-content"></div>',
    '<div class="user-profile"></div>',
    '<div class="preview-box"></div>',
    '<div class="boxreview"></div>',
    // A template that wraps the whole review in `review-wrapper`: its paragraphs are the story.
    `<div class="review-wrapper"><p>${'The battery went further than the maker promised, and the frame stayed quiet over the cobbles. '.repeat(3)}</p></div>`,
  ])('should keep %s', (html) => {
    const element = elementOf(html);
    expect(isReviewRatingBox(element, namesOf(element))).toBe(false);
  });
});
