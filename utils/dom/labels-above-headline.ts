import { nextNode } from './next-node';
import { readsAsByline } from './reads-as-byline';
import { textOf } from './text-of';

/**
 * A label over a headline is a word or three ("Exclusive", "Premium", "Breaking news"); more words make a line of
 * something else (a dek set above the headline), which is left where it is.
 */
const MAX_LABEL_WORDS = 3;
/** A label has no digits (a date or time stamp over the headline is the parser's to read) and ends on no sentence. */
const NOT_LABEL = /\d|[.!?:;,]$/u;

/** Nodes walked from a label to the headline under it: a label sits right above it, not a screen away. */
const MAX_STEPS = 60;

/**
 * Word's document title styles, as "Save as Web Page" and pastes from Word keep them (`p.MsoTitle`, `p.MsoSubtitle`): a
 * newsletter's or report's name and issue line ("The Messenger" / "Newsletter of St Ann's – April 2019") over the
 * story's own heading (Word's "Heading 1", an `<h1>`), of any length.
 */
const DOCUMENT_TITLE_CLASSES = ['MsoTitle', 'MsoSubtitle'];

/** True when `headline` comes within a few nodes after `element` in document order. */
function precedes(element: Element, headline: Element): boolean {
  let node = nextNode(element, false);
  for (let steps = 0; node && steps < MAX_STEPS; steps++, node = nextNode(node)) if (node === headline) return true;
  return false;
}

/** True when page text node `text` is the last text with letters before `headline` in document order. */
function rightAbove(text: Node, headline: Element): boolean {
  let node = nextNode(text);
  for (let steps = 0; node && steps < MAX_STEPS; steps++, node = nextNode(node)) {
    if (node === headline) return true;
    if (node.nodeType === 3 && (node.textContent ?? '').trim().length > 0) return false;
  }
  return false;
}

/** The first text node with letters inside an element. */
function firstText(element: Element): Node | undefined {
  const stack: Node[] = [element];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.nodeType === 3 && (node.textContent ?? '').trim().length > 0) return node;
    for (let i = node.childNodes.length - 1; i >= 0; i--) {
      const child = node.childNodes[i];
      if (child) stack.push(child);
    }
  }
  return undefined;
}

/**
 * The blocks among `leading` (the story block's elements above its first paragraph) that hold only a short label
 * standing right above the page's `headline`, with no other text between them: a badge or kicker ("Exclusive",
 * "Analysis") Readability kept when it dropped the headline. It labels the story and is none of its lines. Bylines are
 * kept for the parser. So is a Word document's title and subtitle above its story's heading (see
 * `DOCUMENT_TITLE_CLASSES`).
 */
export function labelsAboveHeadline(
  leading: ReadonlySet<Element>,
  pairs: ReadonlyMap<Node, Node>,
  headline: Element | undefined,
): Set<Element> {
  const labels = new Set<Element>();
  if (!headline) return labels;
  for (const element of leading) {
    const page = pairs.get(element) as Element | undefined;
    if (page && DOCUMENT_TITLE_CLASSES.some((name) => page.classList.contains(name)) && precedes(page, headline)) {
      labels.add(element);
      continue;
    }
    const text = textOf(element);
    if (text.length === 0 || text.split(' ').length > MAX_LABEL_WORDS || NOT_LABEL.test(text)) continue;
    // A whole line, not a link or word inside one ("« Older post | Main" over a blog post's title).
    const parent = element.parentElement;
    if (parent && leading.has(parent) && textOf(parent) !== text) continue;
    const first = firstText(element);
    const original = first && pairs.get(first);
    if (original && rightAbove(original, headline) && !readsAsByline(text)) labels.add(element);
  }
  return labels;
}
