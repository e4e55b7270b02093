import { isProseDek } from './dek-text';

/** Tags a dek right under the headline is set in. */
const DEK_TAGS = new Set(['H2', 'H3', 'H4', 'P']);
/**
 * A layout column's name: `rightcol`, `right-column`, `sidecol`. The furniture rules read it as a side rail; on a dek
 * it says where the grid puts the line (Lenta.ru's `h2.b-topic__rightcol`, the subtitle under every story's `h1`).
 */
const COLUMN_NAME = /(?:^|[-_\s])(?:right|left|side)[-_]?col(?:umn)?(?:$|[-_\s])/i;

/**
 * True for the line right after the `<h1>` headline, in its own block, that a layout column's name marks and that reads
 * as a summary in prose: the dek, not a side rail. A rail beside the story is a box of links and teasers, never one
 * heading or paragraph of prose standing next to the headline; `isProseDek` keeps out a label or a byline.
 */
export function isColumnNamedDek(element: Element, headline: Element | undefined): boolean {
  if (!headline || headline.tagName.toUpperCase() !== 'H1' || headline.nextElementSibling !== element) return false;
  if (!DEK_TAGS.has(element.tagName.toUpperCase()) || element.children.length > 0) return false;
  if (!COLUMN_NAME.test(element.getAttribute('class') ?? '')) return false;
  return isProseDek(element.textContent ?? '');
}
