import { textWithin } from './text-within';

/** A site's masthead is its name, a menu and a few buttons: past this many characters it holds more. */
const MAX_MASTHEAD_CHARS = 600;

/**
 * True for the site's masthead, whatever its class names: a `<header>` element holding the site's menu (a `<nav>` or
 * an element with `role="navigation"`) and no `<h1>`, or the ARIA `banner` landmark, which is the site's header by
 * definition; short ("Jeune Afrique" / menu / "Je m'abonne" / "Connexion"). Readability keeps such a header when it
 * widens to the page's whole body, and the menu's links go but the site's name and its buttons stay. The header of the
 * story itself holds its headline, and a post's header in a stream holds no menu.
 */
export function isMasthead(element: Element): boolean {
  const banner = element.getAttribute('role')?.toLowerCase() === 'banner';
  if (!banner && element.tagName.toUpperCase() !== 'HEADER') return false;
  if (element.getElementsByTagName('h1').length > 0) return false;
  if (!banner && element.querySelector('nav, [role="navigation"]') === null) return false;
  return textWithin(element, MAX_MASTHEAD_CHARS) !== undefined;
}
