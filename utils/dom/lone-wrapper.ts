import { hasOwnText } from './has-own-text';

/**
 * The parent an element is the only content of (no sibling elements, no text of its own), if any: a template's
 * wrapper whose name says what the element is (`div.author-bio > p`, `div.col-md-8.column > div`).
 */
export function loneWrapper(element: Element): Element | undefined {
  const parent = element.parentElement;
  // Sibling links, not `parent.children`: DOM libraries may build that list on each call, which is quadratic on a
  // wide parent whose every child is tested.
  if (!parent || element.previousElementSibling || element.nextElementSibling) return undefined;
  return hasOwnText(parent) ? undefined : parent;
}
