import { describe, expect, it } from 'vitest';
import { isClaimBox } from '../../../utils/dom/is-claim-box';
import { elementOf } from './element-of';

const CLAIM = 'Video shows a market flooded by last week’s storm';

describe('isClaimBox', () => {
  it.each([
    [
      'labelled claim and verdict lines',
      `<div class="x1"><p><strong>Claim:</strong> ${CLAIM}</p><p><strong>Verdict:</strong> False</p></div>`,
    ],
    [
      'a "What was claimed / Our verdict" card',
      `<div class="c1"><div class="c2"><div><h4>What was claimed</h4><p>${CLAIM}.</p></div>` +
        '<div><h4>Our verdict</h4><p>Incorrect. The video is from 2019.</p></div></div></div>',
    ],
    [
      'claim, rating and context headings',
      `<section><h3>Claim:</h3><div>${CLAIM}</div><h3>Rating:</h3><a href="/r"><img alt="">False</a>` +
        '<h3>Context:</h3><p>One supplier recalled one brand.</p></section>',
    ],
  ])('should find %s', (_case, html) => {
    expect(isClaimBox(elementOf(html))).toBe(true);
  });

  it.each([
    ['a claim with no verdict', `<div><p><strong>Claim:</strong> ${CLAIM}</p><p>We looked into it.</p></div>`],
    [
      'a box that opens with prose',
      `<div><p>Readers asked us about this video.</p><p><strong>Claim:</strong> ${CLAIM}</p><p><strong>Verdict:</strong> False</p></div>`,
    ],
    [
      'a story with "The claim" and "Our verdict" sections',
      `<div><h2>The claim</h2><p>${'The video has been shared thousands of times with a caption about the storm. '.repeat(6)}</p>` +
        `<h2>Our verdict</h2><p>${'The footage is from 2019, when monsoon rain flooded the same market. '.repeat(6)}</p></div>`,
    ],
    ['a paragraph naming a verdict', `<div><p>The claim was false, the court's verdict said.</p></div>`],
    ['the claim line alone', `<p><strong>Claim:</strong> ${CLAIM}</p>`],
  ])('should keep %s', (_case, html) => {
    expect(isClaimBox(elementOf(html))).toBe(false);
  });
});
