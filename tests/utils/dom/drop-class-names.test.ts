import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { dropClassNames } from '../../../utils/dom/drop-class-names';

/** The class attribute of `<div class="…">` after dropping the names that hold "side". */
function classAfter(className: string): string | null {
  const { document } = parseHTML('<html><body><div></div></body></html>');
  const element = document.querySelector('div');
  element?.setAttribute('class', className);
  if (element) dropClassNames(element, (name) => name.includes('side'));
  return element?.getAttribute('class') ?? null;
}

describe('dropClassNames', () => {
  it.each([
    ['layout-sidebar wide main', 'wide main'],
    ['sidebar', ''],
  ])('should take the matching names off %j', (className, expected) => {
    expect(classAfter(className)).toBe(expected);
  });

  it('should keep every name when none matches', () => {
    expect(classAfter('wide main')).toBe('wide main');
  });
});
