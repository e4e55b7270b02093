// TEMP baseline (replaced by the parser work): every non-empty line is a body paragraph.
import type { Comment, CommentSection, Metadata, ParseOptions, ParseWarning, Paragraph } from '../model';

/** What segmentation finds in the input before any analysis. */
export interface Segmentation {
  metadata: Metadata;
  body: Paragraph[];
  commentSection: CommentSection;
  comments: Comment[];
  warnings: ParseWarning[];
}

/** Splits page text into metadata, body paragraphs, the comment section and comments. */
export function segmentPage(text: string, _options: ParseOptions = {}): Segmentation {
  const body: Paragraph[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed) {
      const at = start + line.indexOf(trimmed);
      body.push({ type: 'paragraph', index: body.length, text: trimmed, start: at, end: at + trimmed.length });
    }
    start += line.length + 1;
  }
  return { metadata: { bylines: [] }, body, commentSection: { chrome: [] }, comments: [], warnings: [] };
}
