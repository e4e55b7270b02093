import { describe, expect, it } from 'vitest';
import { commentEvidence } from '../../../../utils/dom/comments/comment-evidence';

describe('commentEvidence', () => {
  it.each(['12 Comments', 'One response to "Ferry cuts"', 'Comments (4)', '3 thoughts on this'])(
    'should read "%s" as a comment count',
    (line) => {
      expect(commentEvidence(line)).toBe('count');
    },
  );

  it.each([
    'by harbour_light July 29, 2024 8:33 AM',
    'Ravi says:',
    'Posted 3 hours ago',
    'Dana K 14:05',
    'pred 2 urama',
    'Ileana P. acum 3 ore',
    'stationwagonstan10/29/20 4:40PM',
    'brakefadebrenda 10/29/20',
    'Dana K 4:52pm',
  ])('should read "%s" as a byline', (line) => {
    expect(commentEvidence(line)).toBe('byline');
  });

  it.each([
    'Enter here to win a guided kayak tour for two',
    'Comments are what keep this site going',
    'Prije nego što je otišao, rekao je da će se vratiti',
    'The ferry carried 3/4 of its usual load',
    'Ratings went 10/29/205 in the survey',
    'Gate 14:5 opens later',
    `A long comment that mentions 2024 in passing ${'and goes on and on '.repeat(6)}`,
  ])('should find no evidence in "%s"', (line) => {
    expect(commentEvidence(line)).toBeUndefined();
  });
});
