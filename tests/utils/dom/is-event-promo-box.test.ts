import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isEventPromoBox } from '../../../utils/dom/is-event-promo-box';

/** Whether the page's `#box` is read as an event promo. */
function box(html: string): boolean {
  const { document } = parseHTML(`<html><body><main>${html}</main></body></html>`);
  const element = document.getElementById('box');
  if (!element) throw new Error('no #box');
  return isEventPromoBox(element as unknown as Element);
}

describe('isEventPromoBox', () => {
  it.each([
    [
      'a conference promo with its label, date and button',
      '<div id="box"><div>Groundwork Events</div><p>DFW Office Outlook: Distress, Discounts and Deals</p><p>Dec. 10, 2026 | The Adolphus, Dallas</p><a href="/events/x">Register Now</a></div>',
    ],
    [
      'a webinar promo with a ticket button',
      '<aside id="box"><h4>Live webinar: the multifamily refinance wall</h4><p>Thursday, 4 March, 2pm GMT</p><button>Get tickets</button></aside>',
    ],
  ])('should find %s', (_case, html) => {
    expect(box(html)).toBe(true);
  });

  it.each([
    [
      'a story paragraph on an event, with a link',
      '<div id="box"><p>The housing authority will hold a public hearing on the rezoning plan on Dec. 10 at City Hall, where residents can speak for up to three minutes each.</p><a href="/hearing">Register</a></div>',
    ],
    [
      'a registration box with no date',
      '<div id="box"><p>Create your free account.</p><a href="/r">Register now</a></div>',
    ],
    [
      'a dated box whose link says more than the sign-up',
      '<div id="box"><p>Dec. 10, 2026 | The Adolphus, Dallas</p><a href="/r">Register now for the outlook on office distress</a></div>',
    ],
    [
      'a paragraph, which the line rules judge',
      '<p id="box">Dec. 10, 2026 | The Adolphus, Dallas <a href="/r">Register now</a></p>',
    ],
  ])('should not find %s', (_case, html) => {
    expect(box(html)).toBe(false);
  });
});
