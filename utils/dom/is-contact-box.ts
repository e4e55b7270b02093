import { boxLabel } from './box-label';
import { textWithin } from './text-within';

/**
 * The label over a publication's contact box, as statistics offices, agencies and research sites print it beside a
 * release: "Contact details for this Statistical bulletin", "Contact details", "Media contact", "Contacts:".
 */
const CONTACT_LABEL =
  /^(?:(?:media|press) )?contacts?(?: (?:details|information|us))?(?: for this(?: [\p{L}-]+){1,3})?\s*:?$/iu;
/** How a contact box reaches its people: an e-mail address or a telephone number. */
const REACH = /\S@[\w-]+\.[\w.-]+|\b(?:tel(?:ephone)?|phone)\s*[:.]|\+\d[\d ()-]{6,}/i;
/** A contact box holds a name or two with their addresses: more text than this (characters) is more than the box. */
const MAX_BOX_CHARS = 400;

/**
 * True for a publication's contact box: a short box under its "Contact details" label with an e-mail address or a
 * telephone number, whom to ask about the release, not a line of it. A story section about contacting someone has a
 * longer heading and more text, and stays.
 */
export function isContactBox(element: Element): boolean {
  const label = boxLabel(element);
  if (label === undefined || !CONTACT_LABEL.test(label)) return false;
  const text = textWithin(element, MAX_BOX_CHARS);
  return text !== undefined && REACH.test(text);
}
