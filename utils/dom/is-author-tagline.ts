import { closesParagraphs } from './closes-paragraphs';
import { isAllItalic } from './is-italic-element';
import { textOf } from './text-of';

/**
 * A tagline's opening: the writer's name (two to four capitalised words, an optional dash before it) and who they
 * are ("Ann Lee is a retired teacher …", "— Ann Lee was mayor …") or what they cover for the paper ("Ann Lee covers
 * town government for the Gazette.", as the parser's bio test reads it). Not what they did ("Ann Lee has been
 * featured in …"), which the Dragnet gold keeps as a post's closing line.
 */
const NAME_IS = /^(?:[—–-]\s*)?\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){1,3} (?:is|was|covers|writes|reports)\s/u;
/** A tagline is a sentence or two; longer, it is a closing paragraph that happens to be in italics. Characters. */
const MAX_TAGLINE_CHARS = 300;

/**
 * True for the writer's tagline an op-ed or guest column closes with, set in italics as a paragraph of the column
 * (`<p><em>Ann Lee is a retired teacher and lives in Millbrook.</em></p>`): who wrote it, not what it says. A
 * paragraph in plain type, or one that opens the piece, stays.
 */
export function isAuthorTagline(element: Element): boolean {
  if (element.tagName.toUpperCase() !== 'P') return false;
  const text = textOf(element);
  if (text.length > MAX_TAGLINE_CHARS || !NAME_IS.test(text)) return false;
  return isAllItalic(element, text) && closesParagraphs(element);
}
