/**
 * The words a link carries for screen readers about where it opens: ", opens new tab", "(opens in a new window)",
 * "(external link)", "opens in new tab". Read by text, since sites hide them under class names that may be hashes.
 */
const LINK_HINT =
  /^[\s,(–-]*(?:(?:link )?opens? (?:(?:in|on) )?(?:a )?new (?:browser )?(?:tab|window)|external (?:link|site|website))[\s).]*$/i;
/** A hint is a few words (characters): a longer span inside a link is the link's own text. */
const MAX_HINT_CHARS = 40;

/**
 * True for an element inside a link that holds only the link's screen-reader hint (Reuters' `<span>, opens new
 * tab</span>` after every link): read as text, it glues ", opens new tab" into the sentence around the link.
 */
export function isLinkHint(element: Element): boolean {
  if (element.tagName.toUpperCase() === 'A' || element.childElementCount > 0) return false;
  const text = element.textContent ?? '';
  if (text.length > MAX_HINT_CHARS || !LINK_HINT.test(text)) return false;
  return element.parentElement?.closest('a') != null;
}
