import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isTicketBox } from '../../../utils/dom/is-ticket-box';

const PARAGRAPH =
  'Amankwah could make his 65th appearance when Ellesmere Rovers visit Bramley Road on Saturday, with kick-off at 3pm.';

/** Whether the page's `#box` is read as a ticket or shop box. */
function box(html: string): boolean {
  const { document } = parseHTML(`<html><body><main>${html}</main></body></html>`);
  const element = document.getElementById('box');
  if (!element) throw new Error('no #box');
  return isTicketBox(element as unknown as Element);
}

describe('isTicketBox', () => {
  it.each([
    [
      'a club ticket banner',
      '<div id="box"><div><h3>Harrowgate Athletic v Ellesmere Rovers</h3><p>Tickets are on sale now for members.</p></div><a class="button" href="/tickets">Buy tickets</a></div>',
    ],
    [
      'a German ticket teaser',
      '<div id="box"><span>Tickets</span><h3>Rückrundenauftakt gegen Eintracht Holmsted</h3><p>Sichert euch jetzt eure Tickets.</p><a href="/t">Jetzt Tickets sichern</a></div>',
    ],
    [
      'a shop box',
      '<aside id="box"><h4>The winter training collection</h4><p>Limited edition, out now.</p><a href="/shop">Shop now</a></aside>',
    ],
    [
      'a homestand pack with a button block',
      '<section id="box"><h3>Get your seats for the homestand</h3><p>Save up to 30%.</p><div><a href="/t">Get Tickets Now!</a></div></section>',
    ],
  ])('should find %s', (_case, html) => {
    expect(box(html)).toBe(true);
  });

  it.each([
    [
      'a story section telling readers where to buy tickets',
      `<div id="box"><h2>How to get there</h2><p>${PARAGRAPH}</p><p>Fans can <a href="/t">buy tickets at the ground</a> until noon.</p></div>`,
    ],
    ['a box without a heading', '<div id="box"><p>On sale now.</p><a href="/t">Buy tickets</a></div>'],
    [
      'a long section of the story with a ticket button',
      `<div id="box"><h2>Ticket prices</h2><p>${PARAGRAPH}</p><p>${PARAGRAPH}</p><p>${PARAGRAPH}</p><a href="/t">Buy tickets</a></div>`,
    ],
    [
      'a box whose button says more than the sale',
      '<div id="box"><h3>Away day</h3><p>Coaches leave at nine.</p><a href="/t">Buy tickets for the coach to Stanwick</a></div>',
    ],
    ['a paragraph', '<p id="box"><strong>Tickets</strong> <a href="/t">Buy tickets</a></p>'],
  ])('should leave %s', (_case, html) => {
    expect(box(html)).toBe(false);
  });
});

describe('isTicketBox on a shopping list', () => {
  const REVIEW =
    'A heavy press turns a ball of masa into an even, thin round in one motion. It also flattens dumpling wrappers, ' +
    'small flatbreads and even garlic cloves for mincing. Line it with a cut-open freezer bag so nothing sticks.';

  it('should leave a list entry whose paragraph is the writer\'s own review, under its "Shop Now" button', () => {
    expect(
      box(
        `<div id="box"><div><span>2</span>/<span>7</span><h2>Cast-iron tortilla press</h2></div><figure><img src="p.jpg"><figcaption>Getty Images</figcaption></figure><div><p>${REVIEW}</p></div><div><a href="https://shop.example/p" rel="sponsored">Shop Now</a></div></div>`,
      ),
    ).toBe(false);
  });

  it('should leave a short entry of a list whose other entries share its class without a button', () => {
    const entry = (n: number, button: string) =>
      `<div class="listicle-page"${n === 1 ? ' id="box"' : ''}><h2>Tool ${n}</h2><p>Cheap, sturdy and easy to clean.</p>${button}</div>`;
    const shop = '<a href="https://shop.example/p" rel="sponsored">Shop Now</a>';
    expect(box(`<div>${entry(1, shop)}${entry(2, '')}${entry(3, shop)}</div>`)).toBe(false);
  });

  it('should still find product cards that all carry the button, and a lone shop box', () => {
    const card = (n: number) =>
      `<div class="product-card"${n === 1 ? ' id="box"' : ''}><h3>Tool ${n}</h3><p>From $19.</p><a href="/shop/${n}">Shop now</a></div>`;
    expect(box(`<div>${card(1)}${card(2)}${card(3)}</div>`)).toBe(true);
  });

  it('should still find a shop box with a line of sales copy', () => {
    expect(
      box(
        '<div id="box"><h3>Our kitchen collection</h3><p>Enamel bread boxes, tortilla presses and more, from $19.</p><a href="/shop">Shop Now</a></div>',
      ),
    ).toBe(true);
  });
});
