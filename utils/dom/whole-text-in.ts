import { hasOwnText } from './has-own-text';

/** Emphasis a block's whole text may be set in: bold or italic. */
export const EMPHASIS_TAGS: ReadonlySet<string> = new Set(['STRONG', 'B', 'EM', 'I']);
/** Bold only. */
export const BOLD_TAGS: ReadonlySet<string> = new Set(['STRONG', 'B']);

/**
 * The one element of `tags` that holds all of `block`'s text, as a template sets a whole paragraph in bold or italic
 * (`<p><strong>…</strong></p>`): the block's only child element, with no text of the block's own beside it. Undefined
 * otherwise.
 */
export function wholeTextIn(block: Element, tags: ReadonlySet<string>): Element | undefined {
  if (block.children.length !== 1 || hasOwnText(block)) return undefined;
  const only = block.children[0];
  return only && tags.has(only.tagName.toUpperCase()) ? only : undefined;
}
