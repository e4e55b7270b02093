import { describe, expect, it } from 'vitest';
import { withoutUnverifiedMark } from '../../../../utils/dom/comments/without-unverified-mark';

describe('withoutUnverifiedMark', () => {
  it.each([
    ['Ken Dobbs (not verified)', 'Ken Dobbs'],
    ['gus  (Not verified)', 'gus'],
  ])("should take Drupal's mark off %j", (line, name) => {
    const span = withoutUnverifiedMark({ start: 10, end: 10 + line.length }, line);
    expect(line.slice(span.start - 10, span.end - 10)).toBe(name);
  });

  it.each(['Ken Dobbs', '(not verified)', 'Not verified yet', 'The claim (not verified) spread'])(
    'should leave %j as it is',
    (line) => {
      expect(withoutUnverifiedMark({ start: 0, end: line.length }, line)).toEqual({ start: 0, end: line.length });
    },
  );
});
