import { readHeaderLine } from './read-header-line';
import type { Line } from './split-lines';

/**
 * A writer's tagline printed between the byline and the date line, as author cards set it: HuffPost's contributor
 * micro-bio ("Ruth Lee, Contributor" / "Family therapist, author of 'The Quiet Table'" / "02/14/2017 09:12 am ET"),
 * and the one-line bios of blog and newsletter platforms' author chips ("Ann Lee" / "Writer, runner, recovering
 * lawyer" / "Nov 12, 2026"). Such a line is lower-case prose, so it is no job title (`isJobTitle`); what tells it is
 * where it sits: a byline right above and a date line right below, no more than a short phrase between them. A story
 * never opens between its byline and its date.
 */

/** A tagline is a phrase or one short sentence: at most this many words. */
const MAX_TAGLINE_WORDS = 15;
/** A second sentence inside the line makes it a paragraph ("… at the museum. She lives in …"). */
const INNER_SENTENCE = /[.!?]["”’]?\s+\p{Lu}/u;
const SPACES = /\s+/;

/** True when `line` is a short tagline and `next` is a date line (no names, no body text after the date). */
export function isBylineTagline(line: Line, next: Line): boolean {
  const text = line.text.trim();
  if (text.length === 0 || text.split(SPACES).length > MAX_TAGLINE_WORDS || INNER_SENTENCE.test(text)) return false;
  // The tagline is no header field itself: a date or a second byline is read as one elsewhere.
  if (readHeaderLine(line) !== undefined) return false;
  const below = readHeaderLine(next);
  return below !== undefined && below.date !== undefined && below.bylines.length === 0 && below.rest === undefined;
}
