import { isBulletDek } from './is-bullet-dek';
import { textOf } from './text-of';

/**
 * True for a list of two to four short summary bullets set right after the headline (the element before it is the
 * headline or a wrapper holding only the headline), with no link in it: the dek a business or wire template prints as
 * bullets (Bloomberg's abstract), found by where it stands when its class names are hashes. The list may sit in
 * wrappers holding only it (a React template's summary container around its `ul`).
 */
export function isAbstractList(element: Element, headline: Element): boolean {
  const before = element.previousElementSibling;
  if (!before || !(before === headline || (before.contains(headline) && textOf(before) === textOf(headline))))
    return false;
  let list = element;
  while (list.children.length === 1 && list.firstElementChild && textOf(list.firstElementChild) === textOf(list))
    list = list.firstElementChild;
  return isBulletDek(list);
}
