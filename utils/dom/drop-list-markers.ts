import { textOf } from './text-of';

/** A list item's number written out as its marker: "1", "1.". A "Step 1" label is the step's heading, and stays. */
const MARKER = /^(\d{1,3})[.):]?$/;
/**
 * Word's own marker of a list item's bullet, as "Save as Web Page" and text pasted from Word into a CMS keep it:
 * `<span style='mso-list:Ignore'>·&nbsp;&nbsp;…</span>` before each item's words, the list being paragraphs.
 */
const WORD_MARKER = '[style*="mso-list" i]';
const WORD_IGNORE = /mso-list\s*:\s*ignore/i;
/**
 * A bullet's glyph: no letter or digit (Symbol's "·", Wingdings' "§"), or Courier's "o" for a second level. A number
 * ("1.", "a)") is the item's place in a list of paragraphs, and stays as the page shows it.
 */
const BULLET_GLYPH = /^(?:[^\p{L}\p{N}]*|o)$/u;
/** A numbering runs over two items at least. */
const MIN_ITEMS = 2;
/** An item's own text after its marker is at least this long (characters): a step, not a row of figures. */
const MIN_ITEM_CHARS = 20;

/** The item's first element that holds text, when it comes before any text of the item's own. */
function leadingTextElement(item: Element): Element | undefined {
  for (let node = item.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3) {
      if ((node.textContent ?? '').trim().length > 0) return undefined;
      continue;
    }
    if (node.nodeType === 1 && textOf(node as Element).trim().length > 0) return node as Element;
  }
  return undefined;
}

/**
 * Takes out of the copy Readability reads the numbers list items print as their own markers: an element leading each
 * `<li>` of a list whose whole text is the item's place in it (`li > div.step_num` "1", "2", …, as wikiHow and other
 * how-to templates number their steps instead of the list's own marker, which is no text). The numbers are the list's
 * order, not lines of the steps. Every item must lead with its own place, two at least: an ingredient list whose fourth
 * item happens to start "4" keeps it, and so does a ranking or a list of quantities. Word's bullet glyphs before its
 * list paragraphs go too (see `WORD_MARKER`). Edits the copy in place.
 */
export function dropListMarkers(clone: Document): void {
  for (const marker of clone.querySelectorAll(WORD_MARKER)) {
    if (WORD_IGNORE.test(marker.getAttribute('style') ?? '') && BULLET_GLYPH.test(textOf(marker).trim())) {
      marker.remove();
    }
  }
  for (const list of clone.querySelectorAll('ol, ul')) {
    const markers: Element[] = [];
    for (const item of list.children) {
      if (item.tagName.toUpperCase() !== 'LI') continue;
      const marker = leadingTextElement(item);
      const number = marker ? MARKER.exec(textOf(marker).trim())?.[1] : undefined;
      if (!marker || number === undefined || Number(number) !== markers.length + 1) break;
      if (textOf(item).length - textOf(marker).length < MIN_ITEM_CHARS) break;
      markers.push(marker);
    }
    const items = [...list.children].filter((item) => item.tagName.toUpperCase() === 'LI').length;
    if (markers.length < MIN_ITEMS || markers.length !== items) continue;
    for (const marker of markers) marker.remove();
  }
}
