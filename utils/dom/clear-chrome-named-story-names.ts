import { dropClassNames } from './drop-class-names';
import { mostProseTest } from './most-prose-test';
import { isUnlikelyNamed, UNLIKELY_NAME } from './readability-names';

/**
 * Readability's unlikely words whose furniture never holds paragraphs of prose: share and follow rows ("social"),
 * navigation menus ("menu"), page links ("pager", "pagination"), trails ("breadcrumbs") and feed links ("rss").
 * Words whose furniture does hold prose (comments, footers, sidebars, sponsor boxes, cookie banners) are not here.
 */
const CHROME_WORD = /social|menu|pager|pagination|breadcrumbs|rss/gi;
/** The elements whose class or id may hold such a word (an attribute search, once per page copy). */
const CANDIDATES = ['social', 'menu', 'pag', 'breadcrumbs', 'rss']
  .map((word) => `[class*="${word}" i], [id*="${word}" i]`)
  .join(', ');
/** The page's own elements: Readability never drops them for their names. */
const PAGE_ROOTS = new Set(['HTML', 'BODY']);
/** The page's own landmarks: a block holding them wraps the whole page, not the story's column. */
const PAGE_LANDMARKS = 'nav, header, footer, [role="navigation"], [role="banner"], [role="contentinfo"]';
const SPACES = /\s+/;

/** True for a name that reads as unlikely content only through the chrome words above (`social-rel`, `menu-wrap`). */
function isChromeOnlyName(name: string): boolean {
  if (!UNLIKELY_NAME || !UNLIKELY_NAME.test(name)) return false;
  return !UNLIKELY_NAME.test(name.replace(CHROME_WORD, ' '));
}

/** True when one of `element`'s class names or its id reads as unlikely only through a chrome word. */
function hasChromeOnlyName(element: Element): boolean {
  const names = (element.getAttribute('class') ?? '').split(SPACES);
  return isChromeOnlyName(element.id) || names.some(isChromeOnlyName);
}

/**
 * True for a block that wraps the page's furniture as well as its story: it holds the page's landmarks, or blocks
 * Readability drops by their own names (`menu-header`, `sidebar`, `footer`), as a theme's whole-page wrapper does
 * (`div.menu-container` around the menu, the post and the footer). Readability dropping such a wrapper leaves it
 * nothing, and the reader's own fallbacks read the page better than Readability reading it whole, menus and all.
 */
function wrapsPage(element: Element): boolean {
  if (element.querySelector(PAGE_LANDMARKS)) return true;
  for (const inner of element.querySelectorAll('[class], [id]')) if (isUnlikelyNamed(inner)) return true;
  return false;
}

/**
 * Takes the chrome words' names off the blocks of a page copy that hold most of the page's prose, before Readability
 * reads it. Readability drops any block so named, with all inside, on the strict first pass the reader trusts: a
 * company blog whose story column is `div.social-rel` (a `position: relative` box for its floating share bar, as in
 * Readability's issue #524) lost the story to a quote form, and a theme that wraps the whole page in its off-canvas
 * menu's `#menu-wrap` (so the page can slide aside) lost everything. A share row or a menu holds no paragraphs, so a
 * block so named that holds most of the page's prose is a wrapper named for its layout. A wrapper of the whole page
 * (see `wrapsPage`) keeps its name. Edits `doc` in place; meant for the clone Readability reads.
 */
export function clearChromeNamedStoryNames(doc: Document): void {
  const holdsMostProse = mostProseTest(doc);
  for (const element of doc.querySelectorAll(CANDIDATES)) {
    if (PAGE_ROOTS.has(element.tagName.toUpperCase()) || !isUnlikelyNamed(element)) continue;
    if (!hasChromeOnlyName(element) || !holdsMostProse(element) || wrapsPage(element)) continue;
    dropClassNames(element, isChromeOnlyName);
    if (isChromeOnlyName(element.id)) element.removeAttribute('id');
  }
}
