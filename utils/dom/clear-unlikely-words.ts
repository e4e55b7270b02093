import { dropClassNames } from './drop-class-names';
import { UNLIKELY_NAME } from './readability-names';

/**
 * Names Readability would drop that stay: "header" (a header block holding the headline is read as the header), and
 * "menu": on the Dragnet dev pages only a broken page's unclosed `div.menu-container` held a headline, and clearing it
 * let that page's meta row into the story.
 */
const KEPT_WORD = /header|menu/i;
/** Where the climb stops: the body and the root carry page-wide flags (`feature_newcomments`), not the story's name. */
const PAGE_ROOTS = new Set(['BODY', 'HTML']);

/**
 * Takes the class names and id that say "unlikely content" off the headline's ancestors in a page copy before
 * Readability reads it. Readability drops any block so named, and an element holding the page's headline is the story
 * or its layout, whatever its name: a think tank's `article.expert-comment`, an opinion desk's `div.commentary`, a
 * `div.layout-with-sidebar` around the story. Its first pass then read a newsletter box beside it as the article, or
 * one paragraph. Comment sections never reach here holding the headline (the caller passes none then), and the blocks
 * inside a cleared wrapper keep their own names. Edits the copy in place; `headline` is the copy's headline element.
 */
export function clearUnlikelyWords(headline: Element | undefined): void {
  const unlikely = UNLIKELY_NAME;
  if (!unlikely) return;
  const isUnlikely = (name: string): boolean => unlikely.test(name) && !KEPT_WORD.test(name);
  // Up to the page's body, read by tag: a copied node's ownerDocument may still be the page it was copied from.
  for (
    let element = headline?.parentElement;
    element && !PAGE_ROOTS.has(element.tagName.toUpperCase());
    element = element.parentElement
  ) {
    if (isUnlikely(element.id)) element.removeAttribute('id');
    dropClassNames(element, isUnlikely);
  }
}
