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

  it("should take the time stamp printed between a hint's author and its text when the hint has no date", () => {
    const input = 'Ann\n11.05.12 at 1:55 pm\nFair point.\nBo\n  March 3rd, 2021 at 9:40 am\nIt was overdue.';
    const span = (text: string) => ({ start: input.indexOf(text), end: input.indexOf(text) + text.length });
    const comments = commentsFromHints(input, [
      { author: span('Ann'), paragraphs: [span('Fair point.')] },
      { author: span('Bo'), paragraphs: [span('It was overdue.')] },
    ]);
    expect(comments.map((c) => c.date)).toEqual([
      { text: '11.05.12 at 1:55 pm', span: span('11.05.12 at 1:55 pm') },
      { text: 'March 3rd, 2021 at 9:40 am', span: span('March 3rd, 2021 at 9:40 am') },
    ]);
  });

  it.each([
    ['a line between that is no stamp', 'Ann\nsaid in reply:\nFair point.\n2 hours ago'],
    ['a stamp after the text', 'Ann\nFair point.\n2 hours ago'],
    ['a stamp before the author', '2 hours ago\nAnn\nFair point.'],
  ])('should give no date for %s', (_, input) => {
    const span = (text: string) => ({ start: input.indexOf(text), end: input.indexOf(text) + text.length });
    const [comment] = commentsFromHints(input, [{ author: span('Ann'), paragraphs: [span('Fair point.')] }]);
    expect(comment?.text).toBe('Fair point.');
    expect(comment?.date).toBeUndefined();
  });

  it.each([
    [
      'its own paragraph',
      'Ann\nSeptember 28, 2012 at 9:58 pm\nFair point.',
      ['September 28, 2012 at 9:58 pm', 'Fair point.'],
    ],
    ['the first line of a paragraph', 'Ann\n2 hours ago\nFair point.', ['2 hours ago\nFair point.']],
  ])('should split off a time stamp that opens the comment text as %s', (_, input, paragraphs) => {
    const span = (text: string) => ({ start: input.indexOf(text), end: input.indexOf(text) + text.length });
    const [comment] = commentsFromHints(input, [{ author: span('Ann'), paragraphs: paragraphs.map(span) }]);
    expect(comment?.date).toEqual({ text: paragraphs[0]!.split('\n')[0], span: span(paragraphs[0]!.split('\n')[0]!) });
    expect(comment?.text).toBe('Fair point.');
    expect(input.slice(comment!.paragraphs[0]!.start, comment!.paragraphs[0]!.end)).toBe('Fair point.');
  });

  it('should keep a comment whose only text is a time stamp as text', () => {
    const input = 'Ann\n2 hours ago';
    const span = (text: string) => ({ start: input.indexOf(text), end: input.indexOf(text) + text.length });
    const [comment] = commentsFromHints(input, [{ author: span('Ann'), paragraphs: [span('2 hours ago')] }]);
    expect(comment?.text).toBe('2 hours ago');
    expect(comment?.date).toBeUndefined();
  });

  it('should keep the date the hint brings over a stamp in the text', () => {
    const input = 'Ann\nyesterday\nFair point.';
    const span = (text: string) => ({ start: input.indexOf(text), end: input.indexOf(text) + text.length });
    const date = { text: '2021-03-03', iso: '2021-03-03' };
    const [comment] = commentsFromHints(input, [{ author: span('Ann'), paragraphs: [span('Fair point.')], date }]);
    expect(comment?.date).toEqual(date);
  });
});
