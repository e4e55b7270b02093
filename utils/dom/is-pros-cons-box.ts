import { lineWithin, textWithin } from './text-within';

/** A review's label over its good points: "Pros", "HIGHS:", "Like", "The good", "What we like". */
const GOOD_LABEL = /^(?:pros|highs|likes?|the good|what we like(?:d)?)\s*:?$/i;
/** Its label over the bad points: "Cons", "LOWS:", "Don't like", "The bad", "What we don't like". */
const BAD_LABEL = /^(?:cons|lows|dislikes?|don['’]t like|the bad|what we (?:don['’]t|didn['’]t) like)\s*:?$/i;
const BOX_TAGS = new Set(['DIV', 'SECTION', 'ASIDE', 'UL', 'DL']);
/** A label is at most this many characters (spaces not counted): "What we didn't like:". */
const MAX_LABEL_CHARS = 24;
/**
 * A pros and cons box is a few short points: more text than this (characters, spaces not counted) is a part of the
 * page holding more than the box, or a review's own prose sections, which are never dropped whole.
 */
const MAX_BOX_CHARS = 1200;
/** A box lists at most this many blocks: the two labels, their points, a verdict line. */
const MAX_CHILDREN = 12;

/**
 * True for a review's pros and cons box: short blocks that open, one with a good-points label and another with a
 * bad-points label (`<p><strong>HIGHS:</strong> …</p><p><strong>LOWS:</strong> …</p>`, `<div><h4>Pros</h4><ul>…</ul>
 * </div><div><h4>Cons</h4>…`). It sums up the review, which says it all in prose, and is found by its labels when
 * hashed class names say nothing.
 */
export function isProsConsBox(element: Element): boolean {
  if (!BOX_TAGS.has(element.tagName.toUpperCase()) || element.childElementCount > MAX_CHILDREN) return false;
  let good = false;
  let bad = false;
  for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
    const label = labelOf(child);
    if (label === undefined) continue;
    good ||= GOOD_LABEL.test(label);
    bad ||= BAD_LABEL.test(label);
  }
  return good && bad && textWithin(element, MAX_BOX_CHARS) !== undefined;
}

/** The label a block opens with: its first element (`<strong>HIGHS:</strong>`, `<h4>Pros</h4>`) when that is short. */
function labelOf(block: Element): string | undefined {
  const first = block.firstElementChild;
  if (!first) return undefined;
  // A label opens the block: no text before it.
  const before = first.previousSibling;
  if (before && before.nodeType === 3 && (before.textContent ?? '').trim().length > 0) return undefined;
  const label = lineWithin(first, MAX_LABEL_CHARS);
  // Text run on after a label without a colon is a sentence ("<em>Like</em> many towns, …"), not a label.
  if (label === undefined || label.endsWith(':')) return label;
  const after = first.nextSibling;
  return after && after.nodeType === 3 && (after.textContent ?? '').trim().length > 0 ? undefined : label;
}
