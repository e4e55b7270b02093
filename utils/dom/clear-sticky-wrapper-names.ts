import { dropClassNames } from './drop-class-names';

/**
 * Wrapper classes that sticky-sidebar scripts put inside whichever column the theme makes sticky, the main column as
 * often as the sidebar. The Theia Sticky Sidebar jQuery plugin (bundled by tagDiv's Newspaper, Soledad, JNews, Jannah
 * and many other WordPress themes of 2015-2020) wraps the column's children in `div.theiaStickySidebar`, so on a
 * saved page the whole story, headline and all, sits in a block whose name says "sidebar". The name tells where the
 * box scrolls, not what it holds.
 */
const STICKY_WRAPPER = /^theiaStickySidebar$/;

/**
 * Takes the sticky-sidebar plugin's wrapper class off every element of a page copy before Readability reads it.
 * Readability drops a block named "sidebar" with all inside on its strict first pass, which is the pass the reader
 * trusts at any length: with the story's column wrapped, what was left was a cookie bar, read as the article. The
 * real sidebar keeps its own name (`#sidebar`, `penci-sidebar-right`) on the column around the wrapper. Edits `doc`
 * in place; meant for the clone Readability reads.
 */
export function clearStickyWrapperNames(doc: Document): void {
  for (const element of doc.querySelectorAll('[class*="StickySidebar"]')) {
    dropClassNames(element, (name) => STICKY_WRAPPER.test(name));
  }
}
