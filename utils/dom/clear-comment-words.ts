import { dropClassNames } from './drop-class-names';

/** A class name or id with "comment" in it (`expert-comment`, `commentary`, `post-comments`). */
const COMMENT_WORD = /comment/i;
/** Where the climb stops: the body and the root carry page-wide flags (`feature_newcomments`), not the story's name. */
const PAGE_ROOTS = new Set(['BODY', 'HTML']);

/**
 * Takes the class names and id that say "comment" off the headline's ancestors in a page copy before Readability reads
 * it. Readability drops any block so named as unlikely content, and an element holding the page's headline is the
 * story, whatever its name: a think tank's `article.expert-comment`, an opinion desk's `div.commentary`. Its first
 * pass then read the newsletter box beside it as the article. Comment sections never reach here holding the headline
 * (the caller passes none then). Edits the copy in place; `headline` is the copy's headline element.
 */
export function clearCommentWords(headline: Element | undefined): void {
  // Up to the page's body, read by tag: a copied node's ownerDocument may still be the page it was copied from.
  for (
    let element = headline?.parentElement;
    element && !PAGE_ROOTS.has(element.tagName.toUpperCase());
    element = element.parentElement
  ) {
    if (COMMENT_WORD.test(element.id)) element.removeAttribute('id');
    dropClassNames(element, (name) => COMMENT_WORD.test(name));
  }
}
