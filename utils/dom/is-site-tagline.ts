import { isLogoHeading } from './is-logo-heading';
import { textOf } from './text-of';

/**
 * A site's tagline is a line or two, with the praise quotes some blogs print under it (a dozen lines): past this many
 * characters (spaces squeezed) the block holds more than the site's motto.
 */
const MAX_TAGLINE_CHARS = 1500;
/** How a page's `<title>` joins the site's name to the story's ("Site: Story", "Story - Site", "Story | Site"). */
const TITLE_SEPARATOR = /\s+[|·•–—-]\s+|:\s+/u;
/** The tags a template prints the site's name in over its tagline (WordPress prints a `p.site-title` on posts). */
const NAME_TAGS = new Set(['H1', 'H2', 'P', 'DIV']);
/** The blocks a tagline is printed in. */
const TAGLINE_TAGS = new Set(['P', 'DIV', 'H2', 'H3', 'H4', 'SPAN']);
const SPACES = /\s+/g;

/** Names are compared on one line and lower-cased: the page's `<title>` so, and an element's line (`textOf`). */
const squeezed = (text: string): string => text.replace(SPACES, ' ').trim().toLowerCase();
const lineOf = (node: Node): string => textOf(node).toLowerCase();

/** The parts of the page's `<title>` a site's name may be: its first and its last. */
function titleEnds(doc: Document): Set<string> {
  const parts = squeezed(doc.title).split(TITLE_SEPARATOR);
  return new Set(parts.length > 1 ? [parts[0] ?? '', parts[parts.length - 1] ?? ''] : []);
}

/** True for a link to the site's front page ("/" or the host's root), as a logo's or a site name's link is. */
function linksHome(link: Element, doc: Document): boolean {
  const href = link.getAttribute('href')?.trim();
  if (!href) return false;
  if (href === '/') return true;
  try {
    const url = new URL(href, doc.URL && !doc.URL.startsWith('about:') ? doc.URL : undefined);
    return (url.pathname === '/' || url.pathname === '') && url.search === '' && url.hash === '';
  } catch {
    return false;
  }
}

/**
 * True for the block printing the site's name: named as the logo (`isLogoHeading`), holding only a link to the front
 * page (the name or the logo's picture), or saying one end of the page's `<title>` ("Schneier on Security" of
 * "Schneier on Security: Micromorts"), when that is not the story's headline.
 */
function isSiteName(element: Element, headlineText: string): boolean {
  if (!NAME_TAGS.has(element.tagName.toUpperCase())) return false;
  if (isLogoHeading(element)) return true;
  const text = lineOf(element);
  const links = element.querySelectorAll('a[href]');
  const link = links[0];
  if (links.length === 1 && link && lineOf(link) === text && linksHome(link, element.ownerDocument)) return true;
  return text.length > 0 && text !== headlineText && titleEnds(element.ownerDocument).has(text);
}

/**
 * True for a site's tagline: the block printed right under the site's name (`isSiteName`), above the story's
 * headline ("A blog covering security and security technology.", a blog's motto and the praise it quotes). Blog
 * templates print it on every page, and Readability keeps it when it keeps the page's column with the post: it is the
 * site's, not the story's first paragraph. Only a block above the headline is read so, never the story's own text.
 */
export function isSiteTagline(element: Element, headline: Element | undefined): boolean {
  if (!headline || !TAGLINE_TAGS.has(element.tagName.toUpperCase())) return false;
  // Above the headline only: `DOCUMENT_POSITION_FOLLOWING` (4) says the headline comes after the block.
  if (element.contains(headline) || (element.compareDocumentPosition(headline) & 4) === 0) return false;
  const name = element.previousElementSibling;
  if (!name || name.contains(headline)) return false;
  const text = lineOf(element);
  if (text.length === 0 || text.length > MAX_TAGLINE_CHARS) return false;
  return isSiteName(name, lineOf(headline));
}
