import { describe, expect, it } from 'vitest';
import { removeItem } from '../../../utils/settings/remove-item';

describe('removeItem', () => {
  it.each([
    ['the item', ['a', 'b', 'c'], 'b', ['a', 'c']],
    ['every copy', ['a', 'b', 'a'], 'a', ['b']],
  ])('should remove %s', (_name, list, item, expected) => {
    expect(removeItem(list, item)).toEqual(expected);
  });

  it.each([
    ['an absent item', ['a', 'b'], 'c'],
    ['a case variant', ['Alice'], 'alice'],
    ['from an empty list', [], 'a'],
  ])('should keep the list for %s', (_name, list, item) => {
    expect(removeItem(list, item)).toEqual(list);
  });

  it('should return a new list', () => {
    const list = ['a'];
    expect(removeItem(list, 'b')).not.toBe(list);
  });
});
