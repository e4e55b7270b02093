import { isHeadedButtonBox } from './is-action-box';
import { holdsReviewProse } from './holds-review-prose';

/**
 * The whole text of the button of a sports club's, venue's or shop's sales box, as such sites word it in English and
 * German: "Buy tickets", "Get tickets", "Book tickets", "Buy tickets now", "Shop now", "Tickets kaufen", "Jetzt Tickets
 * sichern", "Zum Ticketshop", "Jetzt shoppen", "Zum Fanshop".
 */
const TICKET_BUTTON =
  /^(?:(?:buy|get|book|secure) (?:your )?tickets?(?: now| today| here)?|shop now|(?:jetzt )?tickets? (?:kaufen|sichern|bestellen)|zum (?:ticket|fan)-?shop|jetzt (?:shoppen|kaufen))[.!]?$/i;

/** A list's entries: at least this many blocks of one class side by side, counting the one tested. */
const MIN_ENTRIES = 3;

/** True when a block holds a sales button. */
function holdsSalesButton(element: Element): boolean {
  for (const control of element.querySelectorAll('a, button')) {
    if (TICKET_BUTTON.test((control.textContent ?? '').trim())) return true;
  }
  return false;
}

/**
 * True when a block is one entry of a list whose entries share its class and not all carry a sales button: a
 * shopping listicle's `div.listicle-page` entries, some with an affiliate "Shop Now" under the writer's words, some
 * without. A sales box stands alone; a run of product cards each with its button stays a run of cards.
 */
function isListEntry(element: Element): boolean {
  const name = element.getAttribute('class');
  const parent = element.parentElement;
  if (!name || !parent) return false;
  let entries = 0;
  let withoutButton = false;
  for (const sibling of parent.children) {
    if (sibling.getAttribute('class') !== name) continue;
    entries++;
    if (!withoutButton && !holdsSalesButton(sibling)) withoutButton = true;
  }
  return entries >= MIN_ENTRIES && withoutButton;
}

/**
 * True for the ticket or shop box a club's or venue's news story carries between or under its paragraphs: a short
 * block with a heading of its own ("Harrowgate Athletic v Ellesmere Rovers", "Rückrundenauftakt gegen Eintracht
 * Holmsted"), a line or two of sales copy, and a button whose whole text is the sale ("Buy tickets", "Jetzt Tickets
 * sichern"). The heading and blurb are the box's, as with a charity's "Donate now" box. A story's paragraph telling
 * readers where to buy tickets is no box: its link says more than the sale, or it has no heading of its own. Nor is a
 * shopping list's entry (Reader's Digest-type `listicle-page`: the item's heading, the writer's own words, a "Shop
 * Now" affiliate button): a review paragraph is the story (`holdsReviewProse`), and so is an entry of a list whose
 * other entries share its class without a button (`isListEntry`).
 */
export const isTicketBox = (element: Element): boolean =>
  isHeadedButtonBox(element, TICKET_BUTTON) && !holdsReviewProse(element) && !isListEntry(element);
