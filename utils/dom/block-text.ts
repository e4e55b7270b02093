const LIST_TAGS = new Set(['UL', 'OL']);

/**
 * The text of a block, trimmed; a list's items joined by a space, as each is a line of its own however the markup
 * spaces them (`<li>Boats are back</li><li>Fares stay</li>` is never "Boats are backFares stay").
 */
export function blockText(element: Element): string {
  if (!LIST_TAGS.has(element.tagName.toUpperCase())) return (element.textContent ?? '').trim();
  return Array.from(element.children, (item) => (item.textContent ?? '').trim())
    .filter((text) => text.length > 0)
    .join(' ');
}
