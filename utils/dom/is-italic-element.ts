/** Emphasis tags an editor sets a line in italics with. */
const ITALIC_TAGS = new Set(['EM', 'I']);
/** An italic span, as site builders' rich text editors write one (Wix, Duda, Google Sites: `font-style:italic`). */
const ITALIC_STYLE = /font-style\s*:\s*italic/i;

/** True for an `<em>` or `<i>`, or a `<span>` set in italics by its own style. */
export function isItalicElement(element: Element): boolean {
  const tag = element.tagName.toUpperCase();
  return ITALIC_TAGS.has(tag) || (tag === 'SPAN' && ITALIC_STYLE.test(element.getAttribute('style') ?? ''));
}
