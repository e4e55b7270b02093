import type { Paragraph } from '../model';

/** The article's text as later passes read it (reply inference's topic words): body paragraphs, one per line. */
export function articleText(body: readonly Paragraph[]): string {
  return body.map((paragraph) => paragraph.text).join('\n');
}
