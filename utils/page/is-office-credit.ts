/** A credit line is a label and who made the text, not a sentence: at most this many words. */
const CREDIT_MAX_WORDS = 10;

// Who drew up a document pasted as an article: "Prepared by the Office of the Superintendent", "Compiled by the
// Parish Office", "Issued by the Town Clerk". No comma and no closing stop: "Prepared by volunteers, the dinner fed
// 300 people." opens a story.
const OFFICE_CREDIT = /^(?:prepared|compiled|issued|submitted|provided)\s+by\s+[^,.!?;:]{3,80}$/iu;

/**
 * True for a line under the headline crediting an office or body with the text, as schools, councils and clubs print
 * it at the top of a Word file they paste into their site. It names no writer a byline rule would read ("the Office
 * of …" starts with a lower-case word), but it is the header's credit, not the story.
 */
export const isOfficeCredit = (text: string): boolean =>
  OFFICE_CREDIT.test(text) && text.split(/\s+/u).length <= CREDIT_MAX_WORDS;
