import { isHeadedButtonBox } from './is-action-box';
import { holdsReviewProse } from './holds-review-prose';

/**
 * The whole text of the button of a sports club's, venue's or shop's sales box, as such sites word it in English and
 * German: "Buy tickets", "Get tickets", "Book tickets", "Buy tickets now", "Shop now", "Tickets kaufen", "Jetzt Tickets
 * sichern", "Zum Ticketshop", "Jetzt shoppen", "Zum Fanshop".
 */
const TICKET_BUTTON =
  /^(?:(?:buy|get|book|secure) (?:your )?tickets?(?: now| today| here)?|shop now|(?:jetzt )?tickets? (?:kaufen|sichern|bestellen)|zum (?:ticket|fan)-?shop|jetzt (?:shoppen|kaufen))[.!]?$/i;

/**
 * True for the ticket or shop box a club's or venue's news story carries between or under its paragraphs: a short
 * block with a heading of its own ("Harrowgate Athletic v Ellesmere Rovers", "Rückrundenauftakt gegen Eintracht
 * Holmsted"), a line or two of sales copy, and a button whose whole text is the sale ("Buy tickets", "Jetzt Tickets
 * sichern"). The heading and blurb are the box's, as with a charity's "Donate now" box. A story's paragraph telling
 * readers where to buy tickets is no box: its link says more than the sale, or it has no heading of its own. Nor is a
 * shopping list's entry (Reader's Digest-type `listicle-page`: the item's heading, a paragraph of the writer's own
 * review, a "Shop Now" affiliate button): sales copy is a line, a review paragraph is the story (`holdsReviewProse`).
 */
export const isTicketBox = (element: Element): boolean =>
  isHeadedButtonBox(element, TICKET_BUTTON) && !holdsReviewProse(element);
