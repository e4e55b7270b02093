import { isLinkElement } from './is-link-element';
import { unspaced } from './text-of';

/** A count of an element's text: its characters and how many of them are link text, spaces not counted. */
export interface LinkTextCount {
  chars: number;
  linkChars: number;
}

const isLink = (node: Node): boolean => node.nodeType === 1 && isLinkElement(node as Element);

/**
 * Counts the characters under `root` and those inside links (`isLinkElement`), spaces not counted. One walk over its
 * text: a link inside a link counts once. `except` is a part (a box's own label) counted in neither.
 */
export function countLinkText(root: Element | undefined, except?: Element): LinkTextCount {
  const count: LinkTextCount = { chars: 0, linkChars: 0 };
  const stack: [Node, boolean][] = root ? [[root, false]] : [];
  for (let top = stack.pop(); top; top = stack.pop()) {
    const [node, inLink] = top;
    if (node === except) continue;
    if (node.nodeType === 3) {
      const chars = unspaced(node.nodeValue).length;
      count.chars += chars;
      if (inLink) count.linkChars += chars;
      continue;
    }
    const linked = inLink || isLink(node);
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push([child, linked]);
  }
  return count;
}

/** The share of an element's characters that is link text (spaces not counted); 0 for an element without text. */
export function linkShare(root: Element | undefined, except?: Element): number {
  const { chars, linkChars } = countLinkText(root, except);
  return chars === 0 ? 0 : linkChars / chars;
}
