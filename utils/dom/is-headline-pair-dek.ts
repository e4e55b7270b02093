import { isProseDek } from './dek-text';
import { textOf } from './text-of';

/** A dek is a sentence or two (characters): a longer paragraph beside the headline is the story's lede. */
const MAX_DEK_CHARS = 300;

/**
 * True for the dek a header block pairs with the headline: the `<p>` right after the `<h1>`, the two alone in their
 * block (`<div><h1>…</h1><p>…</p></div>`), reading as a summary in prose. Sky News, and the many templates that wrap
 * the headline and its dek together, set it so, whatever their class names; the page's description may word it
 * otherwise. The story's paragraphs are in another block, since the headline's holds only the two; a lede set beside
 * the headline runs on with the story's other paragraphs in that block.
 */
export function isHeadlinePairDek(element: Element, headline: Element | undefined): boolean {
  if (!headline || element.tagName.toUpperCase() !== 'P' || headline.tagName.toUpperCase() !== 'H1') return false;
  if (headline.nextElementSibling !== element || element.parentElement?.children.length !== 2) return false;
  if (element.ownerDocument !== headline.ownerDocument) return false;
  const text = textOf(element);
  return text.length <= MAX_DEK_CHARS && isProseDek(text);
}
