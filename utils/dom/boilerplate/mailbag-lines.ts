/**
 * An advice column's standing lines about its mail: how to send the columnist a question, with the address, printed
 * above the first letter or under the last answer of every column ("Dear Abby is written by … Contact Dear Abby at
 * www.… or P.O. Box …", "(Send your questions to …@…, or write: …)", "… answers readers' questions. Have one? Send it
 * to …@…"). Syndicates (Andrews McMeel, Creators, King Features) and the papers that run their columns print them
 * in this shape. The letters and the answers are the column; these lines are a closing contact note, like "Write to
 * … at …" under a news story. Each needs a mail, web or postal address: the ask alone ("Send your questions") could be
 * the columnist's own words to one reader.
 */

/**
 * A mail, web or postal address somewhere in the rest of the line: "ask@site.com", "www.Site.com", "P.O. Box 69440",
 * "c/o …".
 */
const ADDRESS = String.raw`(?=.{0,200}?(?:[\w.+-]+@[\w-]+\.\p{L}|\b[Ww][Ww][Ww]\.[\w-]+\.|\bP\.?\s?O\.?\s+[Bb][Oo][Xx]\b|\b[Cc]/[Oo]\b))`;

/** Up to two short sentences before the ask: "Etta Vance answers readers' questions about manners.", "Have one?". */
const LEAD = String.raw`(?:[^.!?]{2,160}[.!?]\s+){0,2}`;

/** What the column asks for: the reader's questions or letters ("your questions", "letters", "queries"). */
const MAIL = String.raw`(?:(?:your|all|any|reader|readers['’]) )?(?:questions?|letters?|quer(?:y|ies)|dilemmas?|problems?)`;

/** A columnist named as the column's writer or addressee: "Dear Abby", "Miss Manners", "Amy Dickinson". */
const NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}`;

/** An advice column's standing lines on where readers send their questions. */
export const MAILBAG_LINES: readonly RegExp[] = [
  // The ask itself, maybe in brackets or after the column's own line and a question: "(Send your questions to
  // DoctorsRx@creators.com, or write: Doctors Rx, c/o …)", "Email your questions to askamy@…", "Have one? Send it
  // to ask@…". "Send it" needs the question before it: "send it to your doctor at …" in an answer is advice.
  new RegExp(
    String.raw`^${LEAD}\(?(?:please )?(?:(?:send|e-?mail|submit|mail|direct) (?:in |us )?${MAIL}|[^.!?]{0,80}\?\s+(?:send|e-?mail|submit) (?:it|them|yours))\b${ADDRESS}[^]{0,300}$`,
    'iu',
  ),
  // A question about the reader's own question, then the address straight after the verb: "Questions for Carolyn?
  // Email tellme@…", "Got a question for the Moneyist? Email …@…". "Have a problem with your bill? Email the utility
  // at …" in an answer names whom to write before the address.
  new RegExp(
    String.raw`^${LEAD}[^.!?]{0,60}\b${MAIL}\b[^.!?]{0,40}\?\s+(?:e-?mail|write(?: to)?|send (?:it|them|yours)(?: to)?)(?: (?:us|me|him|her|them))?(?: at| via)?\s*:?\s*(?:[\w.+-]+@[\w-]+\.\p{L}|www\.)[^]{0,300}$`,
    'iu',
  ),
  // The column's credit line, then how to reach it: "Dear Abby is written by Abigail Van Buren … Contact Dear Abby at
  // www.DearAbby.com or P.O. Box 69440, …", "Dear Delia is written by Delia Marchetti. Write to her at …".
  new RegExp(
    String.raw`^[^.!?]{2,80} (?:is|are) (?:written|written and edited|edited) by [^!?]{2,200}?[.!]\s+(?:[^.!?]{0,40}\b)?(?:contact|write to|e-?mail|send|reach|visit)\b${ADDRESS}[^]{0,300}$`,
    'iu',
  ),
  // The reader told how to write, the columnist named: "You can contact Amy Dickinson via email: askamy@…", "Readers
  // may write to Miss Manners at her website, www.…". "Contact NAMI at www.nami.org" in an answer has no "you can".
  new RegExp(
    String.raw`^${LEAD}(?:[Yy]ou (?:can|may)|[Rr]eaders (?:can|may)) (?:e-?mail|write to|contact|reach|send (?:your )?(?:questions?|letters?) to) (?:her|him|them|${NAME})(?: (?:at|via|c/o)\b|:)${ADDRESS}[^]{0,300}$`,
    'u',
  ),
];
