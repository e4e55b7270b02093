/**
 * The glyph a hand-built blog template links to the post's own address before its date or byline: Daring Fireball's
 * "★ Thursday, 8 September 2016", the pilcrow and infinity marks of Movable Type and Tumblr themes ("¶ March 3,
 * 2012", "∞ 8 September 2016"), a "#" anchor. It is the permalink, not a word of the line: the date after it is the
 * post's date. Only these marks and the space after them, at the line's start.
 */
const PERMALINK_MARK = /^[★☆¶∞#]\s*/u;

/** The length of the permalink mark opening `text` (0 when there is none). */
export function permalinkMarkLength(text: string): number {
  return PERMALINK_MARK.exec(text)?.[0].length ?? 0;
}
