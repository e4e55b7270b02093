import { ownParts } from './collect-nested';
import type { FoundComment } from './found-comment';
import { HEADINGS_SELECTOR } from '../heading-tags';

/**
 * True when a comment found by a generic pattern has the shape of the comment section itself: no author and no date,
 * and a heading of its own (not one inside a reply it holds). Templates name the section in the singular
 * (`div.comment` around a "Komentar" heading and a sign-in prompt) or with a word generic patterns also read as one
 * comment (`section.comment-wrap`, as Korean newspaper CMSs wrap the "댓글 2" heading, the "log in to comment" box and
 * the list of `li.comment-item`s).
 */
export function isSectionShaped(comment: FoundComment, isItem: (element: Element) => boolean): boolean {
  if (comment.author || comment.authorName) return false;
  // A heading of the section's own ("Comments", "Komentar", "댓글 2").
  const headings = ownParts(comment.element, HEADINGS_SELECTOR, isItem);
  if (headings.length === 0) return false;
  // A block around the heading (`header.comment-header`) is read as a comment's meta block and given as its date
  // line; it dates nothing.
  const { date } = comment;
  return !date || headings.some((heading) => date.contains(heading) || heading.contains(date));
}

/**
 * The comments without the section-shaped ones that hold the others as replies (see `isSectionShaped`): the section is
 * no comment, and the comments inside it are no replies. A reply to a removed item answers that item's own parent.
 * A commenter's comment with replies has an author or a date, and stays. Returns `comments` itself when none is
 * removed.
 */
export function withoutSectionItems(
  comments: readonly FoundComment[],
  isItem: (element: Element) => boolean,
): readonly FoundComment[] {
  const hasReplies = new Set(comments.map((comment) => comment.parentIndex));
  const removed = new Set(
    comments.flatMap((comment, i) => (hasReplies.has(i) && isSectionShaped(comment, isItem) ? [i] : [])),
  );
  if (removed.size === 0) return comments;
  const parentOf = (index: number | undefined): number | undefined => {
    let at = index;
    while (at !== undefined && removed.has(at)) at = comments[at]?.parentIndex;
    return at;
  };
  const newIndex = new Map<number, number>();
  const kept: FoundComment[] = [];
  for (const [i, comment] of comments.entries()) {
    if (removed.has(i)) continue;
    newIndex.set(i, kept.length);
    const parent = parentOf(comment.parentIndex);
    kept.push({ ...comment, parentIndex: parent === undefined ? undefined : newIndex.get(parent) });
  }
  return kept;
}
