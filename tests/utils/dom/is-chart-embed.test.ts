import { describe, expect, it } from 'vitest';
import { isChartEmbed } from '../../../utils/dom/is-chart-embed';
import { elementOf } from './element-of';

describe('isChartEmbed', () => {
  it.each([
    ['a frame', '<iframe src="https://datawrapper.example/Ab3xQ/2/"></iframe>'],
    ['a block holding only a chart image', '<div><img src="/chart.png" alt="Chart"></div>'],
    [
      'a Flourish embed with its loader script',
      '<div class="flourish-embed"><script src="/embed.js"></script><noscript><img src="/t.png" alt=""></noscript></div>',
    ],
  ])('should read %s as a chart embed', (_case, html) => {
    expect(isChartEmbed(elementOf(html))).toBe(true);
  });

  it.each([
    ['a paragraph with a picture in it', '<p><img src="/a.png" alt=""> The harbour in 1950.</p>'],
    ['a block of text', '<div>The council met.</div>'],
  ])('should not read %s as a chart embed', (_case, html) => {
    expect(isChartEmbed(elementOf(html))).toBe(false);
  });
});
