import { lineWithin } from './text-within';
import { isHeadingElement } from './heading-tags';

/** MediaWiki 1.43 and later wrap a section heading and its edit link in this block (`div.mw-heading > h2`). */
const WRAPPER_CLASS = 'mw-heading';
/**
 * MediaWiki's section edit link, in or beside every section heading ("[edit]", "[Bearbeiten]"): a child of the heading
 * in the legacy skins (`h2 > span.mw-editsection`), beside it in 1.43's wrapper.
 */
const EDIT_LINK_CLASS = 'mw-editsection';

/** The heading's own edit link, if any: one of its children (a class test, as this runs for every paragraph). */
const editLinkOf = (heading: Element): Element | undefined =>
  [...heading.children].find((child) => child.classList.contains(EDIT_LINK_CLASS));

/**
 * The section heading a MediaWiki heading wrapper holds, or the element itself: the rules that read a heading and
 * the blocks after it meet the wrapper as the block before those blocks.
 */
export function unwrapMediaWikiHeading(element: Element): Element {
  if (!element.classList.contains(WRAPPER_CLASS)) return element;
  for (const child of element.children) if (isHeadingElement(child)) return child;
  return element;
}

/**
 * The block before `element`: its previous sibling, or for the first block of a `<section>`, the block before that
 * section. MediaWiki's mobile skin (MobileFrontend, on MinervaNeue) puts each section's blocks in a collapsible
 * `<section>` after its heading, so a "See also" list there has no sibling before it.
 */
export function blockBefore(element: Element): Element | null {
  const before = element.previousElementSibling;
  if (before) return before;
  const parent = element.parentElement;
  return parent?.tagName.toUpperCase() === 'SECTION' ? parent.previousElementSibling : null;
}

/** A heading's child elements besides MediaWiki's edit link (the legacy skins put it inside the heading). */
export function childrenBesideEditLink(heading: Element): number {
  let count = 0;
  for (const child of heading.children) if (!child.classList.contains(EDIT_LINK_CLASS)) count++;
  return count;
}

/**
 * A heading's text as one line, without MediaWiki's edit link glued to its end ("Sources[edit]" → "Sources"), or
 * undefined past `maxChars` (the link's text not counted).
 */
export function headingLineWithin(heading: Element, maxChars: number): string | undefined {
  const link = heading.childElementCount > 0 ? editLinkOf(heading) : undefined;
  const linkText = link ? (lineWithin(link, maxChars) ?? '') : '';
  const line = lineWithin(heading, maxChars + linkText.length);
  if (line === undefined) return undefined;
  return linkText.length > 0 && line.endsWith(linkText) ? line.slice(0, -linkText.length).trim() : line;
}
