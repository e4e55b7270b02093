/**
 * Name parts Readability takes for "unlikely content" and drops with everything inside, when the name has no word
 * such as "article", "content" or "main" to save it: comment sections, sidebars, footers, social and sponsor boxes,
 * related lists, pop-ups. "header" is left (a header block holding the headline is read as the header), and so is
 * "menu": on the Dragnet dev pages only a broken page's unclosed `div.menu-container` held a headline, and clearing it
 * let that page's meta row into the story.
 */
const UNLIKELY_WORD =
  /comment|communit|disqus|remark|replies|shoutbox|sidebar|footer|extra|supplement|social|sponsor|related|banner|popup|pager|paginat|breadcrumb|legends|combx|rss|skyscraper|gdpr|agegate/i;
const SPACES = /\s+/;
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
  // Up to the page's body, read by tag: a copied node's ownerDocument may still be the page it was copied from.
  for (
    let element = headline?.parentElement;
    element && !PAGE_ROOTS.has(element.tagName.toUpperCase());
    element = element.parentElement
  ) {
    if (UNLIKELY_WORD.test(element.id)) element.removeAttribute('id');
    const names = (element.getAttribute('class') ?? '').split(SPACES);
    const kept = names.filter((name) => !UNLIKELY_WORD.test(name));
    if (kept.length !== names.length) element.setAttribute('class', kept.join(' '));
  }
}
