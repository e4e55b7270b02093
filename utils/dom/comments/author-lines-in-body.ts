import type { FoundComment } from './found-comment';

/** A block named for the comment's author: its profile link or name box (`a.authorLink`, `p.authorName`). */
const AUTHOR_BOX = '[class*="author" i]';
/** Inside the author's box, the part naming them, before any other (a handle, a badge). */
const NAME_PART = '[class*="name" i]';

/**
 * The author box a body part lies in, inside the comment's own element: a comment script that writes every line as a
 * `<p>` (bluesky-comments prints `a.authorLink > p.authorName + p.handle` above the reply's `<p>`) gives the generic
 * reader its name and handle as body parts, and no author.
 */
function authorBoxOf(part: Element, item: Element): Element | undefined {
  const box = part.closest(AUTHOR_BOX);
  return box && box !== item && item.contains(box) ? box : undefined;
}

/**
 * A generic comment whose body parts include lines inside its author's box: those lines leave the body, and the
 * name among them is the author when none was found. A comment whose every part lies in such a box keeps its body
 * (a theme that names the whole comment for its author's role).
 */
export function withoutAuthorLines(comment: FoundComment): FoundComment {
  const inBox = comment.body.filter((part) => authorBoxOf(part, comment.element) !== undefined);
  if (inBox.length === 0 || inBox.length === comment.body.length) return comment;
  const body = comment.body.filter((part) => !inBox.includes(part));
  const author = comment.author ?? inBox.find((part) => part.matches(NAME_PART)) ?? inBox[0];
  return { ...comment, body, author };
}
