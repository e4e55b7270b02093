import { isKoreanBylineRow } from '../page/korean-reporter-title';
import { readHeaderLine } from '../page/read-header-line';

/** A byline or date line is short; a longer text is a block of something else (characters). */
const MAX_BYLINE_CHARS = 300;
const SPACES = /\s+/g;

/**
 * True when a text reads as a byline or date line ("By Ann Lee", "Posted on October 12, 2012"), or a relative time
 * stamp alone ("Today at 05:30", "Published 2 hours ago"): a header line with no date to keep. Also a Korean byline row
 * ("김서진 기자 입력 …", see `isKoreanBylineRow`), whose name has no capital for the byline reader to see.
 */
export function readsAsByline(text: string): boolean {
  const line = text.replace(SPACES, ' ').trim();
  if (line.length === 0 || line.length > MAX_BYLINE_CHARS) return false;
  const fields = readHeaderLine({ text: line, start: 0, end: line.length });
  if (fields === undefined) return isKoreanBylineRow(line);
  return fields.bylines.length > 0 || fields.date !== undefined || !fields.rest;
}
