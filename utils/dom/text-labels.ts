import { textOf } from './text-of';

/** `NodeFilter.SHOW_TEXT`, which the pure core cannot read from a global. */
const SHOW_TEXT = 4;

/**
 * The elements of the page's body whose whole text (read as one line) is a single text node's and passes `test`: the
 * labels an app sets in styled `<div>`s where a page would use a heading or a button ("Comments (4)", "Vote"). One walk
 * over the page's text, each text node tested once (`test` sees it trimmed); the element's own text is read only for
 * those that pass.
 */
export function textLabels(doc: Document, test: (text: string) => boolean): Element[] {
  const labels: Element[] = [];
  if (!doc.body) return labels;
  const walker = doc.createTreeWalker(doc.body, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node.textContent ?? '').trim();
    if (text.length === 0 || !test(text)) continue;
    const label = node.parentElement;
    if (label && textOf(label) === text) labels.push(label);
  }
  return labels;
}
