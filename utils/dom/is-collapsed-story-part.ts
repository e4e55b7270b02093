import { continuesStoryParagraphs } from './continues-story-paragraphs';
import { isHiddenByMarkup, showHiddenByMarkup } from './is-hidden-by-markup';
import { isHiddenDropCap } from './is-hidden-drop-cap';
import { isHiddenTranslation } from './is-hidden-translation';
import { linkShare } from './link-text';
import { textOf } from './text-of';
import { proseParagraphs } from './prose-paragraphs';

/**
 * A toggle that names the element it shows: the WAI-ARIA disclosure and accordion patterns (`aria-controls`), and the
 * data attributes jQuery/Bootstrap-style expanders use (`data-target`, `data-toggle`, `href="#rest"`). Mobile editions
 * and app views of news sites ship the whole story and collapse its second half behind such a toggle ("Continue
 * reading", "Lire la suite", "Toque para ler a matéria completa"): the hidden part is the story, not furniture.
 */
const TOGGLE_ATTRIBUTES = ['aria-controls', 'data-target', 'data-toggle', 'data-bs-target', 'href'] as const;

/** A collapsed part holds at least this much paragraph text: a menu, share sheet or link list holds short items. */
const MIN_PROSE_CHARS = 120;
/** At most this share of a collapsed part's text is link text (a drawer menu or related list is nearly all links). */
const MAX_LINK_SHARE = 0.3;

/** True when a toggle on the page names the element's id. */
function hasNamingToggle(element: Element): boolean {
  const id = element.getAttribute('id');
  if (!id) return false;
  const doc = element.ownerDocument;
  for (const toggle of doc.querySelectorAll('button, a, [role="button"]')) {
    for (const name of TOGGLE_ATTRIBUTES) {
      const value = toggle.getAttribute(name);
      if (value === null) continue;
      if (value.split(/\s+/).some((part) => part.replace(/^#/, '') === id)) return true;
    }
  }
  return false;
}

/** A heading, as the WAI-ARIA accordion pattern wraps each panel's toggle in one. */
const HEADING = /^H[2-6]$/i;
/** A toggle that shows its panel when pressed: collapsed now. */
const COLLAPSED_TOGGLE = 'button[aria-expanded="false"], [role="button"][aria-expanded="false"]';
/** A toggle of the ARIA patterns, collapsed or open: an accordion's first item is often open. */
const ARIA_TOGGLE = 'button[aria-expanded], [role="button"][aria-expanded]';
/**
 * An accordion has at least this many items, each a head holding only its toggle over a panel: a single toggle over a
 * hidden box ("How we did this") is a boxed note.
 */
const MIN_ACCORDION_ITEMS = 2;

/** True when `head` holds only an ARIA toggle. */
function isToggleHead(head: Element | null, toggleSelector: string): boolean {
  const toggle = head?.querySelector(toggleSelector);
  return !!head && !!toggle && textOf(toggle) === textOf(head);
}

/**
 * True when `head` opens an item of an accordion whose heads are styled blocks rather than headings (a `div` around
 * the toggle, as app views and page builders set them): at least `MIN_ACCORDION_ITEMS` of its item's siblings open on
 * a head holding only its toggle.
 */
function opensAccordionItem(head: Element): boolean {
  const item = head.parentElement;
  if (!item || item.firstElementChild !== head) return false;
  let items = 0;
  for (const sibling of item.parentElement?.children ?? []) {
    if (isToggleHead(sibling.firstElementChild, ARIA_TOGGLE) && ++items >= MIN_ACCORDION_ITEMS) return true;
  }
  return false;
}

/**
 * True when the element right before it is an accordion heading holding only its collapsed toggle
 * (`<h2><button aria-expanded="false">Question?</button></h2>`), the panel under it hidden until pressed, or the same
 * head set as a styled block in an accordion of such items. A bare button over a hidden box ("How we did this",
 * "Methodology") is a boxed note, not a section of the story: not matched, nor a lone block around one.
 */
function followsCollapsedToggle(element: Element): boolean {
  const previous = element.previousElementSibling;
  if (!previous || !isToggleHead(previous, COLLAPSED_TOGGLE)) return false;
  return HEADING.test(previous.tagName) || opensAccordionItem(previous);
}

/** True when the element holds story prose (`<p>`s or runs set with `<br>`), enough of it, little of it link text. */
export function holdsProse(element: Element): boolean {
  let prose = 0;
  for (const { text } of proseParagraphs(element)) prose += text.length;
  return prose >= MIN_PROSE_CHARS && linkShare(element) <= MAX_LINK_SHARE;
}

/**
 * True for a part of the story the page has collapsed behind a toggle (hidden until "Continue reading" or an accordion
 * question is pressed): hidden by markup, named by a toggle or right under a collapsed one (or under a bare button, its
 * paragraphs styled as the story's above it), and holding prose. A reader on the page reads it by pressing the toggle;
 * a hidden menu or share sheet holds links, not prose.
 */
export function isCollapsedStoryPart(element: Element): boolean {
  // Cheapest first: the toggle search reads every button and link of the page, so it runs only for hidden prose.
  if (!isHiddenByMarkup(element) || !holdsProse(element)) return false;
  // A translation behind a language toggle ("Read this article in English") is not the story the reader sees.
  if (isHiddenTranslation(element)) return false;
  return followsCollapsedToggle(element) || continuesStoryParagraphs(element) || hasNamingToggle(element);
}

/**
 * Shows the collapsed story parts in a copy of the page before Readability reads it: Readability drops hidden
 * elements, and with them the second half of a mobile story or an accordion's answers, or the first letter of a
 * story whose drop cap is hidden from screen readers.
 */
export function revealCollapsedStoryParts(root: ParentNode): void {
  for (const element of [...root.querySelectorAll('[hidden], [aria-hidden="true"], [style]')]) {
    if (isCollapsedStoryPart(element) || isHiddenDropCap(element)) showHiddenByMarkup(element);
  }
}
