import { describe, expect, it } from 'vitest';
import { isPickCard } from '../../../utils/dom/is-pick-card';
import { elementOf } from './element-of';

const CARD_BODY =
  '<h3>Brindle V9</h3><p>The best cordless stick vacuum</p><p>It cleans carpet nearly as well as a plug-in.</p>';

describe('isPickCard', () => {
  it.each([
    [
      'an "Our pick" card',
      `<div class="css-1"><div>Our pick</div>${CARD_BODY}<div><a href="#">$379 from Amazon</a></div></div>`,
    ],
    ['a "Budget pick" card', `<div><span>Budget pick</span>${CARD_BODY}<a href="#">£149 at Argos</a></div>`],
    ['a card with a shop label', `<section><p>Also great</p>${CARD_BODY}<a href="#">See at Best Buy</a></section>`],
  ])('should find %s', (_case, html) => {
    expect(isPickCard(elementOf(html))).toBe(true);
  });

  it.each([
    ['a card without a price button', `<div><div>Our pick</div>${CARD_BODY}<a href="#">Read the review</a></div>`],
    [
      'a guide section headed with its pick',
      `<div><h2>Our pick: Brindle V9</h2><p>It picked up 96 percent.</p><a href="#">$379 from Amazon</a></div>`,
    ],
    [
      'a long section under the badge',
      `<div><h2>Our pick</h2><p>${'It picked up 96 percent of the sand. '.repeat(30)}</p><a href="#">$379 from Amazon</a></div>`,
    ],
    ['a paragraph', '<p><strong>Our pick</strong> is the <a href="#">$379 from Amazon</a> model.</p>'],
    [
      'a guide section that opens with its badge and reviews the product',
      `<section><div>Best overall</div><h2>Brindle V9</h2><a href="#">$379 at Amazon</a><p>The Brindle V9 picked up 97 percent of our test debris on medium-pile carpet, the best score we recorded, and its battery lasted 52 minutes in our timed runs, which put it ahead of plug-in models that cost twice as much.</p></section>`,
    ],
  ])('should keep %s', (_case, html) => {
    expect(isPickCard(elementOf(html))).toBe(false);
  });
});
