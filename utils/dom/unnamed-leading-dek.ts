import { SECTION_HEADING_TAGS } from './heading-tags';
import { isProseDek } from './dek-text';
import { readHeaderLine } from '../page/read-header-line';
import { textOf } from './text-of';
import { linkShare } from './link-text';

/** Blocks that print one line of a header: a subheading, a paragraph or a bare `<div>` of text. */
const LINE_TAGS = new Set(['P', 'DIV', 'H2', 'H3', 'H4', 'H5', 'H6']);
/** A dek is prose: at most this share of its characters is link text. */
const MAX_LINK_SHARE = 0.5;

/**
 * What a header line under the dek says, read once: whether it names a writer (a byline; a date line under a
 * breadcrumb trail marks no header) and whether it dates the page ("Published On Nov 28, 2026 20:05 pm IST").
 */
function headerLineOf(text: string): { namesWriter: boolean; datesPage: boolean } {
  const fields = readHeaderLine({ text, start: 0, end: text.length });
  return { namesWriter: (fields?.bylines.length ?? 0) > 0, datesPage: fields?.date !== undefined };
}

/** True for a block of `LINE_TAGS` with text and no such block inside: one line of the header. */
function isLineBlock(element: Element): boolean {
  if (!LINE_TAGS.has(element.tagName.toUpperCase())) return false;
  if ((element.textContent ?? '').trim().length === 0) return false;
  for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
    if (LINE_TAGS.has(child.tagName.toUpperCase())) return false;
  }
  return true;
}

/**
 * The dek of a header Readability kept above the story with no name on it: the first line under the headline reads as a
 * summary in prose and the next one as the byline ("TRANSPORT LINK: The extension would add seven stations …" over "By
 * Ann Lee / Staff reporter", as old archive templates set headline, dek, byline and story side by side in one block).
 * The byline under it is what marks the header: a prose line with none under it may be the story's first paragraph,
 * unless it is set as a subheading, with a date line or nothing under it. `leading` are the blocks before the story's
 * first paragraph in document order; `isHeadline` tells the headline, when Readability kept it: the lines above it (a
 * section path) are not looked at.
 */
export function unnamedLeadingDek(
  leading: Iterable<Element>,
  isHeadline: (element: Element) => boolean,
): string | undefined {
  const lines: Element[] = [];
  for (const element of leading) {
    if (isHeadline(element)) lines.length = 0;
    else if (isLineBlock(element)) lines.push(element);
  }
  const [dek, byline] = lines.map(textOf);
  const underByline = proseHeadingUnderByline(lines);
  if (underByline !== undefined) return underByline;
  // A share row or breadcrumb trail of links reads as words too ("Share to Facebook Share to Twitter").
  if (dek === undefined || linkShare(lines[0]) > MAX_LINK_SHARE || !isProseDek(dek)) return undefined;
  const under = byline === undefined ? undefined : headerLineOf(byline);
  if (under?.namesWriter) return dek;
  // A sentence set as a subheading right under the headline is the dek with only a date line under it, or none
  // (`h1` + `h2` + "Published On …" + story, the byline row elsewhere): a story opens with a paragraph, not a heading.
  if (!SECTION_HEADING_TAGS.has(lines[0]?.tagName.toUpperCase() ?? '')) return undefined;
  return under === undefined || under.datesPage ? dek : undefined;
}

/**
 * A sentence set as a subheading between the byline row and the story (`h1`, "Ann Lee, Agency Published on …", a bold
 * `h3` summing up the story, then its paragraphs, as fact-check and agency templates print it) is the dek: a story
 * opens with a paragraph, and a subheading of prose under the byline only sums it up.
 */
function proseHeadingUnderByline(lines: readonly Element[]): string | undefined {
  const [row, heading] = lines;
  if (lines.length !== 2 || !row || !heading || !SECTION_HEADING_TAGS.has(heading.tagName.toUpperCase()))
    return undefined;
  const text = textOf(heading);
  if (linkShare(heading) > MAX_LINK_SHARE || !isProseDek(text)) return undefined;
  const above = headerLineOf(textOf(row));
  return above.namesWriter || above.datesPage ? text : undefined;
}
