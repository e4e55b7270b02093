import { textOf } from './text-of';

/**
 * A note's mark as a link shows it: a number, bracketed or not ("1", "[1]", "(12)", DokuWiki's "1)"), or a sign ("*",
 * "†"). Three digits at most: a longer number in a link is a year or a count, not a note.
 */
const NOTE_MARK = /^(?:\d{1,3}\)?|\[\d{1,3}\]|\(\d{1,3}\)|[*†‡§])$/;
/**
 * The back-link that closes an endnote ("↩", "↩︎", "↑", "^"), pointing at the reference in the text. Accessible
 * templates add words for screen readers inside the link, read as text after the mark ("↩︎Back to content", "↩ Jump
 * back to footnote 1 in the text", "Return to text"), or give them instead of a mark.
 */
const BACK_MARK =
  /^(?=\S)(?:[↩↑^]\uFE0E?\uFE0F?\s*)?(?:back|(?:back|return|(?:jump|go) back) to (?:the )?(?:content|text|article|story|main text|reference \d{1,3}|footnote(?: reference)? \d{1,3}(?: in (?:the )?(?:main )?text)?))?$/i;
const BLOCK_TAGS = new Set(['P', 'LI', 'DIV', 'DD']);

/** True when a link points into the page itself (`href="#fn1"`): a note reference or a note's back-link. */
function isInPageLink(element: Element): boolean {
  return element.tagName.toUpperCase() === 'A' && (element.getAttribute('href') ?? '').startsWith('#');
}

/** True when an element is an in-page link showing a note's mark, or a `<sup>` holding only such a link. */
function isNoteReference(element: Element): boolean {
  // The tag first: every element is asked, and reading each one's text would read the page once per level.
  const sup = element.tagName.toUpperCase() === 'SUP';
  if (!sup && !isInPageLink(element)) return false;
  if (!NOTE_MARK.test(textOf(element))) return false;
  if (!sup) return true;
  const link = element.querySelector('a');
  return link !== null && isInPageLink(link) && textOf(link) === textOf(element);
}

/** The first child node of a block with text or an element in it (past whitespace). */
function firstContent(element: Element): Node | undefined {
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1 || textOf(node).length > 0) return node;
  }
  return undefined;
}

/**
 * True when a block is an endnote: it opens with its own mark linking back into the text (`<p><a href="#_ftnref1">
 * [1]</a> Ibid.</p>`, as Word and Google Docs paste them), or holds a back-link (`… <a href="#fnref1">↩</a>`).
 */
function isEndnote(element: Element): boolean {
  if (!BLOCK_TAGS.has(element.tagName.toUpperCase())) return false;
  if (isReferencedItem(element)) return true;
  // The marks are read first: they look at a node or two, where the check for inner blocks reads the whole subtree.
  return (opensWithMark(element) || closesWithBackLink(element)) && (!holdsBlocks(element) || isWrappedNote(element));
}

/** An id a selector can name without escaping (`note-1`, `fn:2`, `cite_note-3`). */
const PLAIN_ID = /^[\w:.-]{1,80}$/;

/**
 * True when a list item is a note the text points at: a reference mark in the page links to its id (`<a
 * href="#note-1"><sup>1</sup></a>` over `<li id="note-1">…</li>`), as data sites and docs-built pages print notes
 * with no mark or back-link of their own. An item no note mark links to (a contents list's target) stays.
 */
function isReferencedItem(element: Element): boolean {
  if (element.tagName.toUpperCase() !== 'LI') return false;
  const id = element.getAttribute('id');
  if (!id || !PLAIN_ID.test(id)) return false;
  const links = element.ownerDocument.querySelectorAll(`a[href="#${id}"]`);
  return [...links].some((link) => NOTE_MARK.test(textOf(link)));
}

/**
 * True when a block is its mark linking back into the text followed by one wrapper holding the note's paragraphs
 * (`<div class="footnote"><a href="#footnote-anchor-1">1</a><div class="footnote-content"><p>…</p></div></div>`, as
 * newsletter platforms print them; DokuWiki's `<div class="fn"><sup><a href="#fnt__1">1)</a></sup><div
 * class="content">…</div></div>`, the link in a `<sup>`). The mark must be the block's own first child: a story's
 * column of paragraphs never opens with a bare note link.
 */
function isWrappedNote(element: Element): boolean {
  const opening = firstContent(element);
  if (opening?.nodeType !== 1 || element.children.length !== 2) return false;
  const mark = opening as Element;
  return isNoteReference(mark) && mark.nextElementSibling === element.lastElementChild;
}

/** True when a block's first content is a note's mark linking into the page, or a `<sup>`/`<strong>` holding one. */
function opensWithMark(element: Element): boolean {
  let opening = firstContent(element);
  if (opening?.nodeType === 1 && !isInPageLink(opening as Element)) opening = firstContent(opening as Element);
  return opening?.nodeType === 1 && isInPageLink(opening as Element) && NOTE_MARK.test(textOf(opening));
}

/** True when a block's last content is a back-link (`<a href="#fnref1">↩</a>`, or one in a `<sup>`). */
function closesWithBackLink(element: Element): boolean {
  const closing = lastContent(element);
  if (closing?.nodeType !== 1) return false;
  const back = closing as Element;
  const tag = back.tagName.toUpperCase();
  if (tag !== 'A' && tag !== 'SUP') return false;
  return BACK_MARK.test(textOf(back)) && (isInPageLink(back) || holdsInPageLink(back));
}

/** The last child node of a block with text or an element in it (before trailing whitespace). */
function lastContent(element: Element): Node | undefined {
  for (let node = element.lastChild; node; node = node.previousSibling) {
    if (node.nodeType === 1 || textOf(node).length > 0) return node;
  }
  return undefined;
}

/** True when an element holds an in-page link (a back-link wrapped in a `<sup>`). */
function holdsInPageLink(element: Element): boolean {
  return [...element.querySelectorAll('a')].some(isInPageLink);
}

/**
 * True when a block holds other blocks: a note is one paragraph or item, never a column of them (a story's `<div>`
 * whose notes sit at its end).
 */
function holdsBlocks(element: Element): boolean {
  return element.querySelector('p, div, li, ul, ol, table, blockquote, h1, h2, h3, h4, h5, h6') !== null;
}

/** The heading over a story's notes: "Footnotes", "Notes:", "Endnotes". */
const NOTES_HEADING = /^(?:foot|end)?notes\s*:?$/i;
const LIST_TAGS = new Set(['UL', 'OL']);

/**
 * True when an element is the heading over endnotes: its text names the notes and the block after it is an endnote,
 * or a list that opens with one. Over notes of another shape (a scripture's cross-references) it stays, as they do.
 */
function isNotesHeading(element: Element): boolean {
  const next = element.nextElementSibling;
  if (!next) return false;
  const first = LIST_TAGS.has(next.tagName.toUpperCase()) ? next.firstElementChild : next;
  // The endnote after it first (a look at a node or two), then the heading's own text.
  return first !== null && isEndnote(first) && NOTES_HEADING.test(textOf(element));
}

/**
 * True when an element is a note's markup, not the story's text: a reference mark linking to a note (`<sup><a
 * href="#fn1">1</a></sup>`, `<a href="#_ftn1">[1]</a>`), which would glue a number to the sentence ("year.1"), or an
 * endnote under the story, or the heading over those. A number linking elsewhere (a page, a year) is text.
 */
export function isNoteMarkup(element: Element): boolean {
  return isNoteReference(element) || isEndnote(element) || isNotesHeading(element);
}
