import { isProseDek } from './dek-text';
import { textOf } from './text-of';
import { BOLD_TAGS, wholeTextIn } from './whole-text-in';

const SPACES = /\s+/g;

/**
 * Tags a template writes its bold dek paragraph as: `<p>`, or a `<div>` holding only the bold text (Polish and Czech
 * portals' lead, CKEditor 4 set to write `<div>` paragraphs; Readability reads such a div as a paragraph).
 */
const PARAGRAPH_TAGS = new Set(['P', 'DIV']);

/** True when all of a paragraph's text sits in one bold element: no other element, no text of its own beside it. */
function isWhollyBold(paragraph: Element): boolean {
  if (!PARAGRAPH_TAGS.has(paragraph.tagName.toUpperCase())) return false;
  const bold = wholeTextIn(paragraph, BOLD_TAGS);
  return bold !== undefined && bold.querySelector('a') === null;
}

/**
 * True when the story's first paragraph (`paragraph`, in the live page) is the dek set in bold at the top of the
 * story's block with no name on it (`<p><strong>…</strong></p>`, as broadcasters' and Dutch and Flemish news
 * templates print it): all of it bold, prose, and the page's description repeats it word for word. A bold lede the
 * description does not repeat, or a bold paragraph that is only part of it, is the story's.
 */
export function isBoldDek(paragraph: Element, description: string | undefined): boolean {
  if (!description || !isWhollyBold(paragraph)) return false;
  const text = textOf(paragraph);
  return description.replace(SPACES, ' ').trim() === text && isProseDek(text);
}

/**
 * The bold dek (see `isBoldDek`) as the first paragraph above the story's first one, when it is too short to be taken
 * for the story's (a page builder sets it in a text module of its own, over the lead picture): the first `<p>` of
 * `leading` (the blocks above the story, clone elements) whose page element is the bold dek, if any.
 */
export function leadingBoldDek(
  leading: Iterable<Element>,
  pageElement: (element: Element) => Element,
  description: string | undefined,
): string | undefined {
  if (!description) return undefined;
  for (const element of leading) {
    if (element.tagName.toUpperCase() !== 'P') continue;
    const original = pageElement(element);
    return isBoldDek(original, description) ? textOf(original) : undefined;
  }
  return undefined;
}
