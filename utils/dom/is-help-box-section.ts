import { headedClosingSectionTest } from './headed-closing-section';
import { lineWithin, textWithin } from './text-within';

/**
 * The heading over a box of helplines that crime, court and health stories close with, as New Zealand, Australian,
 * British and North American sites print it: "Where to get help", "Need help?", "Need to talk?", "Getting help",
 * "Support services", "Crisis resources", "Helplines". The phone numbers under it (`isHelpEntry`) make the box.
 */
const HELP_HEADING =
  /^(?:where to (?:get|find|seek|go for) (?:help|support)|need (?:help|support|to talk)|(?:get|getting|finding|seeking) (?:help|support)|help (?:and|&) support|support (?:services|lines?|available)|helplines?|crisis (?:lines?|support|resources)|if you need (?:help|support|to talk))\s*[?:.]?$/i;
// A box's title may be a bare `<div>` (a component's label): its words and the numbers under it decide.
const HEADING_TAGS = new Set(['H2', 'H3', 'H4', 'H5', 'H6', 'P', 'HEADER', 'DIV']);
const ENTRY_TAGS = new Set(['P', 'LI', 'UL', 'OL', 'DIV']);
const LIST_TAGS = new Set(['UL', 'OL']);
/** The heading is a short line: at most this many characters other than spaces. */
const MAX_HEADING_CHARS = 30;
/** An entry is one service's line: at most this many characters other than spaces (a longer paragraph is prose). */
const MAX_LINE_CHARS = 200;
/** Or a list of a few services: at most this many characters other than spaces. */
const MAX_LIST_CHARS = 600;
/** The box lists a handful of services: more blocks under the heading are a section of the story. */
const MAX_ENTRIES = 10;
/**
 * A telephone or text number as helplines are printed: grouped digits ("0800 543 354", "1-800-799-7233", "13 11 14",
 * "116 123"), or a short number alone ("1737", "111", "988") that is not a year. A sum ("$4,500") or a figure ("2.5")
 * has no such grouping.
 */
const SERVICE_NUMBER =
  /(?:^|[^\d,.$])(?:\d{2,4}[ -]){1,3}\d{2,4}(?![\d,.%])|(?:^|[^\d,.$])(?!(?:19|20)\d\d\b)\d{3,4}(?![\d,.%])/;

/** True when an element is the heading over a helplines box. */
function isHelpHeading(element: Element): boolean {
  if (!HEADING_TAGS.has(element.tagName.toUpperCase()) || element.childElementCount > 1) return false;
  const text = lineWithin(element, MAX_HEADING_CHARS);
  return text !== undefined && HELP_HEADING.test(text);
}

/** A service's line, or a list of them: short, and giving a number to call or text. */
function isHelpEntry(element: Element): boolean {
  const tag = element.tagName.toUpperCase();
  if (!ENTRY_TAGS.has(tag) || element.querySelector('img, table, form, h1') !== null) return false;
  const text = textWithin(element, LIST_TAGS.has(tag) ? MAX_LIST_CHARS : MAX_LINE_CHARS);
  return text !== undefined && SERVICE_NUMBER.test(text);
}

/**
 * True for the helplines box that closes a story on a crime, court or health page: a heading such as "Where to get
 * help" and, to the end of its block, only short blocks each giving a number ("Lifeline – 0800 543 354 or free text
 * 4357", a list of such services). It is the site's standing box on every such story, not the report. A heading over
 * the story's own paragraphs on where residents can turn (no number, or long prose) stays.
 */
export const isHelpBoxSection = headedClosingSectionTest({
  isHeading: isHelpHeading,
  isEntry: isHelpEntry,
  entryTags: ENTRY_TAGS,
  maxEntries: MAX_ENTRIES,
});
