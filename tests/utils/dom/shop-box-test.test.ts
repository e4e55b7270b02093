import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { shopBoxTest } from '../../../utils/dom/shop-box-test';

/** The element marked `data-probe` in a page fragment, and whether it is a shop box. */
const probe = (html: string): boolean => {
  const doc = parseHTML(`<html><body><article>${html}</article></body></html>`).document as unknown as Document;
  const element = doc.querySelector('[data-probe]');
  if (!element) throw new Error('no probe');
  return shopBoxTest(doc)(element);
};

describe('shopBoxTest', () => {
  it.each([
    [
      'a product box with a name, a price and a "See at" button',
      '<p>The charger is small and light, and it folds flat.</p><div data-probe class="product"><span>Harbour 140W Charger</span> <span>$129.99 at Amazon</span><div><a href="/go/a">See at Amazon</a></div></div>',
    ],
    [
      'a price widget row with a "View at" button',
      '<section data-probe><div><span>Harbour Watch 8</span> <span>$299</span> <a href="/go/b">View at Best Buy</a></div></section>',
    ],
    ['a box with a "Buy now" button', '<div data-probe><h4>Harbour Kettle</h4><a href="/go/c">Buy now</a></div>'],
  ])('should read %s as a shop box', (_case, html) => {
    expect(probe(html)).toBe(true);
  });

  it.each([
    [
      'a paragraph with a shop link inside its prose',
      '<div data-probe><p>We liked it a lot. <a href="/go/a">See at Amazon</a> for the current price.</p></div>',
    ],
    [
      'a deals list item with a price link (the story of a deals post)',
      '<ul><li data-probe>Harbour Tablet 128GB: <a href="/go/d">$449.00 at Amazon</a>, down from $599.00</li></ul>',
    ],
    [
      'a list item with a shop button (a list item is the story’s own line)',
      '<ul><li data-probe>Harbour Tablet for $449 <a href="/go/e">See at Amazon</a></li></ul>',
    ],
    [
      'a box of prose around a shop button',
      '<div data-probe><p>The kettle boils fast. It is also quiet, which we liked.</p><a href="/go/f">Shop now</a></div>',
    ],
    [
      'a short list of shop lines in its own block',
      '<div data-probe><ul><li>Harbour Tablet for $449 <a href="/go/g">See at Amazon</a></li><li>Harbour Pen for $99 <a href="/go/h">See at Target</a></li></ul></div>',
    ],
    [
      'a box with a plain link',
      '<div data-probe><span>Harbour Kettle</span> <a href="/review">Read our review</a></div>',
    ],
  ])('should not read %s as a shop box', (_case, html) => {
    expect(probe(html)).toBe(false);
  });
});

describe('shopBoxTest: buttons told by their words or their paid mark', () => {
  it.each([
    [
      'a hotel box with "Check availability"',
      '<div data-probe><p>Where to stay: Casa do Rio</p><p>From €89 per night</p><a href="https://booking.example/c">Check availability</a></div>',
    ],
    [
      'a deal widget with "Get Deal"',
      '<div data-probe><p>Arc Wireless Headphones</p><p>$249.99 $179.99</p><a href="https://amzn.example/arc">Get Deal</a></div>',
    ],
    [
      'a card with a paid button',
      '<div data-probe><span>Best overall</span><p>Emberline Duo 2-Burner</p><a href="https://amzn.example/duo" rel="sponsored">SEE IT</a></div>',
    ],
    [
      'a theatre site\'s ticket widget with "Book tickets"',
      '<div data-probe><img src="show.jpg" alt=""><div><p>The Night Ferry</p><p>Almond Studio, London</p><p>Tickets from £18</p></div><a href="/tickets/night-ferry/">Book tickets</a></div>',
    ],
  ])('should read %s as a shop box', (_case, html) => {
    expect(probe(html)).toBe(true);
  });

  it.each([
    [
      'a paid link inside a sentence of the story',
      '<div data-probe><p>I cooked on the <a href="https://amzn.example/duo" rel="sponsored">Emberline Duo</a> for a week.</p></div>',
    ],
    [
      'a sentence of a review ending on a ticket link',
      '<div data-probe><p>The run is nearly sold out. <a href="/tickets/night-ferry/">Book tickets</a> while you can.</p></div>',
    ],
    [
      'a listings item with a ticket button (the listing is the story’s own line)',
      '<ul><li data-probe>The Night Ferry, Almond Studio, until 2 April <a href="/tickets/night-ferry/">Book tickets</a></li></ul>',
    ],
    [
      'a box with a long paid link',
      '<div data-probe><p>Stove</p><a href="https://amzn.example/duo" rel="sponsored">The Emberline Duo two-burner camp stove we tested</a></div>',
    ],
  ])('should not read %s as a shop box', (_case, html) => {
    expect(probe(html)).toBe(false);
  });
});
