import { textOf } from './text-of';

/** A table of contents points at two sections at least; one in-page link is a "back to top" or a footnote. */
const MIN_ENTRIES = 2;
const LIST_TAGS = new Set(['UL', 'OL']);
const SPACES = /\s+/g;

/** True when an `href` points inside the page (`#what-you-need`), not at another page or at the top (`#`). */
export const isInPage = (href: string | null): boolean => href !== null && href.length > 1 && href.startsWith('#');

/** True when a list item is one in-page link and nothing else (a nested list of such links is allowed). */
function isContentsEntry(item: Element): boolean {
  const text = textOf(item);
  if (text.length === 0) return false;
  let linked = '';
  for (const link of item.getElementsByTagName('a')) {
    if (!isInPage(link.getAttribute('href'))) return false;
    linked += textOf(link);
  }
  return linked.replace(SPACES, '') === text.replace(SPACES, '');
}

/**
 * True for a table of contents in the story: a list whose every item is only a link to a section of the same page
 * ("Jump to: What you'll need · Step by step · FAQs"), as how-to guides and explainers put above their sections, with
 * no telling class (a plain `<ul>` under a "Jump to:" paragraph). The sections' headings are the story; the list
 * repeats them. A list of facts, or of links to other pages, is not one.
 */
export function isContentsList(element: Element): boolean {
  return isListOf(element, isContentsEntry);
}

/**
 * True when `element` is a list (`<ul>`, `<ol>`) of at least two items, each an entry `isEntry` takes: the shape of a
 * table of contents, and of a buying guide's quick list (`isQuickList`).
 */
export function isListOf(element: Element, isEntry: (item: Element) => boolean): boolean {
  if (!LIST_TAGS.has(element.tagName.toUpperCase())) return false;
  let entries = 0;
  for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
    if (child.tagName.toUpperCase() !== 'LI' || !isEntry(child)) return false;
    entries++;
  }
  return entries >= MIN_ENTRIES;
}
