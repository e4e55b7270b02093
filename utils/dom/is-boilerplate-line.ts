import { AD_LINES } from './boilerplate/ad-lines';
import { LABEL_LINES } from './boilerplate/label-lines';
import { MATCH_LINES } from './boilerplate/match-lines';
import { NOTE_LINES } from './boilerplate/note-lines';
import { PAYWALL_LINES } from './boilerplate/paywall-lines';
import { PITCH_LINES } from './boilerplate/pitch-lines';
import { POST_LINES } from './boilerplate/post-lines';
import { TOOL_LINES } from './boilerplate/tool-lines';
import { isTagListLine } from './is-tag-list-line';

/**
 * Lines that are page furniture even inside the article region, one table per kind: ads and shopping, the site's
 * pitches, paywall offers, notes about the story, page tools, labels, a blog post's own furniture, a match report's
 * team sheets and facts.
 */
const BOILERPLATE: readonly RegExp[] = [
  ...AD_LINES,
  ...PITCH_LINES,
  ...PAYWALL_LINES,
  ...NOTE_LINES,
  ...TOOL_LINES,
  ...LABEL_LINES,
  ...POST_LINES,
  ...MATCH_LINES,
];

/** A letter or digit: a line without any (an emoji over a callout, a lone bullet) says nothing a reader reads. */
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** True when a line of the article region is furniture, not prose. */
export function isBoilerplateLine(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed.length > 0 && !WORD_CHARACTER.test(trimmed)) return true;
  return isTagListLine(trimmed) || BOILERPLATE.some((pattern) => pattern.test(trimmed));
}
