import { isContactLabel, reachesSomeone } from '../page/read-contact-block';
import { labelledBoxText } from './labelled-box-text';

/** A label is a short line: at most this many characters (spaces not counted). */
const MAX_LABEL_CHARS = 40;
/**
 * A contact box holds a name or two, a role, an office, phones and e-mail addresses: more text than this (characters,
 * spaces not counted) is a part of the page holding more than the contact, which is never dropped whole.
 */
const MAX_BOX_CHARS = 400;

/**
 * True for a box headed by a contact label ("Media Contact", "Press contacts", "Contact information") that holds a
 * phone number or an e-mail address: government and court newsrooms print it above or beside the release (a USWDS
 * `usa-summary-box`, a sidebar card), where the closing contact block the parser reads never finds it. It tells a
 * journalist whom to call; it is not the release's text.
 */
export function isContactBox(element: Element): boolean {
  const text = labelledBoxText(element, isContactLabel, MAX_LABEL_CHARS, MAX_BOX_CHARS);
  return text !== undefined && reachesSomeone(text);
}
