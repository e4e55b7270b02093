import { describe, expect, it } from 'vitest';
import { isBylineTagline } from '../../../utils/page/is-byline-tagline';
import type { Line } from '../../../utils/page/split-lines';

const line = (text: string): Line => ({ text, start: 0, end: text.length });

describe('isBylineTagline', () => {
  it.each([
    ['Family therapist, author of ‘The Quiet Table’', '02/14/2017 09:12 am ET Updated Dec 06, 2017'],
    ['Writer, runner, recovering lawyer', 'Nov 12, 2026'],
    ['I write about cities and the people who plan them.', 'Published November 12, 2026'],
  ])('reads %j over a date line as the writer’s tagline', (text, date) => {
    expect(isBylineTagline(line(text), line(date))).toBe(true);
  });

  it.each([
    // Not over a date line: the story's first lines.
    ['The council met on Monday', 'It voted to close the pool.'],
    // A paragraph of two sentences, even over a date.
    ['The pool closed on Monday. Parents were not told.', 'Nov 12, 2026'],
    // Too long for a tagline.
    [
      'The pool that generations of children in the valley learned to swim in closed for good on Monday after sixty years',
      'Nov 12, 2026',
    ],
    // A second byline over the date is read as a byline, not dropped as a tagline.
    ['By Bo Chen', 'Nov 12, 2026'],
    // A date line with the story glued after it.
    ['Writer, runner, recovering lawyer', 'Nov 12, 2026 — The council met on Monday.'],
  ])('leaves %j alone', (text, next) => {
    expect(isBylineTagline(line(text), line(next))).toBe(false);
  });
});
