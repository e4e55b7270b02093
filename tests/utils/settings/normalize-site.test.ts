import { describe, expect, it } from 'vitest';
import { normalizeSite } from '../../../utils/settings/normalize-site';

describe('normalizeSite', () => {
  it.each([
    ['example.com', 'example.com'],
    ['  Example.COM ', 'example.com'],
    ['https://www.example.com/news/1?x=2#c', 'example.com'],
    ['news.example.co.uk:8080', 'news.example.co.uk'],
    ['xn--bcher-kva.example', 'xn--bcher-kva.example'],
  ])('should turn %j into %j', (input, expected) => {
    expect(normalizeSite(input)).toBe(expected);
  });

  it.each(['', '   ', 'not a site', 'https://', 'a..b', 'ex_ample.com'])('should reject %j', (input) => {
    expect(normalizeSite(input)).toBeUndefined();
  });
});
