import { describe, expect, it } from 'vitest';
import { isChartLabels } from '../../../utils/dom/is-chart-labels';
import { elementOf } from './element-of';

describe('isChartLabels', () => {
  it.each([
    [
      'an ai2html artboard with its labels',
      '<div class="g-artboard"><img src="a.png" alt=""><div class="g-aiAbs"><p>100%</p></div><div class="g-aiAbs"><p>2016</p></div></div>',
    ],
    [
      'a picture with labels placed by inline style, names hashed',
      '<div class="css-9f"><img src="a.png" alt=""><div style="top:22%;left:71%"><p>Vallmoll</p></div><div style="top:92%;left:4%"><p>2016</p></div></div>',
    ],
  ])('should read %s as the chart’s labels', (_case, html) => {
    expect(isChartLabels(elementOf(html))).toBe(true);
  });

  it.each([
    ['a chart picture with no text', '<div><img src="a.png" alt=""></div>'],
    ['a picture beside a paragraph', '<div><img src="a.png" alt=""><p>The lake shrank by two-thirds.</p></div>'],
    [
      'a picture with a long placed text',
      '<div><img src="a.png" alt=""><div style="top:60%;left:5%">The reservoirs have lost two-thirds of their water in ten dry years, records show</div></div>',
    ],
  ])('should keep %s', (_case, html) => {
    expect(isChartLabels(elementOf(html))).toBe(false);
  });
});
