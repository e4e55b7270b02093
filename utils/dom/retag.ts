/**
 * Puts an element of another tag in `element`'s place, with its attributes and children, and returns it: how the
 * reader changes what an element is in the copy Readability reads (a page-wide form becomes a block, a spared `<h2>`
 * an `<h3>`) while its names and text stay.
 */
export function retag(element: Element, tag: string): Element {
  const replacement = element.ownerDocument.createElement(tag);
  for (const attribute of [...element.attributes]) replacement.setAttribute(attribute.name, attribute.value);
  while (element.firstChild) replacement.appendChild(element.firstChild);
  element.replaceWith(replacement);
  return replacement;
}
