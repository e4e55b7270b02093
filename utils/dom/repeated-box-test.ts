import { textWithin } from './text-within';

/** Blocks that hold a promo box: a paragraph is a line of the story, which may quote another. */
const BOX_TAGS = new Set(['DIV', 'ASIDE', 'SECTION']);
/** A promo box is a sentence or two: shorter text (characters, spaces aside) is a label or a button row. */
const MIN_BOX_CHARS = 60;
/** Longer text (characters, spaces aside) is a section of the page, not a box. */
const MAX_BOX_CHARS = 600;
const SPACES = /\s+/g;

/**
 * A test for a promo box a page sets twice, word for word (a site's own service pitched mid-story and again at its end:
 * "If you need to speak with a vet but can't get to one, head over to …"): a story does not repeat a paragraph, a
 * template repeats its inserts. Read once per page: every box of paragraphs (a `<div>`, `<aside>` or `<section>`
 * opening on a `<p>`) of a short text, keyed by that text; a text held by two boxes neither inside the other is a
 * repeated insert. A pull quote repeats a sentence of the story, not a box of its own text twice.
 */
export function repeatedBoxTest(doc: Document): (element: Element) => boolean {
  const byText = new Map<string, Element[]>();
  for (const element of doc.body?.querySelectorAll('div, aside, section') ?? []) {
    if (!BOX_TAGS.has(element.tagName.toUpperCase())) continue;
    if (element.firstElementChild?.tagName.toUpperCase() !== 'P') continue;
    const text = textWithin(element, MAX_BOX_CHARS)?.replace(SPACES, ' ').trim();
    if (text === undefined || text.replace(SPACES, '').length < MIN_BOX_CHARS) continue;
    const boxes = byText.get(text) ?? [];
    if (!boxes.some((box) => box.contains(element) || element.contains(box))) boxes.push(element);
    byText.set(text, boxes);
  }
  const repeated = new Set<Element>();
  for (const boxes of byText.values()) if (boxes.length > 1) for (const box of boxes) repeated.add(box);
  if (repeated.size === 0) return () => false;
  return (element) => repeated.has(element);
}
