import { isVisuallyHidden } from './is-headline-hidden-label';

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/**
 * An element's text as a sighted reader sees it: without the text of the elements printed for screen readers only
 * (`isVisuallyHidden`: `element-invisible`, `sr-only`, `screen-reader-text`). Drupal 7's Media module writes the
 * file's name as a heading for screen readers inside the picture's box (`div.media-element-container > div.file >
 * h2.element-invisible` "ostrander-rehearsal.jpg"), so a box a reader sees as a bare picture holds text.
 */
export function seenText(element: Element): string {
  if (isVisuallyHidden(element)) return '';
  let text = '';
  for (const child of element.childNodes) {
    if (child.nodeType === TEXT_NODE) text += child.textContent ?? '';
    else if (child.nodeType === ELEMENT_NODE) text += seenText(child as Element);
  }
  return text;
}
