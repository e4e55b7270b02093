/** The deepest element containing all of `elements` (undefined for none, or when they share no element). */
export function commonAncestor(elements: readonly Element[]): Element | undefined {
  let ancestor = elements[0]?.parentElement ?? undefined;
  for (const element of elements) {
    while (ancestor && !ancestor.contains(element)) ancestor = ancestor.parentElement ?? undefined;
  }
  return ancestor;
}
