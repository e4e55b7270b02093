import { describe, expect, it } from 'vitest';
import { isCommentChromeLine } from '../../../utils/dom/is-comment-chrome-line';

describe('isCommentChromeLine', () => {
  it.each([
    'No comments yet. Be the first to comment!',
    'Leave a Reply',
    'You must be logged in to post a comment.',
    'Login to comment',
    'Comments are closed.',
    '35 Comments',
    'Comments (12)',
    'Load more comments',
    'Sort by newest',
    'Name *',
    'Join the Discussion',
    'blog comments powered by Disqus',
    'Loading...',
    'Report abuse',
    'Next »',
  ])('should treat "%s" as furniture', (line) => {
    expect(isCommentChromeLine(line)).toBe(true);
  });

  it.each([
    'No way this library cost only four million.',
    'Comments like yours make the town look bad.',
    'Leave the poor librarians alone, they did great work.',
    'harbour_light',
  ])('should keep the comment line "%s"', (line) => {
    expect(isCommentChromeLine(line)).toBe(false);
  });
});
