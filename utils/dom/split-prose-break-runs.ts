import { isBreak, opensBreakRun } from './is-break';
import { countLinkText } from './link-text';
import { PHRASING_TAGS } from './phrasing-tags';
import { unspaced } from './text-of';

/**
 * A paragraph with at least this share of link text (characters) is a list of links (teaser titles, a menu), not the
 * writer's lines: it is left as it is. The share `trimLinkRuns` calls a line a link item.
 */
const MAX_LINK_SHARE = 0.5;
/** Fewest characters (spaces not counted) of unlinked words in each piece: a sentence around its link, not a bare link. */
const MIN_OWN_CHARS = 10;
/** A piece of prose ends as a sentence does; a teaser title or a "(dates)" note after a link does not. */
const SENTENCE_END = /[.!?]["'”’]?$/u;
/** Fewest pieces: one `<br><br>` at least, as Readability's own split needs. */
const MIN_PIECES = 2;
/** Text between two `<br>`s that is only white space (a source line break) leaves them one break run. */
const BLANK = /^\s*$/;

/** The children of `paragraph` in pieces split at each run of two or more `<br>`s, the runs left out. */
function piecesOf(paragraph: Element): Node[][] {
  const pieces: Node[][] = [[]];
  for (let node = paragraph.firstChild; node; node = node.nextSibling) {
    if (opensBreakRun(node)) {
      // Past the whole run: the breaks and the white space between them.
      while (node.nextSibling && (isBreak(node.nextSibling) || BLANK.test(node.nextSibling.textContent ?? ''))) {
        if (node.nextSibling.nodeType === 1 && !isBreak(node.nextSibling)) break;
        node = node.nextSibling;
      }
      pieces.push([]);
      continue;
    }
    pieces[pieces.length - 1]?.push(node);
  }
  return pieces.filter((piece) => piece.some((node) => !BLANK.test(node.textContent ?? '')));
}

/**
 * A piece's characters and link characters (spaces not counted, as `countLinkText` counts them) and its text, or
 * undefined when it holds a block (it is no run of a paragraph).
 */
function measure(piece: readonly Node[]): { chars: number; links: number; text: string } | undefined {
  let chars = 0;
  let links = 0;
  let text = '';
  for (const node of piece) {
    text += node.textContent ?? '';
    if (node.nodeType !== 1) {
      chars += unspaced(node.textContent).length;
      continue;
    }
    if (!PHRASING_TAGS.has((node as Element).tagName.toUpperCase())) return undefined;
    const count = countLinkText(node as Element);
    chars += count.chars;
    links += count.linkChars;
  }
  return { chars, links, text: text.trim() };
}

/** True when every piece is a sentence with words of the writer's own, and links are the lesser part of them. */
function isProse(pieces: readonly Node[][]): boolean {
  let chars = 0;
  let links = 0;
  for (const piece of pieces) {
    const measured = measure(piece);
    if (!measured || measured.chars - measured.links < MIN_OWN_CHARS || !SENTENCE_END.test(measured.text)) return false;
    chars += measured.chars;
    links += measured.links;
  }
  return links / chars < MAX_LINK_SHARE;
}

/**
 * Splits, in the copy Readability reads, an unnamed `<p>` whose text is set in runs parted by `<br><br>` into one
 * `<p>` per run, when every run is a sentence of the writer's (its own words around its links, links the lesser part): a
 * daily round-up printing "Average economy went up again, <a>now 24 mpg</a>.<br><br>We drove the <a>new hybrid</a>…".
 * Readability makes such runs paragraphs itself, but turns the `<p>` holding them into a `<div>`, and then judges
 * that `<div>` as a box: unnamed and with a fifth of its text in links, it is dropped whole, where the same sentences
 * set as `<p>`s stay. A `<p>` of link lines (a teaser list set with breaks) is left for Readability to judge.
 * Edits the copy in place; the new paragraphs hold the copy's own text nodes, so they still pair with the page's.
 */
export function splitProseBreakRuns(clone: Document): void {
  for (const paragraph of clone.querySelectorAll('p:not([class]):not([id])')) {
    if (!paragraph.querySelector(':scope > br')) continue;
    const pieces = piecesOf(paragraph);
    if (pieces.length < MIN_PIECES || !isProse(pieces)) continue;
    const parent = paragraph.parentNode;
    if (!parent) continue;
    for (const piece of pieces) {
      const split = clone.createElement('p');
      for (const node of piece) split.appendChild(node);
      parent.insertBefore(split, paragraph);
    }
    paragraph.remove();
  }
}
