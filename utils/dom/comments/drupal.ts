import { collectNested } from './collect-nested';
import { commonAncestor } from './common-ancestor';
import type { FoundComment, FoundComments } from './found-comment';
import { textOf } from '../text-of';

/**
 * Drupal core's comment field, as its own templates print it on Drupal 7 and 8 onwards whatever the theme: each
 * comment an element classed `comment` (Drupal 8+: `article.comment.js-comment[data-comment-user-id]`; Drupal 7:
 * `div.comment`) holding the comment-body field (`field--name-comment-body`, Drupal 7 `field-name-comment-body`), and
 * the replies to a comment NOT inside it but in the `div.indented` printed right after it. The generic pattern reads
 * the author, date and permalink paragraphs of the meta footer as the text, and finds no nesting.
 */
const ITEM = '.comment';
const BODY = '[class*="field--name-comment-body"], [class*="field-name-comment-body"]';
const SELECTORS = {
  item: ITEM,
  // Bartik and Olivero print the name and the time in paragraphs of their own; Classy-based themes a "Submitted by
  // NAME on DATE" line with the name in RDFa; Drupal 7 a `span.username` (Bartik's `p.commenter-name`).
  author: [
    '.comment__author [property="schema:name"]',
    '.comment__author',
    '.commenter-name',
    '.comment__submitted .username',
    '.submitted .username',
    '.comment__submitted [property="schema:name"]',
    '.username',
  ],
  date: [
    '.comment__time',
    '.comment-time',
    '[property="schema:dateCreated"]',
    '[property="dc:date dc:created"]',
    'time',
    '.comment__submitted',
    '.submitted',
  ],
  body: BODY,
};
/** The block Drupal prints the replies to the comment before it in. */
const INDENTED = 'indented';
/**
 * The comment's subject, a heading linking to the comment itself (`/comment/123#comment-123`, `rel="bookmark"`).
 * Drupal fills it with the first words of the text, cut off with "…", when the reader leaves it empty.
 */
const SUBJECT = 'h2, h3, h4';
const SUBJECT_LINK = 'a[rel="bookmark"], a[href*="/comment/"], a.permalink';
const ELLIPSIS = /(?:…|\.\.\.)$/u;

const isItem = (element: Element): boolean =>
  element.classList.contains('comment') && element.querySelector(BODY) !== null;

/**
 * The comment a reply answers: the reply sits in a `div.indented`, and the comment it answers is the nearest comment
 * before that block among its siblings (Drupal 7 puts an empty `<a id="comment-12">` anchor between them).
 */
function parentOf(item: Element): Element | undefined {
  const indented = item.parentElement;
  if (!indented?.classList.contains(INDENTED)) return undefined;
  for (let at = indented.previousElementSibling; at; at = at.previousElementSibling) {
    if (at.classList.contains(INDENTED)) return undefined;
    if (isItem(at)) return at;
  }
  return undefined;
}

const lowerText = (element: Element): string => textOf(element).toLowerCase();

/**
 * The subject heading, when a reader wrote it: a subject that is the opening words of the text (Drupal's own, cut
 * off with "…", or the whole short text) repeats the text and is left out.
 */
function writtenSubject(item: Element, body: readonly Element[]): Element | undefined {
  const heading = [...item.querySelectorAll(SUBJECT)].find((element) => element.querySelector(SUBJECT_LINK));
  if (!heading || body.some((part) => part.contains(heading))) return undefined;
  const subject = lowerText(heading).replace(ELLIPSIS, '').trim();
  const text = body.map(lowerText).join(' ');
  return subject.length === 0 || text.startsWith(subject) ? undefined : heading;
}

/** Drupal's threaded comments, replies linked to the comment before their `div.indented`. */
export function findDrupal(doc: Document): FoundComments | undefined {
  const items = [...doc.querySelectorAll(ITEM)].filter(isItem);
  const region = commonAncestor(items);
  if (!region || items.length === 0) return undefined;
  const found = collectNested(region, SELECTORS, isItem);
  const indexOf = new Map(found.map((comment, i) => [comment.element, i]));
  const comments: FoundComment[] = found.map((comment) => {
    const parent = parentOf(comment.element);
    const subject = writtenSubject(comment.element, comment.body);
    return {
      ...comment,
      body: subject ? [subject, ...comment.body] : comment.body,
      parentIndex: comment.parentIndex ?? (parent ? indexOf.get(parent) : undefined),
    };
  });
  return comments.length > 0 ? { system: 'drupal', region, comments } : undefined;
}
