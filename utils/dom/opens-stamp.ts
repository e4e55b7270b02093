/**
 * A time stamp's text opens on its date or time: a digit as often as a month's name ("10/29/20", "4:40 PM",
 * "14:21, 4 OCT 2021").
 */
const STAMP_START = /^[\p{Lu}\p{N}]/u;

/**
 * True when a text can open a time stamp: a capital or a digit first. The body and header walkers use it to tell a
 * stamp glued to its label's text ("Updated<time>14:21, 4 OCT 2021</time>") from a word that goes on.
 */
export function opensStamp(text: string): boolean {
  return STAMP_START.test(text);
}
