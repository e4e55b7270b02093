import { textOf } from './text-of';

const BOX_TAGS = new Set(['DIV', 'SECTION', 'ASIDE']);
const HEADING_TAGS = new Set(['H2', 'H3', 'H4', 'H5', 'H6', 'P', 'STRONG', 'B']);
const LISTS = new Set(['OL', 'UL']);
/** A box of shows is its heading, a pitch or two and the list: more blocks is a part of the page holding more. */
const MAX_CHILDREN = 6;

/**
 * The heading of a tour-dates box: "Marrow Coast 2027 Tour Dates", "Upcoming tour dates", "Tour Dates & Tickets". The
 * whole line, a name and a year at most before it.
 */
const TOUR_DATES_HEADING = /^(?:[\p{L}\d'’&.-]+ ){0,5}tour dates(?: (?:&|and) tickets)?\s*:?$/iu;
/**
 * One show: "02/11 – Seattle, WA @ The Crocodile", "3/4/27 - London, UK @ O2 Academy Brixton". A date, a dash, the
 * city with its state or country, and the venue after '@'; no sentence is built like that.
 */
const SHOW_LINE = /^\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\s*[–—-]\s*[^@.!?]{2,60},\s*[^@.!?]{2,40}\s+@\s+[^.!?]{2,80}$/u;
/** Tickets named in the box: its pitch ("Get tickets … here") or a ticket link. */
const TICKETS = /\btickets?\b/iu;

/**
 * True for a tour-dates box under a music review: a box that opens on its "… Tour Dates" heading and holds a tickets
 * pitch or link and lists of shows, nothing else. It sells tickets to the reader, as the site's ticketing partner
 * pays it to, and is not what the critic wrote. The same shows listed by a tour announcement in its own text are its
 * news and stay: they stand in the story's block, under no box of their own.
 */
export function isTourDatesBox(element: Element): boolean {
  if (!BOX_TAGS.has(element.tagName.toUpperCase())) return false;
  const [heading, ...rest] = [...element.children];
  if (!heading || rest.length === 0 || rest.length >= MAX_CHILDREN) return false;
  if (!HEADING_TAGS.has(heading.tagName.toUpperCase()) || !TOUR_DATES_HEADING.test(textOf(heading))) return false;
  let shows = 0;
  let tickets = false;
  for (const block of rest) {
    if (LISTS.has(block.tagName.toUpperCase())) {
      for (const item of block.children) {
        if (!SHOW_LINE.test(textOf(item))) return false;
        shows++;
      }
    } else if (TICKETS.test(textOf(block))) tickets = true;
    else return false;
  }
  return shows > 0 && tickets;
}
