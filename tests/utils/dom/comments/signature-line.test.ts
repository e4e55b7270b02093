import { describe, expect, it } from 'vitest';
import { readSignatureLine, SIGNATURE_OPENER } from '../../../../utils/dom/comments/signature-line';

describe('readSignatureLine', () => {
  it.each([
    ['Posted by: Wren Atherly | May 3, 2024 at 08:15 AM', 'Wren Atherly', 'May 3, 2024 at 08:15 AM'],
    ['Posted by Anonymous | November 2, 2023 6:50 PM', 'Anonymous', 'November 2, 2023 6:50 PM'],
    ['Posted by: kestrel at 9:41 PM on 3 March 2022', 'kestrel', '9:41 PM on 3 March 2022'],
    ['written by Ana Ruiz, October 19, 2021', 'Ana Ruiz', 'October 19, 2021'],
  ])('should read "%s" as author and date', (line, author, date) => {
    expect(readSignatureLine(line)).toEqual({ author, date });
  });

  it.each([
    'Posted by the editors on Monday',
    'Posted in News | Tagged ferries, 2024',
    `Posted by: someone | ${'a very long comment text that only starts like a signature 2024 '.repeat(5)}`,
  ])('should not read "%s" as a signature', (line) => {
    expect(readSignatureLine(line)).toBeUndefined();
  });
});

describe('SIGNATURE_OPENER', () => {
  it('should find the opening of every signature line, also glued to the text before it in a page', () => {
    for (const line of ['Posted by: Wren Atherly | May 3, 2024', 'Commented by kestrel at 9:41 PM 2022']) {
      expect(readSignatureLine(line)).toBeDefined();
      expect(SIGNATURE_OPENER.test(line)).toBe(true);
      expect(SIGNATURE_OPENER.test(`Great post!10:14 AM${line}`)).toBe(true);
    }
    expect(SIGNATURE_OPENER.test('Submitted\n  by: Ana Ruiz')).toBe(true);
  });

  it('should not find it in a page without one', () => {
    expect(SIGNATURE_OPENER.test('Posted in News. Written for the Ledger by Ana Ruiz.')).toBe(false);
  });
});
