import { describe, expect, it } from 'vitest';
import { isCommentBadge } from '../../../../utils/dom/comments/is-comment-badge';
import { isModerationNote } from '../../../../utils/dom/comments/is-moderation-note';
import { isVoteActionRow } from '../../../../utils/dom/comments/is-vote-action-row';

describe('isModerationNote', () => {
  it.each([
    'Your comment is awaiting moderation.',
    'Your comment is awaiting moderation. This is a preview; your comment will be visible after it has been approved.',
    'This comment is awaiting approval',
    'Comment awaiting moderation',
  ])('should take %j for the note over an unapproved comment', (line) => {
    expect(isModerationNote(line)).toBe(true);
  });

  it.each([
    'Your comment is awaiting moderation, they said, and it never appeared. Why do you censor people?',
    'My comment is awaiting moderation for three days now.',
    'Moderation is needed here.',
  ])('should keep %j, a reader’s words', (line) => {
    expect(isModerationNote(line)).toBe(false);
  });
});

describe('isVoteActionRow', () => {
  it.each(['12Reply Share', '-2 Reply', '4 Like Reply', '7 Reply | Share'])(
    'should take %j for a vote count and the action buttons',
    (line) => {
      expect(isVoteActionRow(line)).toBe(true);
    },
  );

  it.each(['42', '12 replies to this are wrong', 'Reply to Tomas: 12 is right', '3 people share this view'])(
    'should keep %j',
    (line) => {
      expect(isVoteActionRow(line)).toBe(false);
    },
  );
});

describe('isCommentBadge', () => {
  it.each(['Featured', 'Author', 'Post author', 'Admin', 'Moderator', 'Editor’s pick'])(
    'should take %j for a badge beside the name',
    (line) => {
      expect(isCommentBadge(line)).toBe(true);
    },
  );

  it.each(['The author is wrong.', 'Featured in the Times last year, this pool is famous.', 'Admin fees are too high'])(
    'should keep %j',
    (line) => {
      expect(isCommentBadge(line)).toBe(false);
    },
  );
});
