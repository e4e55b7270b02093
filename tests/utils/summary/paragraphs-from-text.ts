import type { Paragraph } from '../../../utils/model';

/** Test helper: every non-empty line of `text` as a body paragraph, trimmed, with offsets into `text`. */
export function paragraphsFromText(text: string): Paragraph[] {
  const body: Paragraph[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed) {
      const start = at + line.indexOf(trimmed);
      body.push({ type: 'paragraph', index: body.length, text: trimmed, start, end: start + trimmed.length });
    }
    at += line.length + 1;
  }
  return body;
}
