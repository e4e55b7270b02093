import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isScoreBadge } from '../../../utils/dom/is-score-badge';

/** The element marked `data-probe` in a page fragment, and whether it is a review's score badge. */
const probe = (html: string): boolean => {
  const doc = parseHTML(`<html><body><article>${html}</article></body></html>`).document as unknown as Document;
  const element = doc.querySelector('[data-probe]');
  if (!element) throw new Error('no probe');
  return isScoreBadge(element);
};

describe('isScoreBadge', () => {
  it.each([
    ['a score box value', '<span class="e-score_box-value" data-probe>7.4</span>'],
    [
      "a CSS module's test score with its label",
      '<div class="TestScore_score__n3W1m" data-probe><span>74%</span><span>Which? test score</span></div>',
    ],
    ['an overall score out of ten', '<div class="overall-score" data-probe>8/10</div>'],
    [
      "a guide's rating circle over a place (a CSS module)",
      '<div class="styles_ratingCircle__3fN2c" data-probe><span>8.6</span></div>',
    ],
    ["a critic's rating", '<span class="critic-rating" data-probe>7.9</span>'],
  ])('should read %s as a score badge', (_case, html) => {
    expect(probe(html)).toBe(true);
  });

  it.each([
    [
      'a block named as a score holding prose',
      '<div class="review-score" data-probe>We liked it a lot, but the battery is weak.</div>',
    ],
    ['a number in a block with another name', '<span class="price" data-probe>74</span>'],
    ['a bare rating column of a table', '<td class="rating" data-probe>4.5</td>'],
    [
      'a rating box holding the review',
      '<div class="rating-box" data-probe>8.6 The best pho in the city, and the line moves fast.</div>',
    ],
    [
      'a score box with a long paragraph',
      '<div class="overall-score" data-probe>8 The battery lasted two days in our testing, the longest of any phone this year.</div>',
    ],
  ])('should keep %s', (_case, html) => {
    expect(probe(html)).toBe(false);
  });
});
