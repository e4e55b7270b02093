import { textOf } from './text-of';

/** A toggle is a few words ("Lire la suite", "Continue reading", "Show full article"). Characters. */
const MAX_TOGGLE_CHARS = 40;
/** The toggle's box holds the button and perhaps a fade, no prose of its own. Characters. */
const MAX_TOGGLE_BOX_CHARS = 60;
const TOGGLES = 'button, [role="button"]';

/** True when the element is a button, or a small box holding one (`<div><div class="fade"></div><button>…`). */
function isToggleBox(element: Element): boolean {
  if (textOf(element).length > MAX_TOGGLE_BOX_CHARS) return false;
  const toggle = element.matches(TOGGLES) ? element : element.querySelector(TOGGLES);
  if (!toggle) return false;
  const words = textOf(toggle);
  return words.length > 0 && words.length <= MAX_TOGGLE_CHARS;
}

/** True when a paragraph before the element, in the same block, has the given class. */
function hasShownSiblingParagraph(element: Element, className: string): boolean {
  for (let at = element.previousElementSibling; at; at = at.previousElementSibling) {
    if (at.tagName.toUpperCase() === 'P' && at.getAttribute('class') === className) return true;
  }
  return false;
}

/**
 * True when a hidden element continues the story shown above it: a button sits right before it (a "Lire la suite" or
 * "Continue reading" toggle whose script opens it, with no attribute naming it: CSS-in-JS and app builds wire the
 * toggle in code), and its paragraphs are styled as the story's paragraphs above the button, with the same class
 * (`p.paragraph` on both sides, or the same generated token). A hidden box of another kind (a share sheet, a
 * "Methodology" note in its own style, a sign-up form) does not share the story's paragraph class; paragraphs with
 * no class say nothing and are not matched.
 */
export function continuesStoryParagraphs(element: Element): boolean {
  const toggle = element.previousElementSibling;
  if (!toggle || !isToggleBox(toggle)) return false;
  const paragraph = element.querySelector('p[class]');
  const className = paragraph?.getAttribute('class');
  if (!className?.trim()) return false;
  return hasShownSiblingParagraph(toggle, className);
}
