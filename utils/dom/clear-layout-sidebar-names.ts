import { dropClassNames } from './drop-class-names';

/** A class name or id with "sidebar" in it (`right-sidebar`, `has-sidebar`, `penci_sidebar`). */
const SIDEBAR_WORD = /sidebar/i;
/** Where the climb stops: the body and the root carry page-wide layout flags, left to Readability's own exemptions. */
const PAGE_ROOTS = new Set(['BODY', 'HTML']);
/** Blocks named as a sidebar, found inside one ancestor at a time. */
const SIDEBAR_NAMED = '[class*="sidebar" i], [id*="sidebar" i]';

/**
 * True for the page's main content as HTML marks it (`<main>`, `role="main"`): the landmark is the page's story column
 * by definition, never a sidebar, whatever its layout's name (`main.lay-sidebar`, a column laid out beside one).
 */
function isMainLandmark(element: Element): boolean {
  return element.tagName.toUpperCase() === 'MAIN' || element.getAttribute('role') === 'main';
}

/** True when `element` holds a block named as a sidebar that is not on the way to `headline`: a column beside it. */
function holdsSidebarBeside(element: Element, headline: Element): boolean {
  for (const inner of element.querySelectorAll(SIDEBAR_NAMED)) if (!inner.contains(headline)) return true;
  return false;
}

/**
 * Takes the "sidebar" class names and id off the headline's ancestors that hold a sidebar of their own beside the
 * story, in a page copy before Readability reads it. WordPress and Drupal themes name the row that lays out the story
 * and its sidebar by that layout (`container right-sidebar`, `has-sidebar`, `layout-sidebar-first`): the name says the
 * row HAS a sidebar, not that it is one. Readability drops any block so named, with all inside, on its strict first
 * pass, and the reader trusts that pass at any length: on such a page what was left was a cookie bar. A real sidebar
 * holds no second sidebar beside the page's headline, so only a layout row is renamed, or the `<main>` landmark holding
 * the headline (La Nación's `main.lay-sidebar`, its sidebar an unnamed `aside`); the inner sidebar keeps its name and
 * is still dropped. Edits the copy in place; `headline` is the copy's headline element.
 */
export function clearLayoutSidebarNames(headline: Element | undefined): void {
  if (!headline) return;
  // Up to the page's body, read by tag: a copied node's ownerDocument may still be the page it was copied from.
  for (
    let element = headline.parentElement;
    element && !PAGE_ROOTS.has(element.tagName.toUpperCase());
    element = element.parentElement
  ) {
    const named = SIDEBAR_WORD.test(element.id) || SIDEBAR_WORD.test(element.getAttribute('class') ?? '');
    if (!named || !(isMainLandmark(element) || holdsSidebarBeside(element, headline))) continue;
    if (SIDEBAR_WORD.test(element.id)) element.removeAttribute('id');
    dropClassNames(element, (name) => SIDEBAR_WORD.test(name));
  }
}
