import { isDropCapLetter } from './drop-cap-letter';
import { isHiddenByMarkup } from './is-hidden-by-markup';

/**
 * True for a story's drop cap hidden from screen readers (`<span class="dropcap" aria-hidden="true">E</span>very
 * morning …`): `aria-hidden` hides it from assistive technology only; the letter is on the screen, and the word it
 * starts is cut without it.
 */
export function isHiddenDropCap(element: Element): boolean {
  if (!isHiddenByMarkup(element) || element.children.length > 0) return false;
  const next = element.nextSibling;
  return next !== null && next.nodeType === 3 && isDropCapLetter(element.textContent ?? '', next.textContent ?? '');
}
