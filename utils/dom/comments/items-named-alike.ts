/**
 * The elements of `candidates` that carry a class token `names` accepts, when at least `minSiblings` elements under one
 * parent carry the same token (a list of comments, each named alike) and `inSection` accepts that parent (the list
 * lies in the page's comment section). A reply nested inside such an item and carrying the same token is one too,
 * though it is alone in its reply list (`div.risposte > div.commento` under `div.commento`): the thread's list has
 * already shown what the token names. One pass over the candidates, grouped by parent and token (in lower case); the
 * section test runs once per parent that holds such a list.
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
  const acceptedTokens = new Set<string>();
  for (const [parent, byToken] of named) {
    const lists = [...byToken.entries()].filter(([, elements]) => elements.length >= minSiblings);
    if (lists.length === 0 || !inSection(parent)) continue;
    for (const [token, elements] of lists) {
      acceptedTokens.add(token);
      elements.forEach((element) => items.add(element));
    }
  }
  // Replies: candidates are in document order, so an item's replies come after it and their ancestor is already in.
  for (const [parent, byToken] of named) {
    for (const [token, elements] of byToken) {
      if (acceptedTokens.has(token) && inAcceptedItem(parent, items)) elements.forEach((element) => items.add(element));
    }
  }
  return items;
}

/** True when `element` or an ancestor of it is one of `items`. */
function inAcceptedItem(element: Element, items: ReadonlySet<Element>): boolean {
  for (let at: Element | null = element; at; at = at.parentElement) if (items.has(at)) return true;
  return false;
}
