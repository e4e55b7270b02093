/**
 * What wiki engines write around and into a page's own text, named by the engines' own class names and ids, which
 * are the same on every site they run (Wikipedia and Wikinews, Fandom and Miraheze, company and club wikis):
 *
 * - MediaWiki (all skins): the section edit links glued to every heading ("[edit]", "[Bearbeiten]",
 *   `span.mw-editsection`), the tagline under the title ("From Wikinews, the free news source you can write!",
 *   `#siteSub`), the skip links (`a.mw-jump-link`: "Jump to content", "Zur Navigation springen"), and inside the
 *   parsed text (`.mw-parser-output`) the blocks the wiki itself marks as not to print (`.noprint`: notice boxes such
 *   as "This article features breaking news", "Have an opinion on this story?", related-article and share boxes), the
 *   infobox table beside the lede (`table.infobox`: labelled facts, not prose) and navigation boxes (`.navbox`), the
 *   table of contents (`.toc`, and the MinervaNeue mobile skin's empty `.toc-mobile` "Contents" heading), and the
 *   subtitle over the text (`#mw-content-subtitle`: the trail of parent pages of a subpage, "Redirected from …").
 * - DokuWiki: the page id over the text (`.pageId`: "news:2026:harvest_show_results"), the section edit buttons
 *   (`.secedit`), the "Last modified: … by …" line under it (`.docInfo`) and its footnotes block (`.footnotes`, which
 *   Readability splits into a bare mark and a bare note).
 * - Confluence: the attachments banner and the "Created by …, last modified by … on …" line over the page
 *   (`.page-metadata-banner`, `.page-metadata`, on a page whose body is `#com-atlassian-confluence`), and the side
 *   cell of a page layout (`.columnLayout .cell.aside`: the panel of dates or contacts beside the text).
 * - XWiki (page `#xwikimaincontainer`): the "Last modified by … on …" line under the title (`#document-info`), the
 *   "Tags: …" and "Created by … on …" footer under the text (`#xdocFooter`), and the floating box beside the text
 *   (`.floatinginfobox`, where XWiki pages put their table of contents or a "see also" note).
 * - Wiki.js 2: the column of cards beside the text (`.page-col-sd`: "Last edited by", "On This Page", tags, the
 *   comment and share buttons).
 *
 * Each is scoped to its engine's own markup, so a news site's `noprint` share row or `infobox` fact box is left to
 * the furniture rules.
 */
export const WIKI_CHROME = [
  '.mw-editsection',
  '#siteSub',
  'a.mw-jump-link',
  '.mw-parser-output .noprint',
  '.mw-parser-output table.infobox',
  '.mw-parser-output .navbox',
  '.dokuwiki .pageId',
  '.dokuwiki .secedit',
  '.dokuwiki .docInfo',
  '.dokuwiki .footnotes',
  '#com-atlassian-confluence .page-metadata-banner',
  '#com-atlassian-confluence .page-metadata',
  '#com-atlassian-confluence .columnLayout .cell.aside',
  '.mw-parser-output .toc',
  '.mw-parser-output .toc-mobile',
  '#mw-content-subtitle',
  '#xwikimaincontainer #document-info',
  '#xwikimaincontainer #xdocFooter',
  '#xwikimaincontainer .floatinginfobox',
  '.page-col-sd',
].join(', ');

/**
 * The class names and ids `WIKI_CHROME`'s elements carry themselves: an element with none of them is not matched
 * against its selectors, as most elements of most pages are not (the test runs for every block).
 */
const CHROME_CLASSES = new Set([
  'mw-editsection',
  'mw-jump-link',
  'noprint',
  'infobox',
  'navbox',
  'pageId',
  'secedit',
  'docInfo',
  'footnotes',
  'page-metadata-banner',
  'page-metadata',
  'aside',
  'toc',
  'toc-mobile',
  'floatinginfobox',
  'page-col-sd',
]);
const CHROME_IDS = new Set(['siteSub', 'mw-content-subtitle', 'document-info', 'xdocFooter']);

/**
 * The elements that hold an engine's markup (MediaWiki's parsed text, skin and edit links, DokuWiki's page,
 * Confluence's body and its column layouts, MediaWiki 1.43's heading wrappers, XWiki's page, Wiki.js's side column): a
 * page with none of them has no wiki chrome to clear.
 */
export const WIKI_ROOTS =
  '.mw-parser-output, .mw-editsection, #siteSub, a.mw-jump-link, .mw-heading, #mw-content-subtitle, .dokuwiki, ' +
  '#com-atlassian-confluence, .columnLayout, #xwikimaincontainer, .page-col-sd';

/** True for an element a wiki engine writes around the page's own text (see `WIKI_CHROME`). */
export function isWikiChrome(element: Element): boolean {
  return (CHROME_IDS.has(element.id) || hasChromeClass(element)) && element.matches(WIKI_CHROME);
}

/** Whether one of `element`'s classes is a `CHROME_CLASSES` name: a loop over the list, not a copy of it per block. */
function hasChromeClass(element: Element): boolean {
  for (const name of element.classList) if (CHROME_CLASSES.has(name)) return true;
  return false;
}
