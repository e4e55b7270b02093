import { STOP_WORDS } from '../text/stop-words';
import { readByline } from './read-byline';
import { readHeaderLine, type HeaderLine } from './read-header-line';
import type { Line } from './split-lines';

/** A byline line written all in lower case: "by chong kah wai". */
const LOWER_CASE_BYLINE = /^by\s+[\p{Ll}\s.'’-]+$/u;
const SPACES = /\s+/;
/** The word joining co-writers ("by ann lee and bo chen"), the one function word a byline holds. */
const JOINER = 'and';

/**
 * A byline in lower case right over a date line ("by chong kah wai" / "Published: Wednesday, 14 Mar 2018 | 7:45 AM
 * MYT"): templates that set the writer's capitals in their style sheet (`text-transform: capitalize`, as The Star
 * Online's 2018 template and many blog themes style the author link) leave the name in lower case in the text. The
 * date line under it vouches for it, as a date beside a lower-case handle does on one line. A phrase of function
 * words ("by all of them") is no name; a line under which no date follows is left to the body.
 */
export function readLowerCaseByline(line: Line, next: Line | undefined): HeaderLine | undefined {
  if (!next || !LOWER_CASE_BYLINE.test(line.text)) return undefined;
  const words = line.text.split(SPACES).slice(1);
  if (words.some((word) => word !== JOINER && STOP_WORDS.has(word))) return undefined;
  const fields = readHeaderLine(next);
  if (!fields?.date || fields.rest || fields.bylines.length > 0) return undefined;
  const bylines = readByline(line, { anyCase: true });
  return bylines ? { bylines } : undefined;
}
