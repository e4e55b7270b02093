import { describe, expect, it } from 'vitest';
import { detectLinkSpam } from '../../../utils/noise/detect-link-spam';

describe('detectLinkSpam', () => {
  it.each([
    ['Source: https://example.org/report', '1 link', 0.3],
    ['See www.example.org/a and https://example.net/b', '2 links', 0.6],
    ['Cheap watches at bestwatches.shop', "1 link with 'cheap'", 0.8],
    ['Earn $500 a day: http://x.example.com/?ref=1', "1 link with 'earn'", 0.8],
  ])('should flag %j', (text, message, weight) => {
    expect(detectLinkSpam(text)).toEqual({ code: 'link-spam', message, weight });
  });

  it.each([['No links here, just U.S. politics.'], ['He said so... twice.'], ['']])('should not flag %j', (text) => {
    expect(detectLinkSpam(text)).toBeUndefined();
  });
});
