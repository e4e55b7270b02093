import { describe, expect, it } from 'vitest';
import { commentsFromHints } from '../../../utils/page/comments-from-hints';

const INPUT = 'Ann\n  Fair point.  \nBo\nIt was overdue.';
const at = (text: string) => ({ start: INPUT.indexOf(text), end: INPUT.indexOf(text) + text.length });

describe('commentsFromHints', () => {
  it('should build comments with trimmed spans and dom reply links', () => {
    const comments = commentsFromHints(INPUT, [
      { author: at('Ann'), paragraphs: [{ start: 4, end: 19 }] },
      { author: at('Bo'), paragraphs: [at('It was overdue.')], parentIndex: 0 },
    ]);
    expect(comments.map((c) => [c.id, c.author.text, c.text])).toEqual([
      ['c1', 'Ann', 'Fair point.'],
      ['c2', 'Bo', 'It was overdue.'],
    ]);
    expect(INPUT.slice(comments[0]!.paragraphs[0]!.start, comments[0]!.paragraphs[0]!.end)).toBe('Fair point.');
    expect(comments[1]?.replyTo).toMatchObject({ parentId: 'c1', evidence: 'dom', confidence: 1 });
  });

  it.each([
    ['a span past the end', { author: { start: 0, end: 999 }, paragraphs: [at('Fair point.')] }],
    ['an empty paragraph list', { author: at('Ann'), paragraphs: [] }],
    ['a blank paragraph', { author: at('Ann'), paragraphs: [{ start: 3, end: 6 }] }],
    ['a reversed span', { author: { start: 3, end: 0 }, paragraphs: [at('Fair point.')] }],
  ])('should skip a hint with %s', (_, hint) => {
    expect(commentsFromHints(INPUT, [hint])).toEqual([]);
  });

  it('should renumber after a skipped hint and drop links to it', () => {
    const comments = commentsFromHints(INPUT, [
      { author: at('Ann'), paragraphs: [] },
      { author: at('Bo'), paragraphs: [at('It was overdue.')], parentIndex: 0 },
    ]);
    expect(comments.map((c) => c.id)).toEqual(['c1']);
    expect(comments[0]?.replyTo).toBeUndefined();
  });
});
