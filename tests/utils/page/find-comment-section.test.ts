import { describe, expect, it } from 'vitest';
import { parsePageText } from '../../../utils/parse-page-text';
import { findCommentSection } from '../../../utils/page/find-comment-section';
import { splitLines } from '../../../utils/page/split-lines';

describe('findCommentSection', () => {
  it.each([
    ['Body.\n35 Comments\nAnn', 1, 35],
    ['Body.\nComments\nAnn', 1, undefined],
    ['Body.\nMore body.\nLogin to comment\nAnn', 2, undefined],
  ])('should open the comment area at the marker of %j', (input, index, declaredCount) => {
    const found = findCommentSection(splitLines(input));
    expect(found?.index).toBe(index);
    expect(found?.declaredCount).toBe(declaredCount);
  });

  it.each([['Body.\nShare\nMore body.'], ['Body.\nAnn\nFair point.'], ['']])('should find none in %j', (input) => {
    expect(findCommentSection(splitLines(input))).toBeUndefined();
  });

  describe('a comment count beside the byline, with the article under it', () => {
    const paragraph = (topic: string): string =>
      `The council said on Tuesday that the ${topic} would be ready before the summer, after two years of delays and a long dispute over costs.`;
    const top = ['Ferry pier reopens', 'By Ann Lee', '12 Comments', paragraph('pier'), paragraph('ticket office')];

    it('should not open the comment area there, so the article stays the article', () => {
      expect(findCommentSection(splitLines([...top, 'Ann Lee', 'Staff writer'].join('\n')))).toBeUndefined();
    });

    it.each([
      ['a caption', ['12 Comments', 'The pier on Tuesday. Photo: Tom Ode', paragraph('pier'), paragraph('office')]],
      ['a share-bar control', ['Comments', 'Save', paragraph('pier'), paragraph('office'), paragraph('bridge')]],
    ])('should not open it at a marker over %s and the article', (_, lines) => {
      expect(findCommentSection(splitLines(['Ferry pier reopens', ...lines, 'Ann Lee'].join('\n')))).toBeUndefined();
    });

    it('should open it at the later marker over the real comments', () => {
      const lines = [...top, '2 Comments', 'Login to comment', 'Ravi', 'About time too.'];
      expect(findCommentSection(splitLines(lines.join('\n')))).toMatchObject({ index: 5, declaredCount: 2 });
    });

    it.each([
      ['a name first', ['Ravi', paragraph('pier'), paragraph('bridge')]],
      ['one long note before the names', [paragraph('moderation'), 'Ravi', 'About time too.']],
    ])('should still open it at a count followed by %s', (_, after) => {
      expect(findCommentSection(splitLines(['Body.', '3 Comments', ...after].join('\n')))?.index).toBe(1);
    });
  });

  describe('saved text whose article ends in short name-like lines', () => {
    const article = [
      'Ferry pier reopens',
      'By Ann Lee',
      'The council said on Tuesday that the pier would be ready before the summer, after two years of delays and a long dispute.',
      'Ticket prices stay the same for the first season, and the early boat runs on Sundays again from the first of May.',
    ];

    it.each([
      ['staff credits', ['Ann Lee', 'Staff writer', 'Tom Ode', 'Data reporter']],
      ['related links', ['Related', 'Bridge closure extended', 'Lena Park', 'School meals price to rise', 'Sam Ito']],
      [
        'letters signed by readers',
        ['Good news for the east side.', 'Marta Green, Eastfield', 'Fix Mill Lane first.', 'Derek Shaw'],
      ],
      [
        'quoted posts',
        ['Ana Ruiz', '@anaruiz', 'Huge night for the harbour!', 'March 5, 2024', 'Tom Hale', '@tomhale'],
      ],
    ])('should find no comments after %s, with or without a count beside the byline', (_, ending) => {
      for (const lines of [article, [...article.slice(0, 2), '12 Comments', ...article.slice(2)]]) {
        const doc = parsePageText([...lines, ...ending].join('\n'));
        expect(doc.comments).toEqual([]);
        expect(doc.body.map((paragraph) => paragraph.text)).toContain(article[2]);
      }
    });
  });

  describe('a bare "Comments" heading in saved text', () => {
    const article = [
      'Ferry pier reopens',
      'By Ann Lee',
      'The council said on Tuesday that the pier would be ready before the summer, after two years of delays.',
      'Residents who commute to the mainland said the last boat at seven left them stranded after late meetings.',
    ];

    it.each([
      ['a share row and a footer', ['Facebook', 'Twitter', 'Email', 'Print', 'Harbor Daily', 'Copyright 2026']],
      ['a related-story list', ['Related', 'Pier Tolls Rise Again', 'Most Read', 'Council Member Resigns', 'Tides']],
      ['credits', ['Photo: Lena Ostrow', 'Harbor Daily', 'Editing by Paul Wren', 'Subscribe']],
    ])('should report no comments over %s and keep those lines out of the body, as chrome', (_, ending) => {
      const doc = parsePageText([...article, 'Comments', ...ending].join('\n'));
      expect(doc.comments).toEqual([]);
      expect(doc.body.map((paragraph) => paragraph.text)).toEqual(article.slice(2));
      expect(doc.commentSection.chrome.map((span) => span.text)).toEqual(['Comments', ...ending]);
    });

    it('should read the comments of the real shape: author line, then text lines', () => {
      const thread = ['seagull42', 'Finally! I missed that boat twice.', 'PortWatcher', 'waste of money', 'Bo', 'ok'];
      const doc = parsePageText([...article, 'Comments', ...thread, 'Mia', 'Agreed, it is overdue.'].join('\n'));
      expect(doc.comments.map((comment) => comment.author.text)).toEqual(['seagull42', 'PortWatcher', 'Bo', 'Mia']);
      expect(doc.body.map((paragraph) => paragraph.text)).toEqual(article.slice(2));
    });
  });
});
