import { textOf } from './text-of';

/**
 * The note a press wire prints under each picture or chart of a release, pointing to the full-size file: Newsfile's
 * "To view an enhanced version of this graphic, please visit:" over the file's address, and the same line for a
 * picture, a figure or an image. It is the picture's furniture, not the release's text.
 */
const GRAPHIC_NOTE = /^to view an enhanced version of this (?:graphic|image|picture|photo|figure|chart)\b[^.]{0,40}:/iu;
/** `Node.TEXT_NODE`, which the pure core cannot read from a global. */
const TEXT_NODE = 3;
/** The note's opening words, as the block's first text node starts. */
const OPENING = /^\s*to view an enhanced version\b/iu;
/** Tags the note is printed as: a paragraph, or a `<div>` for one. */
const NOTE_TAGS = new Set(['P', 'DIV']);
/** The note and one address: a block with more text than this (characters) is something else. */
const MAX_NOTE_CHARS = 300;

/**
 * True when a block is a wire's pointer to a graphic's full-size file (`GRAPHIC_NOTE`), with the address after it
 * (a link, on the next line); nothing else in it. The tag is checked before any text is read.
 */
export function isWireGraphicNote(element: Element): boolean {
  if (!NOTE_TAGS.has(element.tagName.toUpperCase())) return false;
  // The block's opening words first: every paragraph and wrapper is asked, and a wrapper's whole text is long to read.
  const opening = element.firstChild;
  if (opening?.nodeType !== TEXT_NODE || !OPENING.test(opening.textContent ?? '')) return false;
  const text = textOf(element);
  return text.length <= MAX_NOTE_CHARS && GRAPHIC_NOTE.test(text);
}
