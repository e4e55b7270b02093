import { describe, expect, it } from 'vitest';
import { isQuoteCard } from '../../../utils/dom/is-quote-card';
import { elementOf } from './element-of';

describe('isQuoteCard', () => {
  it('should find a company card with its ticker and labelled figures', () => {
    const html =
      "<div><div>NYSE: BRWP</div><div>Brightwell Pharmaceuticals</div><div>Today's Change (-1.84%) -$0.71</div><div>Current Price $37.90</div><table><tr><th>Market Cap</th><td>$28B</td></tr><tr><th>Day's Range</th><td>$37.51 - $38.70</td></tr></table></div>";
    expect(isQuoteCard(elementOf(html))).toBe(true);
  });

  it.each([
    [
      'a box holding a paragraph that cites a ticker and its market cap',
      "<div><p>Brightwell (NYSE: BRWP) lost a third of its market cap in a day; today's change was smaller, and the current price is near its low.</p></div>",
    ],
    [
      'a card without an exchange and ticker',
      "<div><div>Today's Change (-1.84%) -$0.71</div><div>Current Price $37.90</div><div>Market Cap $28B</div></div>",
    ],
    ['a ticker with one field only', '<div><div>NASDAQ: AAPL</div><div>Market Cap $3.1T</div></div>'],
  ])('should leave %s', (_case, html) => {
    expect(isQuoteCard(elementOf(html))).toBe(false);
  });
});
