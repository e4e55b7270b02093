import { opensOnReleaseDateline } from '../page/read-release-span';
import { isProseDek } from './dek-text';
import { textOf } from './text-of';
import { EMPHASIS_TAGS, wholeTextIn } from './whole-text-in';

/** How far into the next paragraph the dateline's tag must sit: a place and a date before it, not a sentence. */
const DATELINE_CHARS = 160;
/** How many wrappers the subheadline may sit in below the block it shares with the dateline (`div > p > b`). */
const MAX_WRAPPERS = 3;

/**
 * True when all of a paragraph's text sits in one bold or italic element, with no link in it: a release's subheadline
 * is set in bold (ACCESS Newswire, GlobeNewswire, Newsfile) or italic (Business Wire, PR Newswire bodies).
 */
function isWhollyEmphasised(paragraph: Element): boolean {
  if (paragraph.tagName.toUpperCase() !== 'P') return false;
  const emphasis = wholeTextIn(paragraph, EMPHASIS_TAGS);
  return emphasis !== undefined && emphasis.querySelector('a') === null;
}

/** The element after `element` in the page, climbing out of at most `MAX_WRAPPERS` blocks that hold only it. */
function nextBlock(element: Element): Element | undefined {
  let at: Element | null = element;
  for (let depth = 0; at && depth <= MAX_WRAPPERS; depth++) {
    const next = at.nextElementSibling;
    if (next) return next;
    at = at.parentElement;
  }
  return undefined;
}

/**
 * True when `paragraph` (in the live page) is a press release's subheadline: the sentence a wire or a newsroom prints
 * in bold or italic at the top of the release's text, right above the paragraph that opens on the dateline ("FORT
 * WAYNE, IN / ACCESS Newswire / November 24, 2026 / …", "… /PRNewswire/ -- …"). It sums the release up under its
 * headline, so it is the standfirst; the release's text starts at the dateline. A bold paragraph above a paragraph
 * with no dateline is left to the other dek rules, and a bold label ("Key results") is too short to be a subheadline.
 */
export function isReleaseSubheadline(paragraph: Element): boolean {
  if (!isWhollyEmphasised(paragraph) || !isProseDek(textOf(paragraph))) return false;
  const next = nextBlock(paragraph);
  return next !== undefined && opensOnReleaseDateline(textOf(next).slice(0, DATELINE_CHARS));
}
