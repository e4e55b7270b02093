import { isMostlyLinks } from './is-mostly-links';
import { textOf } from './text-of';
import { MIN_PARAGRAPH_CHARS } from './prose-chars';

/** A paragraph ends a sentence: a full stop, a question or exclamation mark, perhaps inside closing quotes. */
const SENTENCE_END = /[.!?…]["'”’)]*$/;

/**
 * A paragraph written without `<p>`: block editors and document tools set each paragraph as a `<div>` (a Notion page's
 * `div.notion-text-block` around a text leaf, Constant Contact's `<div><span>` lines, rich-text editors' `<div>`s). A
 * block holding no `<p>`, of at least `MIN_PARAGRAPH_CHARS`, ending on a sentence and not mostly links.
 */
export function isDivParagraph(element: Element): boolean {
  if (element.getElementsByTagName('p').length > 0) return false;
  const text = textOf(element);
  return text.length >= MIN_PARAGRAPH_CHARS && SENTENCE_END.test(text) && !isMostlyLinks(element);
}
