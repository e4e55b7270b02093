import type { FoundComment } from './found-comment';

/** Markup WordPress and others give a trackback or pingback. */
const TRACKBACK_ELEMENT = '.trackback, .pingback, [class~="type-trackback"], [class~="type-pingback"]';
/**
 * A trackback's text: "Pingback: …", "Trackback: …", or an excerpt of the linking post cut with "[...]" at both ends.
 */
const TRACKBACK_TEXT = /^(?:(?:ping|track)back\s*:|\[(?:\.\.\.|…)\].*\[(?:\.\.\.|…)\]$)/is;
const SPACES = /\s+/g;

/**
 * True when a found comment is another site's notice that it linked here (a trackback or pingback), not something a
 * reader wrote.
 */
export function isTrackback(comment: FoundComment): boolean {
  if (comment.element.closest(TRACKBACK_ELEMENT)) return true;
  const text = comment.body
    .map((part) => part.textContent ?? '')
    .join(' ')
    .replace(SPACES, ' ')
    .trim();
  return TRACKBACK_TEXT.test(text);
}
