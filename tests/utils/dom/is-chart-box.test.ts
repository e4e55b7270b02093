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

describe('isChartBox with the chart’s own controls and drawn labels', () => {
  const axis = '<text>2010</text><text>2013</text><text>2016</text><text>2019</text><text>30%</text><text>20%</text>';
  const legend = '<text>Small and midsize cities</text><text>Large cities</text>'.repeat(4);
  it.each([
    [
      'a chart module closing on its download and share row under the source',
      '<div><h3>Renters are moving less</h3><svg></svg><p>Source: Census survey.</p><div><a href="d.csv">Download the data</a><button>Share this chart</button></div></div>',
    ],
    [
      'an SVG chart whose axis and legend labels outrun a box’s lines',
      `<div><h3>Renters are moving less</h3><p>Share of renter households that moved in the past year, by city size</p><svg><desc>Line chart of moving rates</desc><g>${axis}</g><g>${legend}</g></svg><p>Source: Urban analysis of American Community Survey 1-year estimates, 2010–19.</p><p>Notes: Small and midsize cities have fewer than 250,000 residents.</p></div>`,
    ],
  ])('should find %s', (_case, html) => {
    expect(isChartBox(elementOf(html))).toBe(true);
  });

  it.each([
    [
      'a box closing on a link under a sentence of the story',
      '<div><h5>Outlook</h5><img src="c.png"><p>Sources close to the board said the vote would be close.</p><a href="/more">Read more</a></div>',
    ],
    [
      'story paragraphs beside a labelled SVG, longer than a chart’s lines',
      `<div><p>${'The district spent more on buses than on books for the third year running, the audit found. '.repeat(4)}</p><svg><text>2019</text></svg><p>Source: District audit</p></div>`,
    ],
    [
      'links alone under a picture',
      '<div><img src="c.png"><a href="/a">Source: the archive</a><a href="/b">Share</a></div>',
    ],
  ])('should not find %s', (_case, html) => {
    expect(isChartBox(elementOf(html))).toBe(false);
  });
});
