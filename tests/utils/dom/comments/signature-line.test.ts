import { describe, expect, it } from 'vitest';
import { readSignatureLine } from '../../../../utils/dom/comments/signature-line';

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
