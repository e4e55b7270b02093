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
/**
 * A title closing on the site's name after a separator: the last " - ", " | ", " – ", " — ", " :: " or " » ", and a
 * name of at most five words after it. Group 1 is the title before it.
 */
const SITE_NAME_AFTER = /^(.+)\s(?:-|\||–|—|::|»)\s(?:\S+\s){0,4}\S+$/u;
const SPACES = /\s+/g;
/**
 * Tags a template without headings prints the story's title in, with no class naming it: a bold run or a cell of a
 * table layout (vBulletin 3's post title `<strong>`, an old CMS's `<font><b>`).
 */
const TITLE_TAGS = new Set(['STRONG', 'B', 'FONT', 'TD', 'SPAN']);

/** True for an element named as a title by its class, its ARIA role or its own (custom element's) tag name. */
const namedTitle = (element: Element): boolean =>
  TITLE_CLASS.test(element.getAttribute('class') ?? '') ||
  element.getAttribute('role') === 'heading' ||
  (element.localName.includes('-') && TITLE_CLASS.test(element.localName));

/**
 * A title block's words: its own text, or, when it holds nothing but one link, the link's: a post's title links to
 * its own page (`<div class="headline"><a href="…/this-post">Title</a></div>`, as Kinja and WordPress themes print it).
 */
function titleWords(element: Element): string {
  const own = ownText(element);
  const only = element.firstElementChild;
  if (own.trim() || element.childElementCount !== 1 || only?.tagName.toUpperCase() !== 'A') return own;
  return only.textContent ?? '';
}

/**
 * The element showing the page's declared headline (`og:title`, JSON-LD) in its own text when no heading does: Wiki.js
 * sets a page's title in `div.headline` over its description, with no `<h1>` on the page, as single-page apps and
 * some CMS templates set a title in a styled `<div>` or `<span>`. The first such element in the body, its own words
 * the headline's word for word (case and punctuation aside), named as a title by its class, role or tag (see
 * `namedTitle`), or those of the one link it holds (see `titleWords`), not hidden; none inside links, navigation and
 * controls.
 * The `<title>` must name the declared headline too: a blog's `og:title` may be the site's tagline, which the page
 * keeps in a hidden block. When the declared headline is the `<title>` itself, closing on the site's name ("… -
 * CricketPulse Forums"), the last bold run or cell whose own words are the title before that name is the headline in
 * any class: templates without headings (vBulletin 3's thread, an old CMS's table layout) print it so; a block named
 * as a title showing it comes first (a theme's `div.post-title` after a breadcrumb's last `<span>`).
 */
export function findTextHeadline(doc: Document, declared: string | undefined): Element | undefined {
  const wanted = foldWords(declared ?? '');
  if (wanted.length < MIN_HEADLINE_CHARS || !doc.body) return undefined;
  const rawTitle = doc.querySelector('title')?.textContent ?? '';
  const title = foldWords(rawTitle);
  if (!` ${title} `.includes(` ${wanted} `)) return undefined;
  // The `<title>` less the site's name (or names) after it, when the declared headline is that whole title.
  const leadings = wanted === title ? titlesBeforeSiteName(rawTitle) : [];
  let printed: Element | undefined;
  for (const element of doc.body.querySelectorAll('*')) {
    // Cheapest first: most elements are neither named as a title nor a bold run or cell.
    const titled = namedTitle(element);
    const tagged = leadings.length > 0 && TITLE_TAGS.has(element.tagName.toUpperCase());
    if (!titled && !tagged) continue;
    const own = foldWords(titled ? titleWords(element) : ownText(element));
    if (own !== wanted && !leadings.includes(own)) continue;
    if (element.closest(NOT_HEADLINE) !== null || isHiddenByMarkup(element)) continue;
    if (titled) return element;
    // The last: a breadcrumb bar closing on the title (vBulletin's `td.navbar > strong`) comes before the story's own.
    if (tagged && leadings.includes(own)) printed = element;
  }
  return printed;
}

/**
 * How many names a title may close on: the site's, or the site's and its edition's or section's ("… - Xinhua |
 * English.news.cn", "… - Business - Harbour Post").
 */
const MAX_SITE_NAMES = 2;

/**
 * The `<title>`'s words before the site's name, folded, when it closes on one after a separator ("Plains T20 final
 * moved - CricketPulse Forums", "… | Alden County"): a name of a few words, or two such names, each after its own
 * separator ("… - Xinhua | English.news.cn"). Each reading, the shortest last; none for a title without one.
 */
function titlesBeforeSiteName(title: string): string[] {
  const leadings: string[] = [];
  let rest = title.replace(SPACES, ' ').trim();
  for (let names = 0; names < MAX_SITE_NAMES; names++) {
    const before = SITE_NAME_AFTER.exec(rest)?.[1];
    if (before === undefined || foldWords(before).length < MIN_HEADLINE_CHARS) break;
    leadings.push(foldWords(before));
    rest = before;
  }
  return leadings;
}
