import { classNames } from './class-names';
import { loneKeptOriginal } from './lone-kept-original';
import { readRegionInstead, type CloneReading } from './read-clone';
import { proseChars } from './prose-chars';

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
 * When Readability kept one element of a builder row (see `BUILDER_ROW`) whose sibling rows hold prose, reads the rows'
 * section whole instead; the walk then leaves out its furniture (captions, buttons, pitches) as in any article.
 */
export function widenBuilderRow(
  doc: Document,
  reading: CloneReading,
  comments: readonly Element[],
  headline: Element | undefined,
): CloneReading {
  // Readability flattens the row's column and module wrappers: it keeps the innermost one (`et_pb_text_inner`).
  let row: Element | null = loneKeptOriginal(reading) ?? null;
  while (row && !BUILDER_ROW.test(classNames(row))) row = row.parentElement;
  const section = row?.parentElement;
  if (!row || !section) return reading;
  const siblings = [...section.children].filter((sibling) => sibling !== row && BUILDER_ROW.test(classNames(sibling)));
  const prose = siblings.reduce((sum, sibling) => sum + proseChars(sibling), 0);
  if (prose < MIN_SIBLING_PROSE) return reading;
  return readRegionInstead(doc, section, reading, comments, headline);
}
