import { hasOwnText } from './has-own-text';

/**
 * Wrappers tried down to a stamp's `<time>`: a permalink around it (`<a><time>…</time></a>`) and a span inside that.
 * Deeper chains are layout boxes, not one field.
 */
const MAX_WRAPPER_LEVELS = 3;

/**
 * True for a `<time>` element, or an inline element that prints one and nothing else: the permalink a template sets
 * around a post's or a reply's stamp (Kinja's and G/O Media's `<a class="js_publish_time"><time>`, WordPress's
 * `<a rel="bookmark"><time>` and `comment-metadata` link). Written with no space after a name's link, as React
 * templates write them, the stamp is still a field of its own ("kilowattkev" "12/03/20 4:12PM").
 */
export function isTimeField(element: Element): boolean {
  let at: Element | null = element;
  for (let level = 0; at !== null && level <= MAX_WRAPPER_LEVELS; level++) {
    if (at.tagName.toUpperCase() === 'TIME') return true;
    if (at.childElementCount !== 1 || hasOwnText(at)) return false;
    at = at.firstElementChild;
  }
  return false;
}
