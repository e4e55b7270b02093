/** Fewer `<dt>` heads than this is one comment written as a definition list, not a list of comments. */
const MIN_HEADS = 2;

/**
 * The comments of an element taken for one comment: itself, unless it is a `<dl>` of several `<dt>` + `<dd>` pairs.
 * Blogger's layout templates (Minima and the other 2006-2013 ones, still serving millions of blogs) print every
 * comment section as `<dl id="comments-block">` with a `<dt class="comment-author">NAME said...</dt>`, a
 * `<dd class="comment-body">` and a `<dd class="comment-footer">` per comment; the id names the block in the singular
 * form the generic finder reads as one comment. Each comment is the `<dd>` right after a `<dt>` (the `<dt>` is then
 * read as its author line); the other `<dd>`s (footers with the time) are left to the section.
 */
export function definitionListItems(element: Element): Element[] {
  if (element.tagName.toUpperCase() !== 'DL') return [element];
  const heads = [...element.children].filter((child) => child.tagName.toUpperCase() === 'DT');
  if (heads.length < MIN_HEADS) return [element];
  const items = heads
    .map((head) => head.nextElementSibling)
    .filter((next): next is Element => next !== null && next.tagName.toUpperCase() === 'DD');
  return items.length >= MIN_HEADS ? items : [element];
}
