import { classTokens } from './class-tokens';
import { unspaced } from './text-of';

/**
 * The utility classes that hide a box until a script shows it: Bootstrap 3's `hidden` and `hide`, Bootstrap 4+'s
 * `d-none`, and the `is-hidden` state name of BEM-style templates. They all mean `display: none`.
 */
const HIDING_CLASSES = new Set(['hidden', 'hide', 'd-none', 'is-hidden']);
/**
 * A hidden box holds at least this much text (characters, spaces not counted) to be taken for a copy: a story's
 * opening paragraph is longer, and a text this long printed twice is the same text, not a shared phrase or a label.
 */
const MIN_COPY_CHARS = 150;
/** The text of `root` outside the given boxes, spaces not counted: what the page shows of it. */
function shownText(root: Element, hidden: ReadonlySet<Element>): string {
  const parts: string[] = [];
  const stack: Node[] = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.nodeType === 3) parts.push(node.nodeValue ?? '');
    else if (!hidden.has(node as Element))
      for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  return unspaced(parts.join(''));
}

/** True when the element carries one of the `HIDING_CLASSES`. */
const isClassHidden = (element: Element): boolean => classTokens(element).some((name) => HIDING_CLASSES.has(name));

/**
 * Takes out of a page copy, before Readability reads it, the boxes a hiding class keeps unshown whose text the page
 * prints again where it is shown: a paywalled site's saved page holds the story's opening twice in its article
 * element, once in a hidden teaser for the other subscription state (`div.artSnippetTop.hidden` beside the shown
 * `div.artSnippetTop`), and the story came out twice. Only a box whose whole text the page shows is a copy: one with
 * more (the full story behind a shown preview) or with text shown nowhere (the story's collapsed second half, which
 * `revealCollapsedStoryParts` shows) stays. Edits `doc` in place; meant for the clone
 * Readability reads.
 */
export function dropHiddenCopies(doc: Document): void {
  const body = doc.body;
  if (!body) return;
  const hidden = [...body.querySelectorAll('[class]')].filter(isClassHidden);
  if (hidden.length === 0) return;
  // The shown text once: two hidden copies of a text shown nowhere are not each other's proof.
  const shown = shownText(body, new Set(hidden));
  for (const box of hidden) {
    const text = unspaced(box.textContent);
    if (text.length >= MIN_COPY_CHARS && shown.includes(text)) box.remove();
  }
}
