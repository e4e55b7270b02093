import { dropClassNames } from './drop-class-names';
import { holdsProse } from './is-collapsed-story-part';
import { NEGATIVE_NAME, UNLIKELY_NAME } from './readability-names';
import { textOf } from './text-of';

/**
 * A class name of an accordion block or of one of its parts, as block plugins and CMS accordions name them: Kadence's
 * `kt-accordion-wrap`, `kt-accordion-header-wrap`, `kt-accordion-panel-hidden` and `kt-pane-header-alignment-left`,
 * `gb-accordion__toggle`, `uagb-faq-item`, Bootstrap's `accordion-header`.
 */
const ACCORDION_PART = /accordion|faq|(?:^|[-_])pane/i;
/** An accordion block, by its class (`wp-block-kadence-accordion`, `accordion`, `schema-faq`). */
const ACCORDION = '[class*="accordion" i], [class*="faq" i]';
/** A question on its toggle button is a line, at most this long (characters); a longer button is no question. */
const MAX_QUESTION_CHARS = 200;

/** The page's own containers: a page named for its FAQ (`body.page-faq`) is no accordion in the story. */
const PAGE_TAGS = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE']);

/** True for a block holding the page, not a part of its story: a page container, or one holding the headline. */
const isPageWide = (element: Element): boolean =>
  PAGE_TAGS.has(element.tagName.toUpperCase()) || element.querySelector('h1') !== null;

/** True when a class name of the accordion is one Readability drops or weighs down ("header", "hidden"). */
function readsAsFurniture(name: string): boolean {
  return ACCORDION_PART.test(name) && (UNLIKELY_NAME?.test(name) === true || NEGATIVE_NAME?.test(name) === true);
}

/**
 * Opens the accordions of the story that hold prose, in Readability's copy: an explainer's "Your questions, answered"
 * block or a story's collapsible sections, each question on a toggle button over its answer panel. Block plugins
 * name the parts for what they are to the accordion, and Readability reads those names as a page's furniture: it
 * dropped Kadence's whole accordion for `kt-pane-header-alignment-left` (an alignment setting holding "header"), each
 * question's `kt-accordion-header-wrap`, and weighed the answers down for `kt-accordion-panel-hidden` (hidden until
 * pressed, by the plugin's script). It also drops every `<button>`, and the question with it. So, in an accordion
 * whose answers are prose (a menu or a link list collapsed the same way holds none), the accordion's own part names
 * that read as furniture are taken off, and each toggle button that is its whole line gives way to its text. Edits
 * the copy in place.
 */
export function openProseAccordions(root: ParentNode): void {
  let opened: Element | undefined;
  for (const accordion of root.querySelectorAll(ACCORDION)) {
    // In document order, so the outermost accordion holding prose comes first; its inner parts are reached from it.
    if (opened?.contains(accordion) || isPageWide(accordion) || !holdsProse(accordion)) continue;
    opened = accordion;
    for (const part of [accordion, ...accordion.querySelectorAll('[class]')]) dropClassNames(part, readsAsFurniture);
    for (const button of [...accordion.querySelectorAll('button')]) {
      const line = button.parentElement;
      const question = textOf(button);
      if (!line || question.length === 0 || question.length > MAX_QUESTION_CHARS || textOf(line) !== question) continue;
      while (button.firstChild) line.insertBefore(button.firstChild, button);
      button.remove();
    }
  }
}
