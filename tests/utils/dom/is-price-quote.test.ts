import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isPriceQuote } from '../../../utils/dom/is-price-quote';

/** The element with `id="x"` in a small page. */
const elementOf = (html: string): Element => {
  const doc = parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;
  const element = doc.getElementById('x');
  if (!element) throw new Error('no element');
  return element;
};

describe('isPriceQuote', () => {
  it.each([
    [
      'a coin widget after the coin’s linked name',
      '<p>Holders of <a href="/solana-price">Solana (SOL)</a><span id="x" class="c1"><span>$161.07</span><span>-4.77%</span></span>. Of the stake …</p>',
    ],
    [
      'a price inside a coin chip link',
      '<p>about 2.1 <a href="/price/bitcoin"><img src="b.svg" alt="">BTC<span id="x" class="text-green-600">$115,802.00</span></a> and some ether</p>',
    ],
    ['a change after a stock ticker', '<p>Shares of Apple (AAPL)<b id="x">+1.2%</b> rose on Monday.</p>'],
    [
      'a won price after a coin name',
      '<p>XRP<span id="x">KRW 3,412</span> led the gains on the won market on Monday.</p>',
    ],
    [
      'a bracketed change with an arrow',
      '<p>Ether<small id="x">(▼2.1%)</small> fell for a third day as traders sold.</p>',
    ],
  ])('should find %s', (_case, html) => {
    expect(isPriceQuote(elementOf(html))).toBe(true);
  });

  it.each([
    ['a price in prose after a space', '<p>Bitcoin rose to <strong id="x">$61,204</strong> on Monday.</p>'],
    ['a change in prose after a space', '<p>The index fell <b id="x">2.1%</b> in a week.</p>'],
    ['a table cell', '<table><tr><td>Bitcoin</td><td id="x">$61,204</td></tr></table>'],
    ['a span alone in its cell', '<table><tr><td>Bitcoin</td><td><span id="x">$61,204</span></td></tr></table>'],
    ['a figure starting a paragraph', '<p><strong id="x">$40 million</strong> was raised.</p>'],
    ['a span holding words', '<p>Solana (SOL)<span id="x">$161 at the close</span> fell.</p>'],
    ['a block after a word', '<div>Price<div id="x">$161.07</div></div>'],
    [
      'a row of ticker chips',
      '<div><a href="/quote/SLVN"><span>SLVN</span><span id="x">+11.4%</span></a> <a href="/quote/ICLN"><span>ICLN</span><span>+1.3%</span></a></div>',
    ],
    ['a year after a word', '<p>In the spring of<span id="x">2025</span> it rained.</p>'],
  ])('should keep %s', (_case, html) => {
    expect(isPriceQuote(elementOf(html))).toBe(false);
  });
});
