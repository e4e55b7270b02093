import { hasOwnText } from './has-own-text';

/** A custom element's name has a hyphen (`ion-item`, `mat-list-item`); a built-in element's never does. */
const isCustom = (element: Element | null): element is Element => element !== null && element.localName.includes('-');

/** True when only white space stands between two sibling nodes. */
function adjacent(first: Element, second: Element): boolean {
  for (let node = first.nextSibling; node && node !== second; node = node.nextSibling) {
    if (node.nodeType !== 3 || (node.textContent ?? '').trim().length > 0) return false;
  }
  return true;
}

/**
 * True for a custom element that is one row of a run of its kind: a sibling of the same tag right before or after
 * it, with only white space between, in a parent holding no text of its own. Component libraries lay such rows out
 * as blocks with their own style (Ionic's `<ion-list>` of `<ion-item>`s, Angular Material's `<mat-list-item>`s),
 * which a reader without layout would glue into one line since the tags are unknown to it. Custom elements inside a
 * sentence (a `<x-term>` in running text) sit in a parent with text of its own and stay inline.
 */
export function isCustomElementRow(element: Element): boolean {
  if (!isCustom(element)) return false;
  const parent = element.parentElement;
  if (!parent || hasOwnText(parent)) return false;
  const previous = element.previousElementSibling;
  const next = element.nextElementSibling;
  return (
    (previous?.localName === element.localName && adjacent(previous, element)) ||
    (next?.localName === element.localName && adjacent(element, next))
  );
}
