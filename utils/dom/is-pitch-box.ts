import { PITCH_LINES } from './boilerplate/pitch-lines';
import { patternListTest } from '../text/pattern-list-test';
import { textWithin } from './text-within';
import { linkShare } from './link-text';

/** A pitch box is a heading and a line or two: more text than this (characters) is a section about a newsletter. */
const MAX_PITCH_BOX_CHARS = 300;
const NEWSLETTER = /\bnewsletters?\b/i;
const SIGN_UP = /\b(?:sign(?:ing)?[- ]?up|subscribe|in your inbox|to your inbox)\b/i;
/** Blocks that hold a box; a paragraph or list item is a line of the story, which the line rules judge. */
const LINE_TAGS = new Set(['P', 'LI', 'SPAN', 'A', 'EM', 'STRONG', 'B', 'I', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const RUNS_OF_SPACE = /\s+/g;
const isPitchLine = patternListTest(PITCH_LINES);
/**
 * A pitch box says its pitch in words; one that is mostly link text is a link block ("Newsletters Subscribe Now" in a
 * follow-us list), left to the link-run rules, which judge it with the rest of the page's closing furniture.
 */
const MAX_LINK_SHARE = 0.5;
/** Bold runs that may stand as a heading line: `<p><strong>Unlock the Editor's Digest for free</strong></p>`. */
const BOLD_RUNS = 'p > strong, p > b';

/** True when the box has a heading: a heading element, or a paragraph that is only one bold run (a styled title). */
function hasHeading(element: Element): boolean {
  if (element.querySelector('h2, h3, h4, h5, h6') !== null) return true;
  for (const bold of element.querySelectorAll(BOLD_RUNS)) {
    const line = (bold.parentElement?.textContent ?? '').trim();
    if (line.length > 0 && line === (bold.textContent ?? '').trim()) return true;
  }
  return false;
}

/**
 * True when the box's first child says the pitch itself ("Apúntate a la newsletter de Economía" over its blurb and an
 * "Apúntate" button): the line rules drop that line, and the blurb and button under it go with it.
 */
function opensOnPitch(element: Element): boolean {
  const first = element.firstElementChild;
  const line = (first?.textContent ?? '').replace(RUNS_OF_SPACE, ' ').trim();
  return first !== null && first !== element.lastElementChild && isPitchLine(line);
}

/**
 * True for a newsletter box inside the story: a short block with a heading of its own whose text asks the reader to
 * sign up for a newsletter ("Don't miss a trip idea" over "Sign up for our newsletter to get …", a callout block with
 * no telling class; the heading may be a paragraph that is one bold run, "Unlock the Editor's Digest for free"). The
 * heading is the tell, as it is what stays when only the pitch line is dropped; a paragraph of the story about a
 * newsletter has none. So is a short box whose first line is a pitch the line rules know, in any language.
 */
export function isPitchBox(element: Element): boolean {
  if (LINE_TAGS.has(element.tagName.toUpperCase())) return false;
  // Every block is asked: only a short one has its text read in full.
  if (textWithin(element, MAX_PITCH_BOX_CHARS) === undefined) return false;
  // The heading and the pitch are apart on the page even when no space is written between them.
  const text = [...element.childNodes]
    .map((child) => child.textContent ?? '')
    .join(' ')
    .replace(RUNS_OF_SPACE, ' ')
    .trim();
  if (text.length === 0 || text.length > MAX_PITCH_BOX_CHARS) return false;
  const headed = NEWSLETTER.test(text) && SIGN_UP.test(text) && hasHeading(element);
  if (!headed && !opensOnPitch(element)) return false;
  return linkShare(element) <= MAX_LINK_SHARE;
}
