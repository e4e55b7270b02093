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

  it('should read a name with a vote tally as the author, even of a lone comment', () => {
    const input =
      'kestrel_9 14 pts\nThe toll will be paid by riders, not by the board.\nAnn Berg 2 points\nThey won by 5 points.';
    const { comments } = readCommentArea(splitLines(input));
    expect(comments.map((c) => [c.author.text, c.date, c.text])).toEqual([
      ['kestrel_9', undefined, 'The toll will be paid by riders, not by the board.'],
      ['Ann Berg', undefined, 'They won by 5 points.'],
    ]);
    expect(readCommentArea(splitLines(input.split('\n').slice(0, 2).join('\n'))).comments).toHaveLength(1);
  });

  it('should keep a tally-like line inside a comment as text when it is no name', () => {
    const input = 'Ann\nWhat a game.\nFinal margin, 5 points\nBo\nAgreed.';
    const { comments } = readCommentArea(splitLines(input));
    expect(comments.map((c) => [c.author.text, c.text])).toEqual([
      ['Ann', 'What a game.\nFinal margin, 5 points'],
      ['Bo', 'Agreed.'],
    ]);
  });

  it('should read comments signed under their text with a stamp and a name', () => {
    const input =
      'Reader Comments (2)\nLovely pictures, thank you!\nSee you in May.\nMarch 3, 2019 | Odile\nSo sweet.\nMarch 4, 2019 | Pim';
    const { comments, section } = readCommentArea(splitLines(input));
    expect(comments.map((c) => [c.author.text, c.date?.text, c.text])).toEqual([
      ['Odile', 'March 3, 2019', 'Lovely pictures, thank you!\nSee you in May.'],
      ['Pim', 'March 4, 2019', 'So sweet.'],
    ]);
    expect(comments.map((c) => input.slice(c.start, c.end))).toEqual([
      'Lovely pictures, thank you!\nSee you in May.\nMarch 3, 2019 | Odile',
      'So sweet.\nMarch 4, 2019 | Pim',
    ]);
    expect(section.chrome.map((c) => c.text)).toContain('Reader Comments (2)');
  });

  it('should read stamp-first lines as authors above their text when the area does not end on one', () => {
    const input = 'March 3, 2019 | Odile\nLovely pictures, thank you!\nMarch 4, 2019 | Pim\nSo sweet.';
    const { comments } = readCommentArea(splitLines(input));
    expect(comments.map((c) => [c.author.text, c.date?.text, c.text])).toEqual([
      ['Odile', 'March 3, 2019', 'Lovely pictures, thank you!'],
      ['Pim', 'March 4, 2019', 'So sweet.'],
    ]);
  });

  it('should file a stray time stamp as chrome, in page order', () => {
    const input = 'yesterday\nLoad more comments\nAnn\nFair point.';
    const { comments, section } = readCommentArea(splitLines(input));
    expect(comments.map((c) => c.date)).toEqual([undefined]);
    expect(section.chrome.map((c) => c.text)).toEqual(['yesterday', 'Load more comments']);
  });

  it('should give a comment the stamp printed between its paragraphs, and file one after its text as chrome', () => {
    const input =
      'Ann Berg\n12 Fans\n5 hours ago\nThe ferry timetable was late again.\nBo Lind\nIt was overdue, and we said so.\n2 hours ago';
    const { comments, section } = readCommentArea(splitLines(input));
    expect(comments.map((c) => [c.author.text, c.date?.text, c.text])).toEqual([
      ['Ann Berg', '5 hours ago', '12 Fans\nThe ferry timetable was late again.'],
      ['Bo Lind', undefined, 'It was overdue, and we said so.'],
    ]);
    expect(section.chrome.map((c) => c.text)).toEqual(['2 hours ago']);
  });

  it('should read only count and chrome when asked not to segment', () => {
    const input = 'Comments (2)\nSign in to comment\nAnn\nFair point.';
    const area = readCommentArea(splitLines(input), false);
    expect(area.comments).toEqual([]);
    expect(area.section.declaredCount).toBe(2);
    expect(area.section.chrome.map((c) => c.text)).toEqual(['Sign in to comment']);
  });
});

describe('readCommentArea on lines that only look like comments', () => {
  const texts = (spans: readonly { text: string }[]): string[] => spans.map((span) => span.text);

  it.each([
    ['a share row and a footer', 'Comments\nFacebook\nTwitter\nEmail\nPrint\nHarbor Daily\nAbout Us\nCopyright 2026'],
    [
      'a related-story list',
      'Comments\nRelated\nFerry Fares Rise Again\nMost Read\nCouncil Member Resigns\nTide Tables',
    ],
    ['credits and a newsletter prompt', 'Comments\nPhoto: Lena Ostrow\nHarbor Daily\nEditing by Paul Wren'],
    ['a declared count over link titles', '3 Comments\nCity Hall\nTide Tables\nHarbor Daily\nFerry Times\nOld Pier'],
  ])('should report no comments for %s, filing every line as chrome', (_, input) => {
    const lines = splitLines(input);
    const { comments, section } = readCommentArea(lines);
    expect(comments).toEqual([]);
    const filed = [...(section.countLine ? [section.countLine] : []), ...section.chrome];
    expect(texts(filed).sort()).toEqual(texts(lines).sort());
    expect(section.chrome.map((span) => span.start)).toEqual(
      [...section.chrome.map((span) => span.start)].sort((a, b) => a - b),
    );
  });

  it('should keep comments whose text reads like a remark: punctuated, lowercase, shouted or in a caseless script', () => {
    const input =
      'Comments\nseagull42\nFinally! The last boat was too early.\nPortWatcher\nwaste of money\nMIKE\nNO MORE FERRIES\n李明\n渡轮时间太早了';
    const { comments } = readCommentArea(splitLines(input));
    expect(comments.map((c) => [c.id, c.author.text, c.text])).toEqual([
      ['c1', 'seagull42', 'Finally! The last boat was too early.'],
      ['c2', 'PortWatcher', 'waste of money'],
      ['c3', 'MIKE', 'NO MORE FERRIES'],
      ['c4', '李明', '渡轮时间太早了'],
    ]);
  });

  it('should drop name-and-label pairs after the last remark, but keep a short reply between remarks', () => {
    const input =
      'Comments\nAnn\nThe ferry should run later.\nBo\nFerries\nCy\nAgreed, it should.\nHarbor Daily\nCopyright 2026';
    const { comments, section } = readCommentArea(splitLines(input));
    expect(comments.map((c) => [c.id, c.author.text])).toEqual([
      ['c1', 'Ann'],
      ['c2', 'Bo'],
      ['c3', 'Cy'],
    ]);
    expect(texts(section.chrome)).toEqual(['Comments', 'Harbor Daily', 'Copyright 2026']);
  });

  it('should keep the time stamp of the first remark when furniture before it was dropped', () => {
    const input = 'Comments\nHarbor Daily\nNewsletter Signup\nAnn · 2 hours ago\nFair point.\nBo\nIt was overdue.';
    const { comments, section } = readCommentArea(splitLines(input));
    expect(comments.map((c) => [c.id, c.author.text, c.date?.text])).toEqual([
      ['c1', 'Ann', '2 hours ago'],
      ['c2', 'Bo', undefined],
    ]);
    expect(texts(section.chrome)).toEqual(['Comments', 'Harbor Daily', 'Newsletter Signup']);
  });
});
