import { describe, expect, it } from 'vitest';
import { readCommentArea } from '../../../utils/page/read-comment-area';
import { splitLines } from '../../../utils/page/split-lines';

describe('readCommentArea', () => {
  it('should give each comment the time stamp under its author, keeping it out of the paragraphs', () => {
    const input = '2 Comments\nAnn\n5 hours ago\nFair point.\nBo\nSeptember 12, 2023\nIt was overdue.';
    const { comments, section, warnings } = readCommentArea(splitLines(input));
    expect(comments.map((c) => [c.author.text, c.date?.text, c.text])).toEqual([
      ['Ann', '5 hours ago', 'Fair point.'],
      ['Bo', 'September 12, 2023', 'It was overdue.'],
    ]);
    const date = comments[0]?.date?.span;
    expect(date && input.slice(date.start, date.end)).toBe('5 hours ago');
    expect(section.declaredCount).toBe(2);
    expect(warnings).toEqual([]);
  });

  it('should split a time stamp off the author line, but keep such a line whole when it is text', () => {
    const input = 'Ann Berg · 2 hours ago\nFair point.\nbo_77 | Sep 12, 2023\nRight · yesterday\nIt was overdue.';
    const { comments } = readCommentArea(splitLines(input));
    expect(comments.map((c) => [c.author.text, c.date?.text, c.text])).toEqual([
      ['Ann Berg', '2 hours ago', 'Fair point.'],
      ['bo_77', 'Sep 12, 2023', 'Right · yesterday\nIt was overdue.'],
    ]);
    for (const c of comments) {
      expect(input.slice(c.author.start, c.author.end)).toBe(c.author.text);
      expect(c.date?.span && input.slice(c.date.span.start, c.date.span.end)).toBe(c.date?.text);
    }
  });

  it('should file a stray time stamp as chrome, in page order', () => {
    const input = 'yesterday\nLoad more comments\nAnn\nFair point.';
    const { comments, section } = readCommentArea(splitLines(input));
    expect(comments.map((c) => c.date)).toEqual([undefined]);
    expect(section.chrome.map((c) => c.text)).toEqual(['yesterday', 'Load more comments']);
  });

  it('should read only count and chrome when asked not to segment', () => {
    const input = 'Comments (2)\nSign in to comment\nAnn\nFair point.';
    const area = readCommentArea(splitLines(input), false);
    expect(area.comments).toEqual([]);
    expect(area.section.declaredCount).toBe(2);
    expect(area.section.chrome.map((c) => c.text)).toEqual(['Sign in to comment']);
  });
});
