import { describe, expect, it } from 'vitest';
import { isFigureTitle } from '../../../utils/dom/is-figure-title';
import { elementOf } from './element-of';

/** The first child of the figure in `html`. */
const firstInFigure = (html: string): Element => {
  const child = elementOf(html).firstElementChild;
  if (!child) throw new Error('no child');
  return child;
};

describe('isFigureTitle', () => {
  it.each([
    ['over an SVG', '<figure><div class="chart-title">Share of libraries open at each hour</div><svg></svg></figure>'],
    [
      'over a canvas, past a noscript',
      '<figure><h3>Weekly ridership</h3><noscript></noscript><canvas></canvas></figure>',
    ],
    [
      'over an image',
      '<figure><p>Rainfall by month, 2026</p><img src="a.png"><figcaption>Source: x</figcaption></figure>',
    ],
  ])('should read a title %s as the figure’s', (_case, html) => {
    expect(isFigureTitle(firstInFigure(html))).toBe(true);
  });

  it.each([
    ['a sentence over the graphic', '<figure><p>The line rises after noon.</p><svg></svg></figure>'],
    [
      'a quote with no graphic',
      '<figure><blockquote>We came back.</blockquote><figcaption>Ann Lee</figcaption></figure>',
    ],
    ['a line over a table', '<figure><p>Opening hours by state</p><table><tr><td>1</td></tr></table></figure>'],
    ['a line outside a figure', '<div><div>Share of libraries open</div><svg></svg></div>'],
  ])('should keep %s', (_case, html) => {
    expect(isFigureTitle(firstInFigure(html))).toBe(false);
  });
});
