import { describe, expect, it } from 'vitest';
import { splitStampedAuthor } from '../../../utils/page/split-stamped-author';

const line = (text: string) => ({ text, start: 10, end: 10 + text.length });

describe('splitStampedAuthor', () => {
  it.each([
    ['Ann Berg · 2 hours ago', 'Ann Berg', '2 hours ago'],
    ['ok1517 | Sep 12, 2023', 'ok1517', 'Sep 12, 2023'],
  ])('should split %j', (text, name, stamp) => {
    const split = splitStampedAuthor(line(text));
    expect(split?.name.text).toBe(name);
    expect(split?.stamp.text).toBe(stamp);
    if (split) expect(split.stamp.end).toBe(10 + text.length);
  });

  it.each([
    ['Ann Berg'],
    ['I said this · and that'],
    ['Мария_88 — вчера'],
    ['A long sentence here, really · 2 hours ago'],
  ])('should leave %j whole', (text) => {
    expect(splitStampedAuthor(line(text))).toBeUndefined();
  });
});
