import { MIN_PARAGRAPH_CHARS } from './prose-chars';
import { textOf } from './text-of';
import { lineWithin } from './text-within';

/** How much of a neighbour is read to tell it is prose (characters, spaces aside); past it, it is long prose. */
const MAX_READ_CHARS = 400;
const SENTENCE_END = /[.!?]["'”’)]?$/;
const HEADING_TAGS = new Set(['H2', 'H3', 'H4', 'H5', 'H6']);
const BOLD_TAGS = new Set(['STRONG', 'B']);
const SPACES = /\s+/g;

/**
 * True for an element that is a story's paragraph: a sentence of a story paragraph's length (`MIN_PARAGRAPH_CHARS`), or
 * more text than is read.
 */
function isProse(element: Element | null): boolean {
  if (!element || element.tagName.toUpperCase() !== 'P') return false;
  const line = lineWithin(element, MAX_READ_CHARS);
  if (line === undefined) return true;
  return line.length >= MIN_PARAGRAPH_CHARS && SENTENCE_END.test(line);
}

/** True for a block set as a label: a subheading, or a paragraph whose whole text is bold. */
function isLabelFace(block: Element, line: string): boolean {
  if (HEADING_TAGS.has(block.tagName.toUpperCase())) return true;
  const only = block.firstElementChild;
  if (!only || block.childElementCount !== 1 || !BOLD_TAGS.has(only.tagName.toUpperCase())) return false;
  return textOf(only) === line;
}

/**
 * True when a line that is only the site's name (`line`, in `block`) is a label inside the story, not its credit: set
 * in bold or as a subheading between two of the story's paragraphs. Newsletter briefings use their own name as the
 * lead-in of their take (theSkimm's "theSkimm" over what it makes of the news, after "The story" and "Tell me more."),
 * while the site's name as a credit closes the story ("TimesLIVE") and a logo's text sits over it: neither has
 * paragraphs on both sides.
 */
export function isSiteNameLabel(block: Element | undefined, line: string): boolean {
  if (!block || !isLabelFace(block, line.replace(SPACES, ' ').trim())) return false;
  return isProse(block.previousElementSibling) && isProse(block.nextElementSibling);
}
