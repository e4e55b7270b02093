import { describe, expect, it } from 'vitest';
import { isChartBox } from '../../../utils/dom/is-chart-box';
import { elementOf } from './element-of';

describe('isChartBox', () => {
  it.each([
    [
      'a script-drawn chart inset with title, subtitle and source (names hashed)',
      '<div class="x2"><h5>Boxed In</h5><p>U.S. corrugated box shipments, change from a year earlier</p><div role="img" aria-label="Bar chart"></div><p>Source: Fibre Box Council</p></div>',
    ],
    [
      'a chart drawn in an SVG',
      '<figure><h4>Rents since 2019</h4><svg viewBox="0 0 10 10"><rect width="5" height="5"></rect></svg><p>Sources: City housing office; census</p></figure>',
    ],
    [
      'a Datawrapper frame under its title',
      '<div><p><strong>Where the money went</strong></p><iframe src="https://datawrapper.example/abc/"></iframe><div>Data: County budget office</div></div>',
    ],
  ])('should find %s', (_case, html) => {
    expect(isChartBox(elementOf(html))).toBe(true);
  });

  it.each([
    ['a chart with no source line', '<div><h5>Boxed In</h5><div role="img"></div></div>'],
    ['a source line alone with its graphic', '<div><div role="img"></div><p>Source: Fibre Box Council</p></div>'],
    [
      'text closing on a source line with no graphic',
      '<div><p>Prices rose 4% in October.</p><p>Source: Statistics Office</p></div>',
    ],
    [
      'story paragraphs above a sourced chart, longer than a chart’s lines',
      `<div><p>${'The district spent more on buses than on books for the third year running, the audit found. '.repeat(4)}</p><img src="c.png"><p>Source: District audit</p></div>`,
    ],
    [
      'a source mentioned in a sentence of the story',
      '<div><h5>Outlook</h5><img src="c.png"><p>Sources close to the board said the vote would be close.</p></div>',
    ],
  ])('should not find %s', (_case, html) => {
    expect(isChartBox(elementOf(html))).toBe(false);
  });
});

describe('isChartBox with the other labels of a chart’s caption line', () => {
  it.each([
    [
      'a map closing on its credit',
      '<figure><h4>Where the floods reached</h4><img src="m.png"><p>Map: Ann Lee / The Ledger</p></figure>',
    ],
    [
      'a chart closing on its note',
      '<div><h5>Turnout by ward</h5><svg></svg><p>Notes: Figures are provisional.</p></div>',
    ],
  ])('should find %s', (_case, html) => {
    expect(isChartBox(elementOf(html))).toBe(true);
  });

  it('should not find a box closing on a sentence that starts with such a word', () => {
    expect(
      isChartBox(
        elementOf('<div><h5>Outlook</h5><img src="c.png"><p>Maps of the valley show the river moved.</p></div>'),
      ),
    ).toBe(false);
  });
});
