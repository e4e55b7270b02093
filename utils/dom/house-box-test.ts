import { siteNameOf } from './site-name-test';
import { textOf } from './text-of';

/** The label of a house box's closing link: "Learn more", "Find out more", "More about us", "About us". */
const ABOUT_LABEL =
  /^(?:learn more|find out more|more about us|about us)(?: about (?:us|[\p{L}\p{N}&.'’ -]{2,30}))?$/iu;
/**
 * A closing "here" link and the prompt before it, as a site's ad for its own event or offer ends: "The Next Web's
 * conference is just a few months away. Find out all about our tracks here.", "Learn more about membership here".
 */
const HERE_LABEL = /^here$/i;
const HERE_PROMPT = /\b(?:find out|learn)(?: (?:all|more))? about\b[^.!?]{0,80}$/iu;
/** What may follow the closing link: the full stop of its sentence. */
const CLOSING_STOP = /^[.!…]$/u;
/** A house box is a sentence or two about the site (characters); more is a section of the story about it. */
const MAX_BOX_CHARS = 300;
/** The story's own containers: never a box, and the walk up stops there. */
const STOP_TAGS = new Set(['ARTICLE', 'MAIN', 'BODY', 'HTML']);
/** Blocks a house box is built as; a paragraph holding the link is the story's own line. */
const BOX_TAGS = new Set(['DIV', 'SECTION', 'ASIDE']);

/** True when `link` is the last text of `box` (nothing but space after it). */
function endsWith(box: Element, link: Element): boolean {
  for (let at: Element | null = link; at && at !== box; at = at.parentElement) {
    for (let node = at.nextSibling; node; node = node.nextSibling) {
      const text = textOf(node);
      if (text.length > 0 && !CLOSING_STOP.test(text)) return false;
    }
  }
  return true;
}

/** The text before `link` in its parent block. */
function textBefore(link: Element): string {
  let text = '';
  for (let node = link.previousSibling; node; node = node.previousSibling) text = `${textOf(node)} ${text}`;
  return text.trim();
}

/** A house box's closing link: "Learn more" alone, or "here" closing a "Find out all about … here" prompt. */
function isClosingLink(link: Element): boolean {
  const label = textOf(link);
  return ABOUT_LABEL.test(label) || (HERE_LABEL.test(label) && HERE_PROMPT.test(textBefore(link)));
}

/**
 * A test for elements of `doc` that are a house box: a short block in the story about the site itself, naming it
 * ("Lifehacker has been a go-to source of tech help since 2005. Our mission is …") and closing on a lone "Learn more"
 * link, or on a "Find out all about … here" prompt (a site's ad for its own conference), as templates whose class
 * names say nothing (utility classes) set their mission or membership boxes. The box is the largest such block above
 * the link; found once, so each test is a set lookup. A page without a declared site name has none. `site` is the
 * name when the caller has read it already.
 */
export function houseBoxTest(doc: Document, site = siteNameOf(doc)): (element: Element) => boolean {
  const boxes = new Set<Element>();
  if (site === undefined) return () => false;
  for (const link of doc.getElementsByTagName('a')) {
    if (!isClosingLink(link)) continue;
    let top: Element | undefined;
    for (let at = link.parentElement; at && !STOP_TAGS.has(at.tagName.toUpperCase()); at = at.parentElement) {
      const text = textOf(at);
      if (text.length > MAX_BOX_CHARS || !endsWith(at, link)) break;
      if (BOX_TAGS.has(at.tagName.toUpperCase()) && text.toLowerCase().includes(site)) top = at;
    }
    // The box says something besides its link: a lone "About us" link is a menu item, left to the link rules.
    if (top && textOf(top).length > textOf(link).length + site.length) boxes.add(top);
  }
  return (element) => boxes.has(element);
}
