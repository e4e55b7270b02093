import { isContactLabel, reachesSomeone } from '../page/read-contact-block';
import { labelledBoxText } from './labelled-box-text';

/** A label is a short line: at most this many characters (spaces not counted). */
const MAX_LABEL_CHARS = 60;
/**
 * A contact box holds a name or two, a role, an office, phones and e-mail addresses: more text than this (characters,
 * spaces not counted) is a part of the page holding more than the contact, which is never dropped whole.
 */
const MAX_BOX_CHARS = 400;
/**
 * The label statistics offices and research sites print over a publication's contact tile, beside the newsroom labels
 * the parser's contact reader knows: "Contact details", "Contact details for this Statistical bulletin".
 */
const DETAILS_LABEL = /^contacts? details(?: for this(?: [\p{L}-]+){1,3})?\s*:?$/iu;

/** True for a label over a contact: a newsroom's ("Media Contact", "Press inquiries") or a publication's. */
const isBoxContactLabel = (label: string): boolean => isContactLabel(label) || DETAILS_LABEL.test(label);

/**
 * True for a box headed by a contact label ("Media Contact", "Press contacts", "Contact information", "Contact
 * details") that holds a phone number or an e-mail address: government and court newsrooms and statistics offices print
 * it above or beside the release (a USWDS `usa-summary-box`, a sidebar card, a bulletin's tile), where the closing
 * contact block the parser reads never finds it. It tells a journalist whom to call; it is not the release's text. A
 * story's section about contacting someone has another heading or more text, and stays.
 */
export function isContactBox(element: Element): boolean {
  const text = labelledBoxText(element, isBoxContactLabel, MAX_LABEL_CHARS, MAX_BOX_CHARS);
  return text !== undefined && reachesSomeone(text);
}
