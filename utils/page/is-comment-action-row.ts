/**
 * A comment's row of votes and buttons read as one line: "+ 12 - 3 Odpowiedz Zgłoś do moderacji", "▲ 5 ▼ 1 Reply
 * Report", "Antworten Melden". Comment widgets print the tallies and buttons as spans side by side, so no separator
 * sets them apart; each word must be a button's and each number a tally's, so a remark that uses these words stays.
 */

/** Lines this long (characters) are never a button row. */
const MAX_LENGTH = 60;
/**
 * The buttons under a comment, in the languages whose comment widgets print them: English, Polish, Czech, German,
 * Dutch, French, Spanish, Portuguese and Italian, and Mongolian "Хариулах" and Dhivehi "ޖަވާބު" (reply), Dhivehi
 * "ލައިކް" (like), as ikon.mn and Sun print them beside the tallies.
 */
const ACTION =
  'reply|report(?: abuse)?|flag|quote|permalink|like|dislike|odpowiedz|zgłoś(?: do moderacji)?|cytuj|odpovědět|nahlásit|antworten|melden|zitieren|reageren|répondre|signaler|responder|denunciar|reportar|rispondi|segnala|хариулах|ޖަވާބު|ލައިކް';
/** A vote tally: "+ 12", "-3", "▲ 5", "👍 4", or a bare count beside the arrows. */
const TALLY = String.raw`(?:[-+−▲▼↑↓👍👎]\s?)?\d+`;
const ROW = new RegExp(`^(?:(?:${ACTION}|${TALLY})(?:\\s+|$))+$`, 'iu');
const HAS_ACTION = new RegExp(`(?:^|\\s)(?:${ACTION})(?:\\s|$)`, 'iu');

/** True when a whole line is a comment's votes and buttons, with at least one button. */
export function isCommentActionRow(text: string): boolean {
  const line = text.trim();
  return line.length <= MAX_LENGTH && ROW.test(line) && HAS_ACTION.test(line);
}
