import type { Span } from '../../model';

/**
 * The mark Drupal (7, and 8 onwards) prints after the name of every commenter who posted without an account, in the
 * name's own element: "Ken Dobbs (not verified)". It says how the name was given, not who wrote: the name is what
 * comes before it.
 */
const UNVERIFIED_MARK = /(?<=\S)\s*\(not verified\)$/i;

/** The author's span without the mark its line closes with (`text` is the line's text), else the span. */
export function withoutUnverifiedMark(span: Span, text: string): Span {
  const match = UNVERIFIED_MARK.exec(text);
  return match ? { start: span.start, end: span.end - match[0].length } : span;
}
