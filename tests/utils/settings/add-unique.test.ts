import { describe, expect, it } from 'vitest';
import { addUnique } from '../../../utils/settings/add-unique';

describe('addUnique', () => {
  it.each([
    ['a new item', ['a'], 'b', ['a', 'b']],
    ['a padded item, trimmed', [], '  b ', ['b']],
  ])('should add %s', (_label, list, item, expected) => {
    expect(addUnique(list, item)).toEqual(expected);
  });

  it.each([
    ['an empty item', ['a'], '  '],
    ['a duplicate differing in case', ['Troll'], 'troll'],
  ])('should not add %s', (_label, list, item) => {
    expect(addUnique(list, item)).toEqual(list);
  });
});
