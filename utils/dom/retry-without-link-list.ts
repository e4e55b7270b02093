import { countLinkText, type LinkTextCount } from './link-text';
import { unspaced } from './text-of';
import { readClone, type CloneReading } from './read-clone';

/**
 * Readability's choice is a link list, not an article, when more than this share of its text is link text (a
 * "most viewed" box on a page whose own markup confuses the scorer). Round-up posts run higher per line but keep
 * their prose around the links; the retry below must also find much more prose to be taken.
 */
const MAX_CONTENT_LINK_SHARE = 0.6;
/** The retry is taken only with at least this many times the non-link text of the link list (prose, not a sidebar). */
const MIN_PROSE_GAIN = 2;

/** The page elements Readability kept: the topmost paired elements under its content (it re-creates some wrappers). */
export function keptOriginals(content: Element, pairs: ReadonlyMap<Node, Node>): Element[] {
  const kept: Element[] = [];
  const stack: Element[] = [content];
  for (let element = stack.pop(); element; element = stack.pop()) {
    for (const child of element.children) {
      const original = pairs.get(child);
      if (original && original.nodeType === 1) kept.push(original as Element);
      else stack.push(child);
    }
  }
  return kept;
}

/**
 * Counts the characters Readability kept and those the page sets inside links, spaces not counted. A text node is link
 * text when it is inside a link in the clone or, read on the page, inside one there: the pre-passes may re-tag a link
 * that wraps blocks (a whole teaser card, `<a>` around its heading and summary) and so hide that it is one.
 */
function keptLinkText(content: Element, pairs: ReadonlyMap<Node, Node>): LinkTextCount {
  const count = countLinkText(content);
  const stack: Node[] = [content];
  for (let node = stack.pop(); node; node = stack.pop()) {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 1 && (child as Element).tagName.toUpperCase() === 'A') continue;
      if (child.nodeType !== 3) {
        stack.push(child);
        continue;
      }
      const original = pairs.get(child);
      if (original?.parentElement?.closest('a[href]')) count.linkChars += unspaced(child.nodeValue).length;
    }
  }
  return count;
}

/**
 * When Readability returned a link list (see `MAX_CONTENT_LINK_SHARE`), reads the page again without it and takes
 * that reading if it holds much more prose; otherwise gives back the first reading.
 */
export function retryWithoutLinkList(
  doc: Document,
  reading: CloneReading,
  comments: readonly Element[],
  headline: Element | undefined,
  charThreshold: number,
): CloneReading {
  const first = reading.content ? keptLinkText(reading.content, reading.pairs) : countLinkText(undefined);
  if (!reading.content || first.chars === 0 || first.linkChars <= first.chars * MAX_CONTENT_LINK_SHARE) return reading;
  const without = [...comments, ...keptOriginals(reading.content, reading.pairs)];
  const retry = readClone(doc, without, headline, charThreshold);
  const second = countLinkText(retry.content);
  const prose = (measured: { chars: number; linkChars: number }): number => measured.chars - measured.linkChars;
  return prose(second) >= prose(first) * MIN_PROSE_GAIN && second.linkChars <= second.chars * MAX_CONTENT_LINK_SHARE
    ? retry
    : reading;
}
