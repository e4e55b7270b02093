import { describe, expect, it } from 'vitest';
import { commentsMentioning } from '../../../components/comments/comments-mentioning';
import { makeComments, makeEntity } from '../fixtures';

const comments = makeComments([
  { author: 'a', text: 'Kim Jong Un spoke.' },
  { author: 'b', text: 'Kimberly disagrees.' },
  { author: 'c', text: 'The US (and Kim) matter.' },
  { author: 'd', text: 'Tell us more about it.' },
  { author: 'e', text: 'A.B.C. Corp. said so' },
]);

describe('commentsMentioning', () => {
  it.each([
    ['the name or an alias as whole words', makeEntity('Kim Jong Un', 'person', { aliases: ['Kim'] }), ['c1', 'c3']],
    ['a case-sensitive acronym', makeEntity('United States', 'place', { aliases: ['US'] }), ['c3']],
    ['names with regex characters', makeEntity('A.B.C. Corp.', 'organization'), ['c5']],
    ['nothing for an unmentioned name', makeEntity('Putin', 'person'), []],
  ])('should find %s in comment text for a body entity', (_label, entity, expected) => {
    expect([...commentsMentioning(entity, comments)]).toEqual(expected);
  });

  it('should use the mentions’ comment ids for a comment entity', () => {
    const entity = makeEntity('Kim', 'person', {
      mentions: [
        { text: 'Kim', start: 0, end: 3, commentId: 'c3' },
        { text: 'Kim', start: 5, end: 8, commentId: 'c3' },
      ],
    });
    expect([...commentsMentioning(entity, comments)]).toEqual(['c3']);
  });
});
