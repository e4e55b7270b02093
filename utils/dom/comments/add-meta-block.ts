import { isCommentChromeLine } from '../is-comment-chrome-line';
import { ownParts } from './collect-nested';
import type { FoundComment } from './found-comment';
import { readSignatureLine } from './signature-line';
import { textOf } from '../text-of';

/** Where generic markup puts a comment's author and date line, above or under the text. */
const META =
  '[class*="footer" i], [class*="signature" i], [class*="posted" i], [class*="byline" i], [class*="info" i], [class*="label" i], [class*="header" i], [class*="details" i], [class*="meta" i]';
/** Elements a signature line without a telling class is written in. */
const SIGNATURE_TAGS = 'p, div, span, small';
/** Longer than this (characters) is text, not an author and date line. */
const MAX_META_CHARS = 200;
/** An author inside a meta block: a named part, or a link to the commenter's profile page. */
const AUTHOR =
  'cite, [class*="author" i], [class*="user" i], [class*="name" i], a[href*="/user" i], a[href*="profile" i], a[href*="member" i], a[href*="contributor" i]';
/** A date inside a meta block. */
const DATE = 'time, [class*="date" i], [class*="time" i]';

/**
 * The comment's own author/date block: a short own part named like one or reading as a signature line, or the `<dt>`
 * before a `<dd>` comment.
 */
function metaBlock(comment: FoundComment, isItem: (element: Element) => boolean): Element | undefined {
  const { element, body } = comment;
  const previous = element.previousElementSibling;
  // Any short own block that reads as a signature line ("written by NAME, DATE") is one too, whatever its class.
  const signatures = ownParts(element, SIGNATURE_TAGS, isItem).filter(
    (part) => readSignatureLine(textOf(part)) !== undefined,
  );
  const candidates = [...ownParts(element, META, isItem), ...signatures];
  if (element.tagName.toUpperCase() === 'DD' && previous?.tagName.toUpperCase() === 'DT') candidates.unshift(previous);
  return candidates.find((candidate) => {
    const text = textOf(candidate);
    if (text.length === 0 || text.length > MAX_META_CHARS || isCommentChromeLine(text)) return false;
    // A footer may itself be one of the body's parts (a bare `<p>`): it moves out of the body, unless it is all of it.
    if (body.length === 1 && body[0] === candidate) return false;
    return !body.some((part) => part !== candidate && (part.contains(candidate) || candidate.contains(part)));
  });
}

const firstWithText = (block: Element, selector: string): Element | undefined =>
  [...block.querySelectorAll(selector)].find((element) => textOf(element).length > 0);

/**
 * Fills a generic comment's missing author and date from its meta block: a signature line ("Posted by: NAME | DATE")
 * gives both; otherwise a named part or profile link is the author and the block's date part (or the whole block)
 * is the date line, so the name and date the page shows are not lost to "Anonymous".
 */
export function addMetaBlock(comment: FoundComment, isItem: (element: Element) => boolean): FoundComment {
  if (comment.author && comment.date) return comment;
  const block = metaBlock(comment, isItem);
  if (!block || block === comment.author || block.contains(comment.date ?? null)) return comment;
  const signature = comment.author ? undefined : readSignatureLine(textOf(block));
  const body = comment.body.filter((part) => part !== block);
  if (signature) return { ...comment, body, authorName: signature.author, date: block, dateTime: signature.date };
  const author = comment.author ?? firstWithText(block, AUTHOR);
  // The whole block as the date line repeats the author's name: worth it only when the name came from the block.
  const wholeBlock = author !== block && !(comment.author && block.contains(comment.author));
  const date = comment.date ?? firstWithText(block, DATE) ?? (wholeBlock ? block : undefined);
  return { ...comment, body, author, date };
}
