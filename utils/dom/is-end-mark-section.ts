import { isReleaseEndMark } from '../page/read-release-span';
import { headedClosingSectionTest, shortBlockTest } from './headed-closing-section';
import { lineWithin, textWithin } from './text-within';

/** Blocks that print the end mark on its own: a centred paragraph, a heading, a plain box. */
const MARK_TAGS = new Set(['P', 'DIV', 'H2', 'H3', 'H4', 'H5', 'H6', 'CENTER']);
/** The mark is "###", "-30-" or "- ends -": a few characters other than spaces. */
const MAX_MARK_CHARS = 8;
const ENTRY_TAGS = new Set(['P', 'LI', 'UL', 'OL', 'DIV', 'SECTION', 'H2', 'H3', 'H4', 'H5', 'H6', 'HR', 'ASIDE']);
/**
 * What follows the mark is the issuer's boilerplate ("About …", a contact, a footnote): a label or a paragraph of a
 * few sentences, at most this many characters each.
 */
const MAX_ENTRY_CHARS = 1200;
/** The block right after the mark heads the boilerplate ("About Tri-Rivers Health District", "Media contact:"). */
const MAX_FIRST_ENTRY_CHARS = 80;
/**
 * Or the boilerplate opens with its label run into it: "About Alden County Parks: The department manages …", as a
 * county or agency newsroom types it into one paragraph. A story's paragraph after a "###" break never opens so.
 */
const ABOUT_LABEL = /^About (?:the )?\p{Lu}[^.!?:]{1,80}(?::|\s[–—-])\s/u;
/** A release's boilerplate is a handful of blocks: more is a story. */
const MAX_ENTRIES = 20;

/**
 * True for the end mark of a release, when a short label (not a story's paragraph) comes right after it, or the
 * "About …:" boilerplate with its label run in: a story that sets "###" as a break between its parts goes on with a
 * paragraph.
 */
function isEndMark(element: Element): boolean {
  if (!MARK_TAGS.has(element.tagName.toUpperCase()) || element.childElementCount > 1) return false;
  const mark = lineWithin(element, MAX_MARK_CHARS);
  if (mark === undefined || !isReleaseEndMark(mark)) return false;
  const next = element.nextElementSibling;
  if (next === null) return false;
  if (textWithin(next, MAX_FIRST_ENTRY_CHARS) !== undefined) return true;
  return ABOUT_LABEL.test(lineWithin(next, MAX_ENTRY_CHARS) ?? '');
}

/**
 * True for what closes a news release after its end mark ("###", "-30-"), to the end of the release's block: the
 * agency's "About …" paragraph, its contacts, the release's footnotes. A government or company newsroom writes the
 * release into one body field with no class for these parts, and its dateline need not run into "today announced"
 * (the parser's release span), so the mark is the only sign. The mark is left out by the line rules already; what
 * comes after it is addressed to journalists, not the story's readers.
 */
export const isEndMarkSection = headedClosingSectionTest({
  isHeading: isEndMark,
  // A piece of boilerplate: short, with no picture, table or form.
  isEntry: shortBlockTest(ENTRY_TAGS, MAX_ENTRY_CHARS),
  entryTags: ENTRY_TAGS,
  maxEntries: MAX_ENTRIES,
});
