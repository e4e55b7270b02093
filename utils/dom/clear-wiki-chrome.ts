import { dropClassNames } from './drop-class-names';
import { WIKI_CHROME, WIKI_ROOTS } from './is-wiki-chrome';
import { HEADINGS_SELECTOR } from './heading-tags';

/**
 * MediaWiki 1.43 and later wrap each section heading with its edit link in `div.mw-heading`; with the link gone the
 * heading takes the wrapper's place, so the rules that read a heading and the blocks after it (a "Sources" list, a
 * "Related news" list) see them as siblings, as older MediaWiki versions write them.
 */
const HEADING_WRAPPER = 'div.mw-heading';

/**
 * Whether a heading wrapper holds nothing with text besides its heading (the edit link already gone): MobileFrontend's
 * wrapper (the MinervaNeue skin, `div.mw-heading.section-heading`) also holds the empty expand arrow of its collapsible
 * section (`span.indicator`). A wrapper holding other text is left as it is.
 */
const holdsOnly = (wrapper: Element, heading: Element): boolean =>
  (wrapper.textContent ?? '').trim() === (heading.textContent ?? '').trim();

/**
 * Confluence's page layouts name their columns by the layout (`two-right-sidebar`, `two-left-sidebar`,
 * `three-with-sidebars`), not by what they hold: the text's own column carries "sidebar" in its wrapper's class, which
 * Readability weighs down as unlikely content.
 */
const LAYOUT_NAME = /^(?:two-(?:left|right)-sidebar|three-with-sidebars)$/i;
const LAYOUT = '.columnLayout';

/**
 * Takes wiki engines' chrome out of a page copy before Readability reads it, and puts each MediaWiki heading in its
 * wrapper's place, and takes Confluence's layout names off its columns. Confluence's title-built heading ids
 * (`CommunityNewsletterNovember2026-Events`) come off with every heading's slug id, in `clearSlugIds`. Edits `doc` in
 * place; meant for the clone Readability reads.
 */
export function clearWikiChrome(doc: Document): void {
  // Most pages are no wiki's: one query, not three walks of the copy.
  if (doc.querySelector(WIKI_ROOTS) === null) return;
  for (const element of doc.querySelectorAll(WIKI_CHROME)) element.remove();
  for (const wrapper of doc.querySelectorAll(HEADING_WRAPPER)) {
    const heading = wrapper.querySelector(HEADINGS_SELECTOR);
    if (heading && holdsOnly(wrapper, heading)) wrapper.replaceWith(heading);
  }
  for (const layout of doc.querySelectorAll(LAYOUT)) dropClassNames(layout, (name) => LAYOUT_NAME.test(name));
}
