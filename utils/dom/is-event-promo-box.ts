import { textOf } from './text-of';
import { textWithin } from './text-within';
import { ownText } from './has-own-text';

/** An event promo is a label, the event's name, its date and place and a button: more text (characters) is prose. */
const MAX_EVENT_BOX_CHARS = 300;
/** Blocks that hold a box; a paragraph is a line of the story, which the line rules judge. */
const BOX_TAGS = new Set(['DIV', 'SECTION', 'ASIDE']);
/** A line of the promo is a name, a date or a blurb: a longer paragraph (characters) is a sentence of the story. */
const MAX_LINE_CHARS = 120;
/**
 * The whole text of an event's sign-up button, as trade publishers and conference organisers word it: "Register",
 * "Register now", "Register today", "Get tickets", "Buy tickets", "Reserve your seat", "Save your spot", "RSVP".
 */
export const REGISTER_BUTTON =
  /^(?:register(?: (?:now|today|here))?|(?:get|buy) (?:your )?tickets(?: now)?|(?:reserve|save|book|claim) (?:your|a) (?:seat|spot|place|ticket)|rsvp(?: now| today)?)[.!]?$/i;
/**
 * The event's date as a promo prints it: a month name or its abbreviation with a day ("Dec. 10, 2026", "10 December",
 * "March 4-5").
 */
const EVENT_DATE =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.? \d{1,2}\b|\b\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\b/i;

/** A promo's own heading, the event's name or its invitation ("Join us at Disrupt in San Francisco"). */
const HEADINGS = 'h2, h3, h4, h5, h6';

/**
 * True for the promo a trade publisher sets inside its stories for its own conferences and webinars: a short block
 * with the event's name, its date and venue, and a button whose whole text is the sign-up ("Register Now"). It comes
 * with whatever class the site's CMS gives it, or none once names are hashed. A story's paragraph on an event is a
 * sentence longer than a promo's line, and its link says more than the sign-up. A promo under a heading of its own
 * ("TechWire Event" over "Join us at Disrupt in San Francisco", a blurb and "Register now", as tech and trade
 * publishers set theirs in WordPress blocks) needs no date and may have a longer blurb, when it closes on that button:
 * a story's paragraph has no heading inside it.
 */
export function isEventPromoBox(element: Element): boolean {
  if (!BOX_TAGS.has(element.tagName.toUpperCase())) return false;
  const text = textWithin(element, MAX_EVENT_BOX_CHARS);
  if (text === undefined) return false;
  if (isHeadedPromo(element)) return true;
  if (!hasEventDate(element)) return false;
  for (const paragraph of element.getElementsByTagName('p')) {
    if ((paragraph.textContent ?? '').trim().length > MAX_LINE_CHARS) return false;
  }
  for (const control of element.querySelectorAll('a, button')) {
    if (REGISTER_BUTTON.test((control.textContent ?? '').trim())) return true;
  }
  return false;
}

/** Whether the box holds a heading and closes on its sign-up button (the box's text ends on the button's). */
function isHeadedPromo(element: Element): boolean {
  if (element.querySelector(HEADINGS) === null) return false;
  const controls = element.querySelectorAll('a, button');
  const last = controls[controls.length - 1];
  if (!last) return false;
  const label = textOf(last);
  return REGISTER_BUTTON.test(label) && textOf(element).endsWith(label);
}

/** Whether the box prints a date in one of its lines (each element's own text, as blocks' texts run together). */
function hasEventDate(element: Element): boolean {
  return [element, ...element.querySelectorAll('*')].some((part) => EVENT_DATE.test(ownText(part)));
}
