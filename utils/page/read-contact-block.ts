import type { Line } from './split-lines';

/** A contact block is its label and at most this many lines: a name, a role, an organisation, phones, an address. */
const CONTACT_MAX_LINES = 8;
/** A contact line is a name, a role or a number, not a sentence: at most this many words. */
const CONTACT_LINE_MAX_WORDS = 8;
/** A label with the contact on its own line ("Media contact: Ann Lee, 555-0142, ann@…") is at most this many words. */
const CONTACT_INLINE_MAX_WORDS = 30;

// The label over a press release's or a newsroom's contact: "Media Contact:", "Press contacts", "Media inquiries",
// "Investor Relations Contact:", "Contacts", "For more information, contact:"; and as European wires print it:
// "Pressekontakt:" (ots), APA-OTS's "Rückfragehinweis:", "Medienkontakt", "Contact presse", "Contacts médias",
// "Contacto de prensa", "Contatti stampa".
const CONTACT_LABEL =
  /^(?:(?:media|press|news|investor|public)(?:\s+(?:relations|affairs))?\s+)?(?:contacts?|inquiries|enquiries)(?:\s+information)?\s*:?$|^for (?:more|further) information,? (?:please )?contact\s*:?$|^(?:(?:presse|medien)kontakte?|rückfragehinweise?|rückfragen)\s*:?$|^(?:contacts?\s+(?:presse|médias?)|contactos?\s+(?:de\s+)?prensa|contatt[oi]\s+stampa)\s*:?$/iu;
// The same label with the contact after it on one line.
const INLINE_CONTACT =
  /^(?:(?:media|press|news|investor)(?:\s+relations)?\s+)?(?:contacts?|inquiries|enquiries)\s*:\s*\S/iu;
// A statistics office's or agency's contact written as one sentence under its label: "For more information, or to
// enquire about the concepts, methods or data quality of this release, contact us (toll-free 1-800-…; infostats@…)"
// (Statistics Canada's The Daily), "For further information please contact the press office on 020 …". It counts as a
// contact line, whatever its length, when it holds a phone or an address.
const CONTACT_SENTENCE = /^for (?:more|further) information\b.{0,200}?\bcontact\b/iu;
// What makes a line a way to reach someone: an e-mail address or a phone number.
const REACH = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\+?\d[\d ().-]{6,}\d/u;
// A press wire's closing tag naming the issuer: "SOURCE Northwind Grid Inc." (the word in capitals, as the wire
// prints it; "Source: Reuters" is a source note, read with the other closing notes).
const SOURCE_TAG = /^SOURCE\s+\p{Lu}[^.!?]{0,80}\.?$/u;
const SPACES = /\s+/;

/** True for a line that is only the label over a contact ("Media Contact:", "Contacts", "Press inquiries"). */
export const isContactLabel = (text: string): boolean => CONTACT_LABEL.test(text);

/** True when a text holds a way to reach someone: an e-mail address or a phone number. */
export const reachesSomeone = (text: string): boolean => REACH.test(text);

/**
 * How many of an article's last lines are its press contacts: "Media Contact:" over a name, an organisation, a phone
 * and an address (one block or several, "Media" then "Investors"), and the wire's "SOURCE <company>" tag under them.
 * They tell a journalist whom to call; they are not the release's text. 0 when the article ends otherwise.
 */
export function readContactBlock(lines: readonly Line[]): number {
  let end = lines.length;
  if (SOURCE_TAG.test(lines[end - 1]?.text ?? '')) end--;
  for (let top = contactTop(lines, end); top < end; top = contactTop(lines, end)) end = top;
  return lines.length - end;
}

/** Where a contact block ending at `end` starts, or `end` when the lines above it are no contact block. */
function contactTop(lines: readonly Line[], end: number): number {
  let reaches = false;
  for (let i = end - 1; i >= Math.max(0, end - CONTACT_MAX_LINES - 1); i--) {
    const text = lines[i]?.text ?? '';
    const words = text.split(SPACES).length;
    // A label with its colon closing the article, nothing under it: the page's furniture rules took the contact (a
    // `media-contact` list); the label promises what is gone. A heading without a colon may head the story's lines.
    if (CONTACT_LABEL.test(text)) return reaches || (i === lines.length - 1 && text.endsWith(':')) ? i : end;
    if (INLINE_CONTACT.test(text) && words <= CONTACT_INLINE_MAX_WORDS && REACH.test(text)) return i;
    if (words > CONTACT_LINE_MAX_WORDS && !(CONTACT_SENTENCE.test(text) && REACH.test(text))) return end;
    reaches ||= REACH.test(text);
  }
  return end;
}
