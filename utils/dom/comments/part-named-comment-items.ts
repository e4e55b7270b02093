/** A class token naming a comment's text (`comment-text`, `comment_body`), not the comment around it. */
const BODY_PART = /^comment[-_]?(?:text|body|content|message)$/i;
/** A class token naming a comment's author (`comment-name`, `comment-author`), beside its text. */
const AUTHOR_PART = /^comment[-_]?(?:name|author|user(?:name)?)$/i;

const namedBy = (element: Element, part: RegExp): boolean => [...element.classList].some((token) => part.test(token));

/**
 * The comments of a list whose items are named for nothing (Ionic's `<ion-item>`, a bare `<li>` or `<div>`) while
 * their parts are: the element holding a `comment-text` block with a `comment-name` block beside it is one comment.
 * `candidates` are the page's comment-named elements. Only asked when no element names one comment, so an item that
 * is named (`div.comment` around the same parts) is never split into its parts.
 */
export function partNamedCommentItems(candidates: readonly Element[]): Set<Element> {
  const items = new Set<Element>();
  for (const element of candidates) {
    const item = element.parentElement;
    if (!item || items.has(item) || !namedBy(element, BODY_PART)) continue;
    for (let sibling = item.firstElementChild; sibling; sibling = sibling.nextElementSibling) {
      if (sibling !== element && namedBy(sibling, AUTHOR_PART)) {
        items.add(item);
        break;
      }
    }
  }
  return items;
}
