import { isDek } from './is-dek';
import { textOf } from './text-of';

const SPACES = /\s+/g;

/**
 * True for a block (a paragraph, or the `<div>` Readability re-set as one) named with the header's dek words
 * (`div.article-main__summary > p`, as Rudaw prints the summary under the lead picture, after the byline and share
 * rows) whose text the page's `description` repeats word for word: the dek, wherever it stands above the story (where,
 * is for the caller to check). The header's words ("summary", "teaser", "description") name a dek only right under the
 * headline, since a story's own blocks use them too; the page's description vouches for it further down. The name may
 * sit on a wrapper around nothing but the block.
 */
export function isDescribedSummary(element: Element, description: string | undefined): boolean {
  if (description === undefined) return false;
  const described = description.replace(SPACES, ' ').trim();
  // Cheapest first: a block whose raw text is shorter than the description cannot print it (squeezing only shortens).
  if ((element.textContent ?? '').length < described.length) return false;
  const text = textOf(element);
  if (text.length === 0 || text !== described) return false;
  const length = (element.textContent ?? '').trim().length;
  for (let at: Element | null = element; at; at = at.parentElement) {
    if ((at.textContent ?? '').trim().length !== length) return false;
    if (isDek(at, true)) return true;
  }
  return false;
}
