import { unspaced } from './text-of';
import { isPhrasing } from './phrasing-tags';

/**
 * A link into a tag or topic archive, by its address as blog and news platforms build it: WordPress `/tag/<slug>/`
 * and `/category/<slug>/`, Eleventy and Hugo `/tags/<slug>/`, news sites' `/topic/<slug>` and `/topics/<slug>`,
 * Blogger's `/search/label/<name>`. The archive's slug is the address's last part (an article under `/topics/` has more
 * after it).
 */
const ARCHIVE_PATH = /\/(?:tags?|topics?|categor(?:y|ies)|search\/label)\/[^/?#]+\/?(?:[?#].*)?$/i;
/** A row of tags has at least this many links: one alone may be a kicker or a link of the story's own. */
const MIN_LINKS = 2;
/** A tag is a word or a short phrase: a longer link text is a headline or a sentence (characters, spaces not counted). */
const MAX_TAG_CHARS = 40;
/** A tag chip wraps its link this deep at most (`<li><span><a>`). */
const MAX_CHIP_DEPTH = 2;
/** The separators a row prints between its tags ("·", "|", ",", "#"), which are no words. */
const SEPARATORS = /[\s,|·•/#]+/gu;

/** True for a link into a tag or topic archive (`rel="tag"`, or its address; see `ARCHIVE_PATH`). */
export function isArchiveLink(link: Element): boolean {
  if ((link.getAttribute('rel') ?? '').split(/\s+/).includes('tag')) return true;
  return ARCHIVE_PATH.test(link.getAttribute('href') ?? '');
}

/**
 * True for a block whose only text is two or more short links into the site's tag or topic archives (a post's tags
 * as pills under its headline, `sl-tag` chips, a topic row under the story), whatever its names say: on a page whose
 * class names are hashed, the links' addresses still tell. A sentence with a tag link in it has words besides its
 * links, and a list of headlines links to articles, not archives.
 */
export function isTagLinkRow(element: Element): boolean {
  // Inline elements are no row: a span holding a post's categories sits in a line that goes on around it ("In
  // <span>News, Local</span> | 1 Comment"), which the line rules read whole.
  if (isPhrasing(element) || element.childElementCount < MIN_LINKS) return false;
  // Each child is a link or a chip holding one (`<sl-tag><a>`, `<li><a>`): the walk is over the row's children only,
  // as every block of the page is asked.
  let linkText = '';
  for (const child of element.children) {
    const link = linkOf(child);
    const text = link ? unspaced(link.textContent) : '';
    if (!link || !isArchiveLink(link) || text.length === 0 || text.length > MAX_TAG_CHARS) return false;
    linkText += text;
  }
  return (element.textContent ?? '').replace(SEPARATORS, '') === linkText.replace(SEPARATORS, '');
}

/** The link a row's child is, or holds as its one element (through one wrapper at most: `<li><span><a>`). */
function linkOf(child: Element): Element | undefined {
  let at: Element | null = child;
  for (let depth = 0; at && depth <= MAX_CHIP_DEPTH; depth++) {
    if (at.tagName.toUpperCase() === 'A') return at;
    at = at.childElementCount === 1 ? at.firstElementChild : null;
  }
  return undefined;
}
