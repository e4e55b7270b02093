import { isBreak } from './is-break';
import { nonBlankFrom } from './non-blank-from';
import { textWithin } from './text-within';

/**
 * A forum post's signature in a block of its own under the post, the story's first post included when a news site
 * runs its stories as threads: vBulletin 3's postbit prints it as `<div>__________________<br />NAME's motto or
 * links</div>` after the post's message, and phpBB 2, SMF and other engines of its time open it with the same line of
 * underscores. The member's standing sign-off, printed under every post they write, not the post.
 */

/** Blocks a signature is set in: vBulletin's unnamed `<div>`, a table cell, a paragraph. */
const BLOCK_TAGS = new Set(['DIV', 'TD', 'P']);
/** A signature is a line or three; more text than this (characters, spaces not counted) is a post. */
const MAX_SIGNATURE_CHARS = 300;
/**
 * The delimiter opening it, as the block's first text and alone on its line (a `<br>` after it): a run of underscores
 * (vBulletin prints eighteen, phpBB seventeen). A blank to fill in on a form ("Name: ________") has text before it.
 */
const DELIMITER = /^\s*_{10,}\s*$/u;

/** True for a short block opening on a line of underscores, with the signature's text after it. */
export function isSignatureBlock(element: Element): boolean {
  if (!BLOCK_TAGS.has(element.tagName.toUpperCase())) return false;
  const first = nonBlankFrom(element.firstChild);
  if (!first || first.nodeType !== 3 || !DELIMITER.test(first.textContent ?? '')) return false;
  if (!isBreak(first.nextSibling)) return false;
  return textWithin(element, MAX_SIGNATURE_CHARS) !== undefined;
}
