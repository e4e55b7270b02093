import { headedClosingSectionTest } from './headed-closing-section';
import { lineWithin, textWithin } from './text-within';

/**
 * Words of a graphics story's credit heading before its "by": "Edited by", "Additional work by", "Graphics by", "Design
 * and development by", "Photo editing by", "Reporting by", as Reuters', the Washington Post's, Bloomberg's and other
 * graphics desks' templates close a visual story with a heading over each credit line.
 */
const CREDIT_WORDS =
  'additional|graphics?|photos?|photography|video|data|copy|design|designed|development|developed|research|art|' +
  'production|produced|visuals?|illustrations?|illustrated|editing|edited|reporting|reported|writing|written|work|' +
  'animation|maps?|mapping|engineering|audio|direction|directed|and|&';
/** The whole heading: credit words, then "by" ("Edited by", "Additional work by:"), or "Credits". */
const CREDIT_HEADING = new RegExp(String.raw`^(?:(?:${CREDIT_WORDS})[\s,]+)+by\s*:?$|^credits\s*:?$`, 'i');
/** The sources heading such a section may open on, over the credits ("Sources" / "Edited by"). */
const SOURCES_HEADING = /^(?:sources?|data sources?)\s*:?$/i;
const HEADING_TAGS = new Set(['H2', 'H3', 'H4', 'H5', 'H6', 'DT']);
const ENTRY_TAGS = new Set(['P', 'DIV', 'UL', 'OL', 'DD', ...HEADING_TAGS]);
/** A heading is a short line: at most this many characters other than spaces. */
const MAX_HEADING_CHARS = 40;
/** A credit is names, a source list a line or two: at most this many characters (spaces aside) per block. */
const MAX_ENTRY_CHARS = 300;
/** The credits are a handful of headings and lines: more blocks than this is a story's section. */
const MAX_ENTRIES = 16;
const INNER_BLOCKS = 'img, figure, table, form, iframe';

/** The heading's text when `element` is a heading tag holding a short line, else undefined. */
const headingText = (element: Element): string | undefined =>
  HEADING_TAGS.has(element.tagName.toUpperCase()) ? lineWithin(element, MAX_HEADING_CHARS) : undefined;

/** True for a credit heading ("Edited by"). */
function isCreditHeading(element: Element): boolean {
  const text = headingText(element);
  return text !== undefined && CREDIT_HEADING.test(text);
}

/** True for the section's first heading: a credit heading or "Sources" over the credits. */
function isOpeningHeading(element: Element): boolean {
  const text = headingText(element);
  return text !== undefined && (CREDIT_HEADING.test(text) || SOURCES_HEADING.test(text));
}

/** True for a block of the credits: another credit heading, or a short line with no picture, table or form. */
function isEntry(element: Element): boolean {
  const tag = element.tagName.toUpperCase();
  if (!ENTRY_TAGS.has(tag)) return false;
  if (HEADING_TAGS.has(tag) && tag !== 'DT') return isCreditHeading(element);
  return element.querySelector(INNER_BLOCKS) === null && textWithin(element, MAX_ENTRY_CHARS) !== undefined;
}

/** A section headed "Sources" holds at least one credit heading: else it is the sources list's own test. */
const opensCredits = headedClosingSectionTest({
  isHeading: isOpeningHeading,
  isEntry,
  entryTags: ENTRY_TAGS,
  maxEntries: MAX_ENTRIES,
});

/**
 * True for the credits that close a graphics story: headings naming each part of the work ("Sources", "Additional
 * work by", "Edited by", "Graphics by") over short lines of names and sources, to the end of their block. They say who
 * made the story and from what, not what it tells. A section whose heading is anything else, or with a paragraph of
 * prose, a picture or a story's subheading under it, stays.
 */
export function isCreditsSection(element: Element): boolean {
  if (!opensCredits(element)) return false;
  // The block holds a credit heading (a "Sources" list alone is `isSourcesSection`'s, which reads its citations).
  const parent = element.parentElement;
  if (!parent) return false;
  for (const child of parent.children) if (isCreditHeading(child)) return true;
  return false;
}
