import { ASIAN_SCRIPT_COMMENT_LABELS } from '../dom/asian-script-labels';
import { INDIC_COMMENT_LABELS } from '../dom/indic-labels';
import { readCjkCount } from './cjk-count-line';
/** What a comment-count line says: the number, or `undefined` count for a bare heading ("Comments"). */
export interface CountLine {
  count?: number;
}

// Lines are short; anything longer is a sentence that mentions comments.
const MAX_LENGTH = 40;
/**
 * "Comments" in the West Slavic languages, whose regional portals print the count as a heading over their own comment
 * lists: Polish "Komentarze (3)", "12 komentarzy", "1 komentarz"; Czech "Komentáře (4)", "15 komentářů"; Slovak
 * "Komentáre (2)", "8 komentárov".
 */
const WEST_SLAVIC_COMMENTS = 'komentarz[ey]?|komentář[eů]?|komentár(?:e|ov)?';
// "Comments" in the languages the stop-word table knows (en, de, fr, es, it, pt, nl, ru), the West Slavic ones, the
// Indian languages and Burmese, Mongolian, Lao and Dhivehi (`ASIAN_SCRIPT_COMMENT_LABELS`).
const COMMENTS = `(?:comments?|kommentare?|commentaires?|comentarios?|commenti|comentários?|reacties|комментари[йяев]*|${WEST_SLAVIC_COMMENTS}|${INDIC_COMMENT_LABELS}|${ASIAN_SCRIPT_COMMENT_LABELS})`;
// French sites call their comments "réactions" (Le Figaro's "Réactions (48)", "12 réactions"): with a number only, as a
// story's "Réactions" section quotes politicians.
const COUNTED_COMMENTS = `(?:${COMMENTS}|r[ée]actions?)`;
// "35 Comments", "1 comment", "1,234 Comments", "Show 12 comments", "View all 12 comments".
const NUMBER_FIRST = new RegExp(
  `^(?:(?:show|view|see|read|load)\\s+(?:all\\s+)?)?(\\d{1,3}(?:[,.\\s]\\d{3})*|\\d+)\\s+${COUNTED_COMMENTS}$`,
  'iu',
);
// "Comments (12)", "Comments: 12", "Comments [12]".
const NUMBER_AFTER = new RegExp(
  `^${COUNTED_COMMENTS}\\s*(?:\\(\\s*(\\d+)\\s*\\)|\\[\\s*(\\d+)\\s*\\]|:\\s*(\\d+))$`,
  'iu',
);
// A section heading without a number; German news forums head theirs "Diskussion über diesen Artikel" (SPIEGEL ONLINE).
const HEADING = new RegExp(
  `^(?:${COMMENTS}|reader comments|discussion|diskussion(?:\\s+(?:über|zu)\\s+diese[mn]\\s+(?:artikel|beitrag|thema))?|join the (?:conversation|discussion))\\s*:?$`,
  'iu',
);
const DIGIT_GROUP = /[,.\s]/g;

/**
 * Reads a comment-count line ("35 Comments", "Comments (12)", Korean "댓글 2") or a bare comments heading; undefined
 * otherwise.
 */
export function readCountLine(text: string): CountLine | undefined {
  if (text.length > MAX_LENGTH) return undefined;
  const first = NUMBER_FIRST.exec(text);
  if (first?.[1]) return { count: Number(first[1].replace(DIGIT_GROUP, '')) };
  const after = NUMBER_AFTER.exec(text);
  const number = after?.[1] ?? after?.[2] ?? after?.[3];
  if (number) return { count: Number(number) };
  const cjk = readCjkCount(text);
  if (cjk !== undefined) return { count: cjk };
  return HEADING.test(text) ? {} : undefined;
}
