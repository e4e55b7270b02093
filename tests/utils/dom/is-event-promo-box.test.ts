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

describe('isEventPromoBox, a promo under a heading of its own', () => {
  it.each([
    [
      'an event promo block with its label, heading, blurb and button, no date',
      '<div id="box"><div><p>TechWire Event</p><h3>Join us at Disrupt in San Francisco</h3><p>Save up to $400 on your pass before prices rise on Friday. Hear from the founders and investors shaping what comes next.</p></div><div><a href="/events/disrupt/">Register now</a></div></div>',
    ],
    [
      'a dated promo whose blurb runs past a line',
      '<div id="box"><div><p>Techcrunch event</p><h3>Join us at TechCrunch Sessions: Mobility</h3><p>Hear from the founders and investors reshaping how goods and people move. Save up to $300 on your pass before prices rise.</p><p>San Jose | March 4, 2027</p><a href="/e">REGISTER NOW</a></div></div>',
    ],
  ])('should find %s', (_case, html) => {
    expect(box(html)).toBe(true);
  });

  it.each([
    [
      'a headed section of the story with a register link in its text',
      '<section id="box"><h3>How to take part</h3><p>Residents can <a href="/r">register</a> for the hearing until Friday; the council will read written comments too.</p></section>',
    ],
    [
      'a headed box whose register button is not its close',
      '<div id="box"><h3>Voter guide</h3><a href="/r">Register now</a><p>Polls open at 7 a.m. and close at 8 p.m.; bring a photo ID.</p></div>',
    ],
    [
      'a headed section longer than a promo',
      `<section id="box"><h3>The summit</h3><p>${'The summit drew delegates from forty countries and ran late into the night. '.repeat(5)}</p><a href="/r">Register now</a></section>`,
    ],
  ])('should not find %s', (_case, html) => {
    expect(box(html)).toBe(false);
  });
});
