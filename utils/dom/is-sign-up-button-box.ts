import { hostOf, pageHost } from './page-host';
import { textOf } from './text-of';
import { textWithin } from './text-within';

/** A call-to-action box is a heading, a line or two and its button: more text than this (characters) is prose. */
const MAX_BOX_CHARS = 400;
/** Blocks that hold a box; a paragraph is a line of the story, which the line rules judge. */
const BOX_TAGS = new Set(['DIV', 'SECTION', 'ASIDE']);
/** The box's text is a line or two under its heading: more paragraphs are a section of the story. */
const MAX_PARAGRAPHS = 2;
/** A button is a few words ("Sign me up", "Become a supporter"). Characters. */
const MAX_BUTTON_CHARS = 40;
/**
 * The first part of the path of a site's own sign-up and reader-revenue pages, as WordPress and most news CMSs name
 * them: `/newsletter/`, `/newsletters/`, `/subscribe/`, `/donate/`, `/support/`, `/membership/`, `/join/`, `/give/`.
 */
const SIGN_UP_PATH =
  /^\/(?:newsletters?|subscribe|subscriptions?|donate|donations?|support(?:-us)?|membership|members|join(?:-us)?|become-a-(?:member|supporter)|give|contribute)(?:[/?#]|$)/i;
/** The path (with its query) of an absolute address: what follows its host. */
const PATH_OF = /^(?:[a-z][a-z\d+.-]*:)?\/\/[^/?#]+(.*)$/i;

/**
 * The path of `href` when it points into the site itself (a path, or an address on the page's own host); undefined
 * for another site's address (a charity's donation page the story sends readers to).
 */
function ownPath(href: string, host: () => string | undefined): string | undefined {
  const address = href.trim();
  if (address.startsWith('/') && !address.startsWith('//')) return address;
  const linkHost = hostOf(address);
  if (linkHost === undefined || linkHost !== host()) return undefined;
  return PATH_OF.exec(address)?.[1] || '/';
}

/**
 * True for a site's own sign-up or reader-revenue box inside the story, whatever its words: a short block (a `<div>`,
 * `<section>` or `<aside>` of at most 400 characters and two paragraphs) with a heading of its own ("Get the Tidewater
 * letter", "Back grassroots sport"), a line or two, and a button (a link that is the whole text of its line) into the
 * site's newsletter, subscription, donation or membership page, every link of the box going there. Block themes and
 * block plugins build these from a group, a heading and a buttons block (an Ollie card, a Spectra info box), their
 * class names saying nothing, and their words need not say "newsletter" or "journalism". A section of the story
 * linking to such a page does so inside a sentence; a box sending readers to another site (a charity's appeal the
 * story reports on) is the story's.
 */
export function isSignUpButtonBox(element: Element): boolean {
  if (!BOX_TAGS.has(element.tagName.toUpperCase())) return false;
  if (textWithin(element, MAX_BOX_CHARS) === undefined) return false;
  if (element.querySelector('h2, h3, h4, h5, h6') === null) return false;
  if (element.getElementsByTagName('p').length > MAX_PARAGRAPHS) return false;
  const links = [...element.querySelectorAll('a[href]')];
  if (links.length === 0) return false;
  let host: string | undefined | null = null;
  const hostOnce = (): string | undefined => {
    if (host === null) host = pageHost(element.ownerDocument);
    return host;
  };
  let button = false;
  for (const link of links) {
    const path = ownPath(link.getAttribute('href') ?? '', hostOnce);
    if (path === undefined || !SIGN_UP_PATH.test(path)) return false;
    const words = textOf(link);
    const line = link.parentElement ? textOf(link.parentElement) : '';
    if (words.length > 0 && words.length <= MAX_BUTTON_CHARS && line === words) button = true;
  }
  return button;
}
