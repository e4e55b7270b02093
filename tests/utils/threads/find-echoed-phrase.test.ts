import { describe, expect, it } from 'vitest';
import { findEchoedPhrase } from '../../../utils/threads/find-echoed-phrase';

const terms = (...list: string[]) => new Set(list);

describe('findEchoedPhrase', () => {
  it.each([
    [
      'the same two words close together',
      'leasing for ten years',
      'Leasing for many years costs a fortune',
      ['leasing', 'year'],
    ],
    ['the words in the other order', 'years of leasing', 'leasing for ten years', ['leasing', 'year']],
  ])('should find %s', (_name, reply, parent, expected) => {
    expect(findEchoedPhrase(reply, parent, terms('leasing', 'year', 'fortune'))?.sort()).toEqual(expected);
  });

  it.each([
    [
      'words far apart in the parent',
      'leasing for ten years',
      'Leasing is fine. ' + 'filler '.repeat(10) + 'years',
      terms('leasing', 'year'),
    ],
    ['a single distinctive term', 'leasing for ten years', 'leasing for ten years', terms('leasing')],
    ['terms that are not distinctive', 'leasing for ten years', 'leasing for ten years', terms('ferry', 'boat')],
    ['empty texts', '', '', terms('leasing', 'year')],
  ])('should find nothing for %s', (_name, reply, parent, distinctive) => {
    expect(findEchoedPhrase(reply, parent, distinctive)).toBeUndefined();
  });
});
