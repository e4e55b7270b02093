import { describe, expect, it } from 'vitest';
import { isInvestPitchBox } from '../../../utils/dom/is-invest-pitch-box';
import { elementOf } from './element-of';

const PROMO =
  '<p>Before you buy stock in Brightwell Pharmaceuticals, consider this:</p><p>The Stock Advisor analyst team just identified what they believe are the 10 best stocks for investors to buy now.</p><p><a href="/services/stock-advisor/">See the 10 stocks »</a></p><p><em>*Stock Advisor returns as of November 24, 2026</em></p>';

describe('isInvestPitchBox', () => {
  it('should find the box under "Should you invest $1,000 in … right now?"', () => {
    const html = `<div><h2>Should you invest $1,000 in Brightwell Pharmaceuticals right now?</h2>${PROMO}</div>`;
    expect(isInvestPitchBox(elementOf(html))).toBe(true);
  });

  it.each([
    '<div><p><strong>Sponsored: Find a Qualified Financial Advisor</strong></p><p>Finding an advisor can be hard. A free tool matches you with up to three vetted advisors near you. <a href="/go">Get started now.</a></p></div>',
    '<section><h3>Sponsored: Compare Today’s Best CD Rates</h3><p>Lock in a higher yield before rates fall. See offers from banks near you.</p></section>',
  ])('should find the advisor-matching box %j', (html) => {
    expect(isInvestPitchBox(elementOf(html))).toBe(true);
  });

  it.each([
    [
      'a story section under a sponsor line without an offer',
      '<div><p><strong>Sponsored: the river festival, by Harbour Savings Bank</strong></p><p>The bank has paid for the fireworks for nine years.</p></div>',
    ],
    ['a sponsored label alone in a paragraph', '<p>Sponsored: Find a Qualified Financial Advisor</p>'],
    [
      'a section of the story asking a question about a sum',
      '<div><h2>Should you invest $1,000 in a CD or a bond fund?</h2><p>Rates on one-year certificates have fallen for three months, while short bond funds yield about the same.</p></div>',
    ],
    [
      'a long section under the heading',
      `<div><h2>Should you invest $1,000 in Brightwell right now?</h2><p>${'The company sells two medicines and has patent protection into the mid-2030s, with trial results due next spring. '.repeat(16)}</p></div>`,
    ],
    ['a paragraph (a line of the story)', '<p>Should you invest $1,000 in Brightwell right now?</p>'],
  ])('should leave %s', (_case, html) => {
    expect(isInvestPitchBox(elementOf(html))).toBe(false);
  });
});
