import { isLinkElement } from './is-link-element';
import { PHRASING_TAGS } from './phrasing-tags';
import { unspaced } from './text-of';

/** The run of text set straight after an element, with how much of it is link text (spaces not counted). */
export interface TextRun {
  /** The run's words, white space collapsed. */
  text: string;
  /** Characters of the run, spaces not counted. */
  chars: number;
  /** Of those, the characters inside links. */
  linkChars: number;
}

const SPACES = /\s+/g;

/**
 * The text set straight after `element` in its parent, up to the next line break or block: what a card prints after
 * its title when its template sets the abstract without a `<p>` (`<h3><a>Title</a></h3>Abstract…<br><br><span>4 hours
 * ago</span>`). Text and inline markup only; a line break or any block ends the run.
 */
export function textRunAfter(element: Element): TextRun {
  let text = '';
  let linkChars = 0;
  for (let node = element.nextSibling; node; node = node.nextSibling) {
    if (node.nodeType === 1) {
      const sibling = node as Element;
      const tag = sibling.tagName.toUpperCase();
      if (tag === 'BR' || !PHRASING_TAGS.has(tag)) break;
      if (isLinkElement(sibling)) linkChars += unspaced(sibling.textContent).length;
    } else if (node.nodeType !== 3) continue;
    text += node.textContent ?? '';
  }
  const words = text.replace(SPACES, ' ').trim();
  return { text: words, chars: unspaced(words).length, linkChars };
}
