/**
 * The page element a clone element stands for. Readability re-creates some elements (a `<div>` of text becomes a
 * `<p>` without its attributes) and moves the children over: then the first child's original parent is the one.
 */
export function originalOf(element: Element, pairs: ReadonlyMap<Node, Node>): Element | undefined {
  const paired = pairs.get(element) ?? (element.firstChild ? pairs.get(element.firstChild)?.parentNode : undefined);
  return paired && paired.nodeType === 1 ? (paired as Element) : undefined;
}

/**
 * The page element a clone element stands for, when it holds all of the clone's text. A wrapper Readability
 * re-created around the whole story (`div#readability-page-1`) borrows its first child's page parent, which may be a
 * dek above the story (`div.ArticlePage-subHeadline > p` on Brightspot): that dek's name is not the story's.
 */
export function wholeOriginalOf(element: Element, pairs: ReadonlyMap<Node, Node>): Element | undefined {
  const original = originalOf(element, pairs);
  if (!original || pairs.has(element)) return original;
  return (original.textContent ?? '').trim().length >= (element.textContent ?? '').trim().length ? original : undefined;
}
