/**
 * The elements of `candidates` that carry a class token `names` accepts, when at least `minSiblings` elements under one
 * parent carry the same token (a list of comments, each named alike) and `inSection` accepts that parent (the list
 * lies in the page's comment section). One pass over the candidates, grouped by parent and token (in lower case);
 * the section test runs once per parent that holds such a list.
 */
export function itemsNamedAlike(
  candidates: readonly Element[],
  names: (token: string) => boolean,
  inSection: (parent: Element) => boolean,
  minSiblings: number,
): Set<Element> {
  const named = new Map<Element, Map<string, Element[]>>();
  for (const element of candidates) {
    const parent = element.parentElement;
    if (!parent) continue;
    for (const token of element.classList) {
      if (!names(token)) continue;
      const byToken = named.get(parent) ?? new Map<string, Element[]>();
      named.set(parent, byToken);
      const key = token.toLowerCase();
      byToken.set(key, [...(byToken.get(key) ?? []), element]);
    }
  }
  const items = new Set<Element>();
  for (const [parent, byToken] of named) {
    const lists = [...byToken.values()].filter((elements) => elements.length >= minSiblings);
    if (lists.length === 0 || !inSection(parent)) continue;
    for (const elements of lists) elements.forEach((element) => items.add(element));
  }
  return items;
}
