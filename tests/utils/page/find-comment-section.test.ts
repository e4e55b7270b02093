import { describe, expect, it } from 'vitest';
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
});
