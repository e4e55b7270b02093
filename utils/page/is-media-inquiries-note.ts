import { reachesSomeone } from './read-contact-block';

/** The organisation's boilerplate with its press contact is a few sentences: at most this many words. */
const NOTE_MAX_WORDS = 70;

// The sentence that hands journalists a contact, as organisations close a release they post on their own site:
// "For media inquiries, contact Ann Lee at 555-0142.", "For press enquiries please email press@…", "Media inquiries:
// Ann Lee, 555-0142". It opens its sentence; "… referred media inquiries to the state" is the story's.
const MEDIA_INQUIRIES = /(?:^|[.!?]\s+)(?:for\s+)?(?:media|press|news)\s+(?:inquiries|enquiries|queries)\b[^.!?]*/iu;

/**
 * True for an article's closing line that is the organisation's press boilerplate: it ends on a sentence handing
 * journalists a contact ("The Lakeshore Nurses Association represents 14,000 nurses. For media inquiries, contact
 * Ann Lee at 555-0142."), with a phone or an address in it. Councils, associations and schools post their releases
 * this way (often pasted from the Word file sent to the press); the line tells a reporter whom to call, it is not
 * the release's text.
 */
export function isMediaInquiriesNote(text: string): boolean {
  if (text.split(/\s+/u).length > NOTE_MAX_WORDS) return false;
  const found = MEDIA_INQUIRIES.exec(text);
  return found !== null && reachesSomeone(text.slice(found.index));
}
