import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isChartCaption } from '../../../utils/dom/is-chart-caption';

const FRAME = '<iframe title="Chart" src="https://datawrapper.example/Ab3xQ/2/" height="400"></iframe>';
const IMAGE_BOX = '<p><img src="/chart.png" alt="Chart"></p>';

/** `isChartCaption` for the page's `#c`. */
function captionAt(body: string): boolean {
  const doc = parseHTML(`<html><body><div>${body}</div></body></html>`).document as unknown as Document;
  const element = doc.getElementById('c');
  if (!element) throw new Error('fixture needs #c');
  return isChartCaption(element);
}

describe('isChartCaption', () => {
  it.each([
    [
      'under a chart frame',
      `${FRAME}<p id="c"><em>Share of emissions by province, per cent. Source: Agency data.</em></p>`,
    ],
    [
      'under an image-only paragraph',
      `${IMAGE_BOX}<p id="c"><i>Monthly rainfall, mm.</i> <i>Data: Met office.</i></p>`,
    ],
    ['with a chart label', `${FRAME}<p id="c"><em>Prices since 2020. Chart: Ann Lee / The Ledger</em></p>`],
  ])('should read an italic caption naming its source %s as the chart caption', (_case, body) => {
    expect(captionAt(body)).toBe(true);
  });

  it.each([
    ['under a chart frame', `${FRAME}<p id="c">Source: Bureau of Labor Statistics</p>`],
    [
      'past the frame’s noscript fallback',
      `${FRAME}<noscript><img src="/full.png" alt="Chart"></noscript><p id="c">Source: County dispatch records</p>`,
    ],
    [
      'under a Flourish embed with its loader script',
      '<div class="flourish-embed"><script src="/embed.js"></script><noscript><img src="/t.png" alt=""></noscript></div>' +
        '<p id="c">Map: Ann Lee / The Ledger • Source: County records • Get the data</p>',
    ],
    [
      'as a span under a data table',
      '<table><tr><td>Area</td><td>2025</td></tr></table><span id="c">Source: County records. Times in minutes.</span>',
    ],
    [
      'as notes under a chart’s source line',
      `${IMAGE_BOX}<p>Source: Survey of libraries</p><div id="c"><h4>Notes:</h4><ol><li>Closures in 2021.</li></ol></div>`,
    ],
    [
      'as a note under a chart image with the source line under it',
      `${IMAGE_BOX}<p id="c">Note: Figures for 2021 are estimates.</p><p>Source: County records</p>`,
    ],
    [
      'as a note naming its source under a chart image',
      `${IMAGE_BOX}<p id="c">Note: Figures for 2021 are estimates. Source: County records</p>`,
    ],
    ['as a note under a chart frame', `${FRAME}<p id="c">Note: Figures for 2021 are estimates.</p>`],
  ])('should read a line opening on its label %s as the chart caption', (_case, body) => {
    expect(captionAt(body)).toBe(true);
  });

  it.each([
    [
      'a paragraph in the story’s own type',
      `${FRAME}<p id="c">The chart shows emissions by province. Source: the ministry, which published it on Monday.</p>`,
    ],
    ['an italic note naming no source', `${FRAME}<p id="c"><em>This story has been updated with new figures.</em></p>`],
    [
      'an italic source line after a paragraph, not an embed',
      `<p>Emissions rose again.</p><p id="c"><em>Source: Agency data.</em></p>`,
    ],
    ['a source line under a paragraph', '<p>Emissions rose again.</p><p id="c">Source: Agency data.</p>'],
    [
      'a notes line under a paragraph, not a caption',
      `${FRAME}<p>The chart shows the rise.</p><p id="c">Notes: the agency revised its figures.</p>`,
    ],
    [
      'a writer’s “Note:” aside under a screenshot',
      '<p><img src="/screenshot.png" alt="The Find window"></p><p id="c"><strong>Note:</strong> Closing a handle can ' +
        'crash the program, so save your work first.</p><p>Next, restart the app.</p>',
    ],
    [
      'a writer’s “Note:” aside under a figure',
      '<figure><img src="/step-3.jpg" alt="Step 3"></figure><p id="c">Note: This setting is off by default.</p>',
    ],
    [
      'a long italic paragraph',
      `${FRAME}<p id="c"><em>${'The agency revised its figures twice during the year. '.repeat(8)}Source: Agency.</em></p>`,
    ],
  ])('should keep %s', (_case, body) => {
    expect(captionAt(body)).toBe(false);
  });
});

describe('isChartCaption, under a chart’s folded data table', () => {
  it('should read a "Source(s):" line under the data table folded under a chart figure as the chart caption', () => {
    expect(
      captionAt(
        '<figure><img src="/c1.png" alt="Chart 1"></figure><details><summary>Chart 1 - Data table</summary>' +
          '<table><tr><td>Q3 2026</td><td>3.1</td></tr></table></details>' +
          '<p id="c" class="small">Source(s): Table <a href="/t1">46-10-0092-01</a>.</p>',
      ),
    ).toBe(true);
  });

  it('should keep a paragraph in the story’s own type under a folded answer', () => {
    expect(
      captionAt(
        '<details><summary>Why?</summary><p>Rents rose.</p></details><p id="c">Sources said rents rose again.</p>',
      ),
    ).toBe(false);
  });
});
