import { textOf } from './text-of';

/**
 * A note's mark set as a superscript without a link, as press releases and reports pasted from Word print them:
 * "Adjusted EBITDA<sup>(1)</sup>", "<sup>[2]</sup>", "<sup>*</sup>". A bare number in a `<sup>` is an exponent or an
 * ordinal ("m²", "1st"), so only a bracketed number or a sign counts.
 */
const UNLINKED_MARK = /^(?:\(\d{1,2}\)|\[\d{1,2}\]|\*{1,3}|[†‡])$/u;
/** The blocks a note is printed as, under the text or under a table. */
const NOTE_SELECTOR = 'p, li';
/** A note is a line or two; a longer block opening on "(1)" is a numbered paragraph of the text. */
const MAX_NOTE_CHARS = 400;
const SPACES = /\s+/g;

/** The mark a block's text opens on, followed by a space ("(1) Adjusted EBITDA is …" → "(1)"), if any. */
function openingMark(text: string): string | undefined {
  const first = text.split(' ', 1)[0] ?? '';
  return UNLINKED_MARK.test(first) && text.length > first.length ? first : undefined;
}

/**
 * A test for a page's unlinked note marks and their notes: a `<sup>` holding only a bracketed number or a sign, with
 * no link, and a short paragraph or list item opening on the same mark ("(1) Adjusted EBITDA is a non-IFRS measure.
 * See …"). Both are the note's markup, not the text: the mark would glue "(1)" to a word ("EBITDA(1)"). A mark with
 * no note on the page, and a paragraph opening on "(1)" with no such mark, stay. Read once per page.
 */
export function unlinkedNoteTest(doc: Document): (element: Element) => boolean {
  const marks = [...doc.querySelectorAll('sup')].filter(
    (sup) => sup.querySelector('a') === null && UNLINKED_MARK.test(textOf(sup)),
  );
  if (marks.length === 0) return () => false;
  const texts = new Set(marks.map(textOf));
  const notes = [...doc.querySelectorAll(NOTE_SELECTOR)].filter((block) => {
    const text = (block.textContent ?? '').replace(SPACES, ' ').trim();
    const mark = text.length <= MAX_NOTE_CHARS ? openingMark(text) : undefined;
    return mark !== undefined && texts.has(mark);
  });
  if (notes.length === 0) return () => false;
  const noted = new Set(notes.map((note) => openingMark(textOf(note))));
  const furniture = new Set<Element>([...notes, ...marks.filter((sup) => noted.has(textOf(sup)))]);
  return (element) => furniture.has(element);
}
