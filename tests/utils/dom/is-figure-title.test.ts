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

describe('isFigureTitle, in a chart’s own box', () => {
  const AI2HTML =
    '<div class="graphic"><div class="ai2html"><div class="g-artboard"><img src="a.png" alt="">' +
    '<div class="g-aiAbs"><p>100%</p></div><div class="g-aiAbs"><p>Vallmoll</p></div></div></div></div>';

  it.each([
    [
      'a title block over an ai2html graphic and its notes',
      `<div class="graphic-block"><div class="title"><h3>Three reservoirs, one decline</h3><p>Stored water, monthly</p></div>${AI2HTML}<aside class="notes"><p>Note: Monthly averages.</p><p>Source: Basin authority</p></aside></div>`,
    ],
    [
      'a heading over a chart image and its source line',
      '<div><h4>Visits by year</h4><div><img src="c.png" alt=""></div><p>Source: County records</p></div>',
    ],
  ])('should read %s as the chart’s', (_case, html) => {
    expect(isFigureTitle(firstInFigure(html))).toBe(true);
  });

  it.each([
    [
      'a subheading over a chart, its source and more of the story',
      '<div><h2>Seen from space</h2><div><img src="c.png" alt=""></div><p>Source: ESA</p><p>The lake shrank by two-thirds over the decade, the images show.</p></div>',
    ],
    [
      'a subheading over a chart with prose under it',
      '<div><h2>Seen from space</h2><div><img src="c.png" alt=""></div><p>The lake shrank by two-thirds.</p></div>',
    ],
    [
      'a title that is not the box’s first block',
      '<div><p>The lake shrank.</p><h4>Visits by year</h4><div><img src="c.png" alt=""></div><p>Source: County</p></div>',
    ],
  ])('should keep %s', (_case, html) => {
    const box = elementOf(html);
    const heading = box.querySelector('h2, h4');
    expect(heading && isFigureTitle(heading)).toBe(false);
  });
});
