import { hasItalicClass } from './italic-classes';
import { textOf } from './text-of';

/** Emphasis tags an editor sets a line in italics with. */
const ITALIC_TAGS = new Set(['EM', 'I']);
/** An italic span, as site builders' rich text editors write one (Wix, Duda, Google Sites: `font-style:italic`). */
const ITALIC_STYLE = /font-style\s*:\s*italic/i;

/**
 * True for an `<em>` or `<i>`, or a `<span>` set in italics by its own style or by a class the page's style sheet
 * sets in italics (a Google Docs page's `span.c9`, see `hasItalicClass`).
 */
export function isItalicElement(element: Element): boolean {
  const tag = element.tagName.toUpperCase();
  if (ITALIC_TAGS.has(tag)) return true;
  return tag === 'SPAN' && (ITALIC_STYLE.test(element.getAttribute('style') ?? '') || hasItalicClass(element));
}

/** True when all of a paragraph's text sits in one italic element (`<p><em>…</em></p>`, an italic span). */
export function isAllItalic(paragraph: Element, text: string): boolean {
  for (let node = paragraph.firstChild; node; node = node.nextSibling) {
    if (textOf(node).length === 0) continue;
    return node.nodeType === 1 && isItalicElement(node as Element) && textOf(node) === text;
  }
  return false;
}
