import { describe, expect, it } from 'vitest';
import { readHeader } from '../../../utils/page/read-header';
import { splitLines } from '../../../utils/page/split-lines';

const header = (input: string) => readHeader(splitLines(input));

describe('readHeader', () => {
  it.each([
    ['date 2023-09-12 First paragraph here.', '2023-09-12', 0],
    ['Published: September 12, 2023\nBody text.', '2023-09-12', 1],
    ['Updated 12 Sep 2023\nBody text.', '2023-09-12', 1],
    ['Posted on 2023-09-12T10:00:00Z\nBody text.', '2023-09-12T10:00:00Z', 1],
    ['September 12, 2023\nBody text.', '2023-09-12', 1],
    ['Published: 2023-09-12\nUpdated: 2023-09-13\nBody text.', '2023-09-12', 2],
  ])('should read the date of %j', (input, iso, consumed) => {
    const result = header(input);
    expect(result.date?.iso).toBe(iso);
    expect(result.date?.span && input.slice(result.date.span.start, result.date.span.end)).toBe(result.date?.text);
    expect(result.consumed).toBe(consumed === 0 ? 1 : consumed);
  });

  it('should hand back the body text that shares the date line', () => {
    const input = ' date 2023-09-12 Joined by officials, he left.\nMore.';
    const rest = header(input).bodyRest;
    expect(rest?.text).toBe('Joined by officials, he left.');
    expect(rest && input.slice(rest.start, rest.end)).toBe(rest?.text);
  });

  it.each([
    ['The first paragraph is plain text. It has no date.\nSecond.'],
    ['Date night ideas are everywhere this year.\nSecond.'],
    ['Published reports said the talks failed.\nSecond.'],
  ])('should find no date in %j', (input) => {
    const result = header(input);
    expect(result.date).toBeUndefined();
    expect(result.consumed).toBe(0);
  });

  it('should read a headline, byline and date in any order', () => {
    const input = 'Leaders meet at the border station\nBy Ana López and Li Wei\nSeptember 12, 2023\nBody text.';
    const result = header(input);
    expect(result.headline?.text).toBe('Leaders meet at the border station');
    expect(result.bylines.map((name) => name.text)).toEqual(['Ana López', 'Li Wei']);
    expect(result.date?.iso).toBe('2023-09-12');
    expect(result.consumed).toBe(3);
  });

  it.each([
    ['By Lucia Brenner · May 14, 2024', 'May 14, 2024'],
    ['By Ana López and Li Wei | Updated: 2024-05-15', '2024-05-15'],
  ])('should read a byline with a date beside it: %j', (first, dateText) => {
    const input = `${first}\nBody text.`;
    const result = header(input);
    expect(result.bylines.length).toBeGreaterThan(0);
    expect(result.date?.text).toBe(dateText);
    expect(result.date?.span && input.slice(result.date.span.start, result.date.span.end)).toBe(dateText);
    expect(result.headline).toBeUndefined();
    expect(result.consumed).toBe(1);
  });

  it.each([
    ['A first line that ends like a sentence.\nSecond.'],
    ['World\nSecond line.'],
    ['Only one line without a stop'],
  ])('should not take %j as a headline', (input) => {
    expect(header(input).headline).toBeUndefined();
  });
});
