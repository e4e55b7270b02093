import { textOf } from './text-of';
import { lineWithin } from './text-within';

/** A sponsor's box is a logo, a line or two and a button: more text than this (characters, no spaces) is prose. */
const MAX_BOX_CHARS = 300;
/**
 * The box's own words besides its button: a shopping guide's product section with a review paragraph (200 characters
 * or more) is the guide's text, whatever its button. Characters.
 */
const MAX_PITCH_CHARS = 200;
/** Blocks that hold a box; a paragraph or list item holding a paid link is a line of the story. */
const BOX_TAGS = new Set(['DIV', 'SECTION', 'ASIDE']);
/** The box's text is a line or two: more paragraphs are a section of the story. */
const MAX_PARAGRAPHS = 2;
/** A button is a few words ("Explore the network", "Talk to an adviser"). Characters. */
const MAX_BUTTON_CHARS = 40;
/**
 * A link marked as paid: `rel="sponsored"`, as search engines ask publishers to mark advertising and paid links (Google
 * since 2019); brand studios mark the sponsor's links so.
 */
const SPONSORED_REL = /(?:^|\s)sponsored(?:\s|$)/i;

/**
 * True for a sponsor's call-to-action box in a paid post, whatever its class: a short block (a `<div>`, `<section>`
 * or `<aside>` of at most 300 characters and two paragraphs) closing on a button (a link of a few words that ends the
 * box's text), every link of it marked `rel="sponsored"` ("Halden Rail moves the goods that build America." over
 * "Explore the Halden network"), as brand studios close their stories. A paid link inside a sentence sits in a
 * paragraph, which is a line of the story; a product section holding a review paragraph is the guide's text.
 */
export function isSponsorButtonBox(element: Element): boolean {
  if (!BOX_TAGS.has(element.tagName.toUpperCase())) return false;
  const text = lineWithin(element, MAX_BOX_CHARS);
  if (text === undefined || text.length === 0) return false;
  if (element.getElementsByTagName('p').length > MAX_PARAGRAPHS) return false;
  const links = [...element.querySelectorAll('a[href]')];
  if (links.length === 0 || !links.every((link) => SPONSORED_REL.test(link.getAttribute('rel') ?? ''))) return false;
  const button = textOf(links[links.length - 1] as Element);
  return (
    button.length > 0 &&
    button.length <= MAX_BUTTON_CHARS &&
    text.endsWith(button) &&
    text.length - button.length <= MAX_PITCH_CHARS
  );
}
