import { describe, expect, it } from 'vitest';
import { readsAsByline } from '../../../utils/dom/reads-as-byline';

describe('readsAsByline', () => {
  it.each(['By Ann Lee', 'Posted on October 12, 2012', '  By   Ann Lee  ', 'May 2, 2024'])(
    'should read %j as a byline or date line',
    (text) => {
      expect(readsAsByline(text)).toBe(true);
    },
  );

  it.each(['', 'Boats are back two years after the storm.', `By Ann Lee ${'and more words '.repeat(30)}`])(
    'should not read %j as one',
    (text) => {
      expect(readsAsByline(text)).toBe(false);
    },
  );
});
