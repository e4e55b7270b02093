import type { DeclaredText } from './declared-text';
import type { DeclaredBody } from './read-declared-body';
import { isTextBlock } from './is-text-block';

/**
 * Elements that hold article paragraphs on news pages; their text is matched against the declared body. A `<div>`
 * counts when it is set as a paragraph (`isTextBlock`).
 */
const PARAGRAPHS = 'p, li, blockquote, pre, h2, h3, h4, dd, div';
/** Containers a reader never sees: a copy of the body in them (for crawlers or scripts) is not the region. */
const UNSEEN = 'noscript, template, [hidden], [aria-hidden="true"]';
/** A paragraph whose word runs are at least this share in the declared body belongs to it. */
const MIN_PARAGRAPH_MATCH = 0.6;
/** Paragraphs shorter than this (characters) say too little to place the body ("Share", a date). */
const MIN_PARAGRAPH_CHARS = 25;
/**
 * The region is the deepest element holding this share of the matched text: a teaser repeated in a sidebar or a
 * pull quote elsewhere must not lift it to the whole page, and a body split over sibling blocks must not be cut.
 */
const REGION_SHARE = 0.8;

/** The nearest element containing every given element. */
function commonAncestor(elements: readonly Element[]): Element | undefined {
  const [first, ...rest] = elements;
  let common: Element | null | undefined = first;
  for (const element of rest) while (common && !common.contains(element)) common = common.parentElement;
  return common ?? undefined;
}

/**
 * The live element whose text best covers the declared body: the microdata element(s) when the page marks them,
 * else the deepest element holding most of the paragraphs found in the JSON-LD text. Undefined when no paragraph
 * of the page matches (the declared text is not on the page).
 */
export function findDeclaredRegion(doc: Document, declared: DeclaredBody, text: DeclaredText): Element | undefined {
  if (declared.elements.length > 0) return commonAncestor(declared.elements);
  const weights = new Map<Element, number>();
  let total = 0;
  for (const paragraph of doc.body?.querySelectorAll(PARAGRAPHS) ?? []) {
    if (paragraph.tagName.toUpperCase() === 'DIV' && !isTextBlock(paragraph)) continue;
    const line = paragraph.textContent ?? '';
    if (line.trim().length < MIN_PARAGRAPH_CHARS || text.contains(line) < MIN_PARAGRAPH_MATCH) continue;
    if (paragraph.closest(UNSEEN)) continue;
    total += line.length;
    for (let up: Element | null = paragraph; up; up = up.parentElement)
      weights.set(up, (weights.get(up) ?? 0) + line.length);
  }
  if (total === 0) return undefined;
  // Elements over the share form one chain from the root down (two disjoint ones cannot both hold most of it):
  // the one with the least weight is the deepest.
  let region: Element | undefined;
  let least = Infinity;
  for (const [element, weight] of weights) {
    if (weight >= total * REGION_SHARE && weight < least) {
      region = element;
      least = weight;
    }
  }
  return region;
}
