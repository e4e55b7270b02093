import { unspaced } from './text-of';

/**
 * A label a template prints over its dek, in the dek's own box: The Economic Times' and The Times of India's
 * "Synopsis" over `h2.summary` in `div.artSyn`, a "Summary" or "In brief" tab over a lead summary. One or two words
 * and nothing else (no digits, no sentence): a byline ("Ann Lee", two capitalised names) or a date line in the same
 * box is a header line the parser reads, not a label.
 */
const LABEL = /^\p{Lu}\p{Ll}+(?: \p{Ll}+)?\s*:?$/u;
/** A label is a word or two: longer is a line of its own (a kicker, a section name over the headline). */
const MAX_LABEL_CHARS = 24;

/** The dek's box is close around it: the dek's block or a wrapper of it, at most this many levels up. */
const MAX_BOX_LEVELS = 3;
/** The page's regions are no dek box, even when they hold nothing else (a bare test page). */
const REGION_TAGS = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE']);

/** The nearest element holding every node given, a few levels above the first of `near`, else null. */
function commonBox(nodes: readonly Node[], near: Node): Element | null {
  let box = near.parentElement;
  for (let level = 0; box && level < MAX_BOX_LEVELS; level++, box = box.parentElement) {
    if (REGION_TAGS.has(box.tagName.toUpperCase())) return null;
    if (nodes.every((node) => box?.contains(node))) return box;
  }
  return null;
}

/**
 * True when a header line right over the dek is the dek box's label: a word or two (see `LABEL`), and the nearest box
 * holding both holds nothing else (its text is the label's and the dek's). A label standing apart from the dek (a
 * section tag in the header row) is left to the other header rules.
 */
export function isDekBoxLabel(label: readonly Text[], dek: readonly Text[]): boolean {
  const labelText = label
    .map((text) => text.data)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (labelText.length > MAX_LABEL_CHARS || !LABEL.test(labelText)) return false;
  const first = dek[0];
  const box = first ? commonBox([...label, ...dek], first) : null;
  if (!box) return false;
  const own = unspaced([...label, ...dek].map((text) => text.data).join(''));
  return unspaced(box.textContent).length === own.length;
}
