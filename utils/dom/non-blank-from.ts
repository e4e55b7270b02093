/**
 * `node`, or the first sibling after it that is not white space alone between tags (templates indent their markup):
 * the next thing a reader could see or a rule could read there. Null when only white space is left.
 */
export function nonBlankFrom(node: Node | null): Node | null {
  let at = node;
  while (at && at.nodeType === 3 && (at.textContent ?? '').trim() === '') at = at.nextSibling;
  return at;
}

/** The node after `node`, past white space between tags (see `nonBlankFrom`). */
export const nextNonBlank = (node: Node): Node | null => nonBlankFrom(node.nextSibling);

/** `node`, or the first sibling before it that is not white space alone: `nonBlankFrom` read backwards. */
export function nonBlankBackFrom(node: Node | null): Node | null {
  let at = node;
  while (at && at.nodeType === 3 && (at.textContent ?? '').trim() === '') at = at.previousSibling;
  return at;
}
