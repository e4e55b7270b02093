import { FOREIGN_RELATIVE_TIME } from '../../page/foreign-relative-time';
/** A comment count or heading with one: "12 Comments", "One response", "Comments (4)". */
const COUNT =
  /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:comments?|responses?|replies|thoughts?)\b|^comments?\s*\(\d+\)/i;
/**
 * A short line with a date or time on it: a year, a clock time, or "3 hours ago". Also the compact US stamp a comment
 * header prints, often glued to the commenter's handle, as Kinja did ("stationwagonstan10/29/20 4:40PM"): a numeric
 * date with a two-digit year, a clock time with its "PM" attached.
 */
const DATED =
  /\b(?:19|20)\d\d\b|\b\d{1,2}:\d\d\b|(?<!\d)\d{1,2}:\d\d\s?[ap]\.?m\b|(?<![\d/])\d{1,2}\/\d{1,2}\/\d{2}(?![\d/])|\b\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\b/i;
/** A relative stamp in South-east Europe's languages on a short line ("kolesar_ce pred 2 urama"). */
const FOREIGN_DATED = new RegExp(`(?<!\\p{L})${FOREIGN_RELATIVE_TIME}(?!\\p{L})`, 'iu');
/** A commenter's lead-in: "Jane says:", "Tom wrote". */
const SAYS = /\b(?:says|said|wrote|writes)\s*:?$/i;
/** Longer than this (characters), a line is comment text, not a byline or date line. */
const MAX_BYLINE_CHARS = 120;

/** What a line of a would-be comment section says for it being one. */
export type CommentEvidence = 'count' | 'byline';

/**
 * The comment evidence on one line: a comment count ("12 Comments"), or a byline-like line (a short line with a date
 * or time, or "NAME says:"). One count is enough; bylines must repeat, since a lone date is any page's furniture.
 */
export function commentEvidence(line: string): CommentEvidence | undefined {
  const trimmed = line.trim();
  if (COUNT.test(trimmed)) return 'count';
  if (trimmed.length <= MAX_BYLINE_CHARS && (DATED.test(trimmed) || FOREIGN_DATED.test(trimmed) || SAYS.test(trimmed)))
    return 'byline';
  return undefined;
}
