import { classNames } from './class-names';
import { loneKeptOriginal } from './lone-kept-original';
import { readRegionInstead, type CloneReading } from './read-clone';
import { MIN_STORY_PROSE_CHARS, proseChars } from './prose-chars';
import { textOf } from './text-of';

/**
 * A row of a page builder's layout: Divi's `et_pb_row`, WPBakery's `vc_row`, Beaver Builder's `fl-row`, Elementor's
 * `elementor-section` and `e-con` container. A story laid out with one is split over several rows of one section,
 * and each row also carries a numbered class (`et_pb_row et_pb_row_0`, `et_pb_row_1`), so Readability's bonus for a
 * sibling of the same class never applies: it keeps the longest row and drops the story's first paragraphs.
 */
const BUILDER_ROW = /(?:^|\s)(?:et_pb_row|vc_row|fl-row|elementor-section|e-con)(?=$|\s)/;
/** The sibling rows must hold at least this much prose (`proseChars`) for the whole section to be read. */
const MIN_SIBLING_PROSE = 250;
/**
 * Readability may keep one short box of a row (an author box's bio under the story) over the story set in the row's
 * other text boxes: the builder names each box with its element kind (Elementor's `elementor-widget`), which
 * Readability weighs against it, and scores them one by one. A kept box holding less than this share of the row's
 * prose (its comments aside) is not the row's story; the row is read whole. A story kept beside a sidebar holds most.
 */
const MAX_KEPT_ROW_SHARE = 0.25;

/**
 * When Readability kept one element of a builder row (see `BUILDER_ROW`) whose sibling rows hold prose, reads the rows'
 * section whole instead, or the row alone when its own other boxes hold the story (see `MAX_KEPT_ROW_SHARE`); the walk
 * then leaves out its furniture (captions, buttons, pitches) as in any article.
 */
export function widenBuilderRow(
  doc: Document,
  reading: CloneReading,
  comments: readonly Element[],
  headline: Element | undefined,
): CloneReading {
  // Readability flattens the row's column and module wrappers: it keeps the innermost one (`et_pb_text_inner`).
  const kept = loneKeptOriginal(reading);
  let row: Element | null = kept ?? null;
  while (row && !BUILDER_ROW.test(classNames(row))) row = row.parentElement;
  const section = row?.parentElement;
  if (!row || !section) return reading;
  const siblings = [...section.children].filter((sibling) => sibling !== row && BUILDER_ROW.test(classNames(sibling)));
  const prose = siblings.reduce((sum, sibling) => sum + proseChars(sibling), 0);
  if (prose >= MIN_SIBLING_PROSE) return readRegionInstead(doc, section, reading, comments, headline);
  // Or the row's own other text boxes hold the story (see `MAX_KEPT_ROW_SHARE`); the readers' comments in it do not.
  // The kept box counts all its text: a story typed with line breaks is all text and no paragraph.
  const keptChars = kept ? textOf(kept).length : 0;
  const commentProse = comments.reduce((sum, comment) => sum + (row.contains(comment) ? proseChars(comment) : 0), 0);
  const rest = proseChars(row) - commentProse - (kept ? proseChars(kept) : 0);
  if (rest < MIN_STORY_PROSE_CHARS || keptChars >= (rest + keptChars) * MAX_KEPT_ROW_SHARE) return reading;
  return readRegionInstead(doc, row, reading, comments, headline);
}
