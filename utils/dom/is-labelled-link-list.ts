/**
 * The label of a teaser list written as one paragraph: "Read more from Sky News:", "Related:", "See also:", "Watch:".
 * Only with its colon, and only words that send the reader elsewhere.
 */
const LABEL = /^(?:read|see|watch|related|more|also read)\b[\p{L}\p{N}'’ -]{0,40}:$/iu;
const SPACES = /\s+/g;
/**
 * A mark set between the links of such a list on one line ("<a>…</a> | <a>…</a>", as Salon runs its "Read more from
 * Salon on …:" titles, or "•" and "/"): it joins titles, it says nothing. A word between links ("and", "says") is prose.
 */
const SEPARATOR = /^[|•·/,;]$/u;
/** Blocks that hold such a list: a paragraph or a plain box, never a list item of the story. */
const BLOCK_TAGS = new Set(['P', 'DIV']);

/**
 * True for a paragraph that is a label and links only, one per line or joined by marks (`SEPARATOR`) (`<p><strong>Read more:</strong><br><a>…</a><br>
 * <a>…</a></p>`): a related-story list set as one block, which a line-by-line reading splits into a label (left out)
 * and bare titles (kept). A paragraph with prose between or after the links ("Read more: the council's report, <a>…
 * </a>, says …") is the story's.
 */
export function isLabelledLinkList(element: Element): boolean {
  if (!BLOCK_TAGS.has(element.tagName.toUpperCase())) return false;
  let label = '';
  let links = 0;
  for (let node = element.firstChild; node; node = node.nextSibling) {
    const text = (node.textContent ?? '').replace(SPACES, ' ').trim();
    if (node.nodeType === 1 && (node as Element).tagName.toUpperCase() === 'BR') continue;
    if (text.length === 0) continue;
    const isLink = node.nodeType === 1 && (node as Element).tagName.toUpperCase() === 'A';
    if (isLink) links++;
    else if (links > 0 && SEPARATOR.test(text)) continue;
    else if (links === 0 && label.length === 0) label = text;
    else return false;
  }
  return links > 0 && LABEL.test(label);
}
