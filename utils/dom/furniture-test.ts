import { controlBoxTest } from './control-box-test';
import { isFurniture } from './is-furniture';

/** How many lone-child wrappers above an element are read for its furniture name (`div.share > div > p`). */
const MAX_WRAPPERS = 3;

/** The parent an element is the only content of (no sibling elements, no text of its own), if any. */
function loneWrapper(element: Element): Element | undefined {
  const parent = element.parentElement;
  if (!parent || parent.children.length !== 1) return undefined;
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3 && (node.textContent ?? '').trim().length > 0) return undefined;
  }
  return parent;
}

/**
 * A test for page elements that are furniture: by markup or name (`isFurniture`), or as the box around a form
 * control. Readability replaces a `<div class="author-bio">` holding one `<p>` by the `<p>` itself, so the name is
 * also read off the wrappers an element is the only content of.
 */
export function furnitureTest(doc: Document): (element: Element) => boolean {
  const inControlBox = controlBoxTest(doc);
  return (element) => {
    let current: Element | undefined = element;
    for (let depth = 0; current && depth <= MAX_WRAPPERS; depth++, current = loneWrapper(current)) {
      if (isFurniture(current) || inControlBox(current)) return true;
    }
    return false;
  };
}
