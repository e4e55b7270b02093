import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../../../utils/model';
import { articleText } from '../../../utils/page/article-text';

const paragraph = (text: string, index: number): Paragraph => ({ type: 'paragraph', index, text, start: 0, end: 0 });

describe('articleText', () => {
  it.each<[string, string[], string]>([
    ['no paragraphs', [], ''],
    ['one paragraph', ['The council met.'], 'The council met.'],
    ['paragraphs one per line', ['The council met.', 'It voted.'], 'The council met.\nIt voted.'],
  ])('should join %s', (_case, texts, expected) => {
    expect(articleText(texts.map(paragraph))).toBe(expected);
  });
});
