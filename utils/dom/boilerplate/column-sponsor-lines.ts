/**
 * The sponsor line of a recurring roundup or column, printed on its web page above or under the items as the e-mail
 * edition prints it: "Morning Links is brought to you by Cascade Community Credit Union.", "The Evening Briefing is
 * sponsored by Harbour Bank", "Politics Daily is presented by Acme Energy." Newspapers' link roundups and morning
 * briefings name the column by its own name rather than "This newsletter …" (`EMAIL_LINES`' issue sponsor line). The
 * column's name must close on a word such series are named with (Links, Briefing, Report, Roundup, Digest …) and the
 * sponsor's capitalised name must end the line, so an event in a story ("Harbour Days is sponsored by the Rotary
 * Club, which …", "The Spring Fair is presented by …") stays: a fair is not named as a roundup.
 */

/** Words recurring roundups, briefings and columns are named with ("Morning Links", "The Daily Brief"). */
const SERIES_WORD =
  '(?:Links|Link Roundup|Roundup|Round-?Up|Brief|Briefing|Report|Digest|Newsletter|Dispatch|Daily|Weekly|Rundown|Update|Wrap|Wrap-?Up|Memo|Notebook|Edition|Extra)';
/** The column's name: up to three capitalised words before the series word ("Morning", "The Evening"). */
const COLUMN = String.raw`(?:The )?(?:\p{Lu}[\p{L}'’&-]* ){0,3}${SERIES_WORD}`;
/** The sponsor: a capitalised name of up to six words, nothing after it. */
const SPONSOR = String.raw`(?:the )?[\p{Lu}\p{N}][\p{L}\p{N}&.'’-]*(?:\s+(?:&\s+|and\s+|of\s+|the\s+)?[\p{Lu}\p{N}][\p{L}\p{N}&.'’-]*){0,5}`;

const COLUMN_SPONSOR = new RegExp(
  String.raw`^${COLUMN} is (?:brought to you|sponsored|presented|supported|underwritten|made possible)(?: in part)? by ${SPONSOR}\.?$`,
  'u',
);

/** A recurring roundup's or column's sponsor line. */
export const COLUMN_SPONSOR_LINES: readonly RegExp[] = [COLUMN_SPONSOR];
