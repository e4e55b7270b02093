import { describe, expect, it } from 'vitest';
import { readByline } from '../../../utils/page/read-byline';

const line = (text: string, start = 0) => ({ text, start, end: start + text.length });

describe('readByline', () => {
  it.each([
    ['By Jim Heintz', ['Jim Heintz']],
    ['By JIM HEINTZ and HYUNG-JIN KIM', ['JIM HEINTZ', 'HYUNG-JIN KIM']],
    ['by Ana López, Kim Tong-Hyung and Li Wei', ['Ana López', 'Kim Tong-Hyung', 'Li Wei']],
    ['By Ana López, Li Wei, and Bo Chen', ['Ana López', 'Li Wei', 'Bo Chen']],
    ['By Ana López & Li Wei', ['Ana López', 'Li Wei']],
  ])('should read the names of %j', (text, names) => {
    expect(readByline(line(text))?.map((name) => name.text)).toEqual(names);
  });

  it.each([
    ['By contrast, the economy grew.'],
    ['By 2025 the plant will close'],
    ['By the way'],
    ['Bypass road reopens'],
    ['By one estimate, a very long sentence that goes on and on well past any byline length here'],
  ])('should not read %j', (text) => {
    expect(readByline(line(text))).toBeUndefined();
  });

  it('should give spans into the input', () => {
    const input = 'xx\nBy Ana López and Li Wei';
    for (const name of readByline(line('By Ana López and Li Wei', 3)) ?? []) {
      expect(name.span && input.slice(name.span.start, name.span.end)).toBe(name.text);
    }
  });
});
