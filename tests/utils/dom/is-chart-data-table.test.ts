import { describe, expect, it } from 'vitest';
import { isChartDataTable } from '../../../utils/dom/is-chart-data-table';
import { elementOf } from './element-of';

const TABLE = '<table><tr><th>Quarter</th><th>Percent change</th></tr><tr><td>Q3 2026</td><td>3.1</td></tr></table>';

/** `isChartDataTable` for the page's `#d`. */
function dataTableAt(body: string): boolean {
  const element = elementOf(`<section>${body}</section>`).querySelector('#d');
  if (!element) throw new Error('fixture needs #d');
  return isChartDataTable(element);
}

describe('isChartDataTable', () => {
  it.each([
    [
      'under a chart figure',
      `<figure><img src="/c1.png" alt="Chart 1"></figure><details id="d"><summary>Chart 1 - Data table</summary>${TABLE}</details>`,
    ],
    [
      'under a chart frame, past its loader script',
      `<iframe src="https://datawrapper.example/Ab3/1/"></iframe><script>var x=1;</script><details id="d"><summary>Data</summary>${TABLE}</details>`,
    ],
  ])('should read a folded table %s as the chart’s data table', (_case, body) => {
    expect(dataTableAt(body)).toBe(true);
  });

  it.each([
    [
      'a folded table after prose',
      `<p>Rents rose in every province.</p><details id="d"><summary>Data</summary>${TABLE}</details>`,
    ],
    [
      'a folded answer with no table under a chart',
      '<figure><img src="/c.png" alt=""></figure><details id="d"><summary>Why?</summary><p>Because rents rose.</p></details>',
    ],
    ['an open table under a chart', `<figure><img src="/c.png" alt=""></figure><div id="d">${TABLE}</div>`],
  ])('should not read %s as a chart’s data table', (_case, body) => {
    expect(dataTableAt(body)).toBe(false);
  });
});
