/**
 * A flag a CMS raises after a heading's words as a superscript: Joomla K2's item title prints its "Featured" flag so
 * (`<h2 class="itemTitle">Title <span><sup>Featured</sup></span></h2>`), blogs a "New" or "Updated". Read as text it
 * glues the word to the headline. A few letters only; a superscript glued to a word ("21<sup>st</sup>",
 * "m<sup>2</sup>") or followed by more words is the heading's own.
 */
const FLAG_TEXT = /^\p{L}[\p{L}'’ ]{1,23}$/u;
const HEADINGS = 'h1, h2, h3, h4';
const ENDS_IN_SPACE = /\s$/u;

/** The text nearest to `element` on one side, within `root` (undefined at its edge): a neighbour's whole text. */
function nearestText(element: Node, root: Node, side: 'previousSibling' | 'nextSibling'): string | undefined {
  for (let at: Node | null = element; at && at !== root; at = at.parentNode) {
    for (let node = at[side]; node; node = node[side]) {
      const text = node.textContent ?? '';
      if (text.length > 0) return text;
    }
  }
  return undefined;
}

/** True for a flag word raised after a heading's words (see `FLAG_TEXT`): the heading's last text, set apart. */
export function isHeadlineFlag(element: Element): boolean {
  if (element.tagName.toUpperCase() !== 'SUP' || element.childElementCount > 0) return false;
  if (!FLAG_TEXT.test((element.textContent ?? '').trim())) return false;
  const heading = element.parentElement?.closest(HEADINGS);
  if (!heading) return false;
  const before = nearestText(element, heading, 'previousSibling');
  if (before === undefined || !ENDS_IN_SPACE.test(before)) return false;
  // Nothing but white space after it, up to the heading's end.
  for (let at: Node | null = element; at && at !== heading; at = at.parentNode)
    for (let node = at.nextSibling; node; node = node.nextSibling) if ((node.textContent ?? '').trim()) return false;
  return true;
}
