import { foldWords } from '../text/fold-words';
import { ownText } from './has-own-text';
import { isHiddenByMarkup } from './is-hidden-by-markup';

/** A declared headline shorter than this (characters, folded) could be a section label the page repeats anywhere. */
const MIN_HEADLINE_CHARS = 10;
/**
 * Where the declared headline's words are no headline: a link to the page (breadcrumbs, a "you are here" list), a
 * button or form label, navigation, and what is never shown.
 */
const NOT_HEADLINE = 'a, button, label, option, nav, li, script, style, noscript, template, title';
/**
 * A class naming the block as the title (`headline`, `page-title`): a document or e-mail published as a page shows its
 * file name or subject line (the declared title) in a plain block over the story's own first line, its real title.
 */
const TITLE_CLASS = /(?:^|[\s_-])(?:headline|title)(?:$|[\s_-])/i;

/** True for an element named as a title by its class, its ARIA role or its own (custom element's) tag name. */
const namedTitle = (element: Element): boolean =>
  TITLE_CLASS.test(element.getAttribute('class') ?? '') ||
  element.getAttribute('role') === 'heading' ||
  (element.localName.includes('-') && TITLE_CLASS.test(element.localName));

/**
 * The element showing the page's declared headline (`og:title`, JSON-LD) in its own text when no heading does: Wiki.js
 * sets a page's title in `div.headline` over its description, with no `<h1>` on the page, as single-page apps and
 * some CMS templates set a title in a styled `<div>` or `<span>`. The first such element in the body, its own words
 * the headline's word for word (case and punctuation aside), named as a title by its class (see `TITLE_CLASS`), not
 * hidden; none inside links, navigation and controls.
 * The `<title>` must name the declared headline too: a blog's `og:title` may be the site's tagline, which the page
 * keeps in a hidden block.
 */
export function findTextHeadline(doc: Document, declared: string | undefined): Element | undefined {
  const wanted = foldWords(declared ?? '');
  if (wanted.length < MIN_HEADLINE_CHARS || !doc.body) return undefined;
  const title = foldWords(doc.querySelector('title')?.textContent ?? '');
  if (!` ${title} `.includes(` ${wanted} `)) return undefined;
  for (const element of doc.body.querySelectorAll('*')) {
    if (!namedTitle(element) || foldWords(ownText(element)) !== wanted) continue;
    if (element.closest(NOT_HEADLINE) === null && !isHiddenByMarkup(element)) return element;
  }
  return undefined;
}
