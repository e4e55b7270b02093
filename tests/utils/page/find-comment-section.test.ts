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
});
