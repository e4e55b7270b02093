import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isChartTitle } from '../../../utils/dom/is-chart-title';

const FRAME = '<iframe title="Food bank visits by year" src="https://datawrapper.example/Qm2Pz/3/"></iframe>';
const TABLE = '<table><tr><td>Area</td><td>2025</td></tr></table>';

/** `isChartTitle` for the page's `#t`. */
function titleAt(body: string): boolean {
  const doc = parseHTML(`<html><body><div>${body}</div></body></html>`).document as unknown as Document;
  const element = doc.getElementById('t');
  if (!element) throw new Error('fixture needs #t');
  return isChartTitle(element);
}

describe('isChartTitle', () => {
  it.each([
    ['a table’s caption', '<table><caption id="t">Table 1: Loans by format</caption><tr><td>E-books</td></tr></table>'],
    [
      'the block a table names as its label',
      `<h2 id="t">Response times by area</h2><table aria-labelledby="t"><tr><td>East</td></tr></table>`,
    ],
    ['a heading repeating its frame’s title', `<h3 id="t">Food bank visits by year</h3>${FRAME}`],
    [
      'a heading that opens on its frame’s title',
      `<h3 id="t">Food bank visits by year, 2019-2026</h3><noscript><img src="/x.png" alt=""></noscript>${FRAME}`,
    ],
    [
      'a numbered figure title over a chart',
      `<h3 id="t">Figure 1: Visits recovered</h3><div><img src="/f.png" alt=""></div>`,
    ],
    ['a numbered table title over a table', `<p id="t">Table 2. Loans by format</p>${TABLE}`],
    [
      'a heading naming its frame over the embed’s subtitle line',
      `<h4 id="t">Food bank visits by year</h4><p>Households served at county pantries, 2019 to 2026</p>${FRAME}`,
    ],
    [
      'the subtitle under a numbered title',
      `<h3>Figure 1: Visits recovered</h3><p id="t">Physical visits, England, 2016 to 2026</p><div><img src="/f.png" alt=""></div>`,
    ],
  ])('should read %s as the chart’s title', (_case, body) => {
    expect(titleAt(body)).toBe(true);
  });

  it.each([
    ['a subheading over prose', '<h2 id="t">Who uses food banks?</h2><p>Most people who visit have a job.</p>'],
    ['a subheading over a frame with another title', `<h2 id="t">Where the waits are longest</h2>${FRAME}`],
    ['a caption outside a table', '<figure><img src="/a.png" alt=""><caption id="t">A lake</caption></figure>'],
    ['a numbered label over prose', '<p id="t">Figure 1: the council’s own count.</p><p>It rose again.</p>'],
    [
      'a sentence between a numbered title and its chart',
      `<h3>Figure 1: Visits recovered</h3><p id="t">Visits rose again this year.</p><div><img src="/f.png" alt=""></div>`,
    ],
    ['a frame with a generic title', '<h3 id="t">Chart of visits</h3><iframe title="Chart" src="/c"></iframe>'],
    [
      'a subheading naming the frame over a sentence of the story',
      `<h2 id="t">Food bank visits by year</h2><p>Visits rose again this year.</p>${FRAME}`,
    ],
    [
      'a subheading over a line and a frame with another title',
      `<h2 id="t">Where the waits are longest</h2><p>Households served at county pantries</p>${FRAME}`,
    ],
  ])('should keep %s', (_case, body) => {
    expect(titleAt(body)).toBe(false);
  });
});

describe('isChartTitle, a numbered label alone on the first line', () => {
  it('should read "Chart 1" over the title after a line break, over a chart figure, as the chart’s title', () => {
    expect(
      titleAt(
        '<h3 id="t"><a id="c1"></a>Chart 1<br><strong>Asking rents slow for a fourth quarter</strong></h3>' +
          '<figure><img src="/c1.png" alt="Chart 1"></figure>',
      ),
    ).toBe(true);
  });

  it.each([
    ['with prose after it, not a chart', '<h3 id="t">Chart 1<br><strong>Rents slow</strong></h3><p>Rents rose.</p>'],
    [
      'a longer first line before the break',
      '<h3 id="t">Chart 1 shows how rents slowed<br>in every province</h3><figure><img src="/c.png" alt=""></figure>',
    ],
    ['a label with nothing after the break', '<p id="t">Chart 1<br></p><figure><img src="/c.png" alt=""></figure>'],
  ])('should not read a heading %s as the chart’s title', (_case, body) => {
    expect(titleAt(body)).toBe(false);
  });
});

describe('isChartTitle, a table titled by its first row', () => {
  const SPECS =
    '<tr><th>CPU</th><td>Quad-core ARM at 1.8GHz</td></tr><tr><th>RAM</th><td>2GB, 4GB or 8GB</td></tr>' +
    '<tr><th>Price</th><td>$49 to $89</td></tr>';

  it.each([
    [
      'one cell across a spec table, in its head',
      `<table><thead><tr id="t"><th colspan="2">Specs at a glance: Larkspur Board 4</th></tr></thead><tbody>${SPECS}</tbody></table>`,
    ],
    [
      'one header cell across a results table, in its body',
      `<table><tbody><tr id="t"><th colspan="3">Harbor Ward (unofficial)</th></tr><tr><td>Nadia Ferrante</td><td>3,118</td><td>47%</td></tr><tr><td>Gus Ahlberg</td><td>2,906</td><td>44%</td></tr></tbody></table>`,
    ],
  ])('should read %s as the table’s title', (_case, body) => {
    expect(titleAt(body)).toBe(true);
  });

  it.each([
    [
      'a group label inside the table (not its first row)',
      `<table><tbody><tr><th>CPU</th><td>ARM</td></tr><tr id="t"><th colspan="2">Connectivity</th></tr>${SPECS}</tbody></table>`,
    ],
    [
      'a layout table’s banner row over a long cell of prose',
      `<table><tr id="t"><th colspan="2">The Daily Courier</th></tr><tr><td>Menu</td><td>${'The council met on Tuesday and voted to rebuild the harbour wall. '.repeat(3)}</td></tr><tr><td>a</td><td>b</td></tr></table>`,
    ],
    [
      'a spanning data cell as the first row (a row of the table, as an old review sets it)',
      `<table><tr id="t" class="tgrey"><td colspan="2" align="center">Veltrix Core 8000 Series</td></tr>${SPECS}</table>`,
    ],
    ['a first row of two header cells', `<table><tr id="t"><th>Part</th><th>Spec</th></tr>${SPECS}</table>`],
    [
      'a spanning first row over a single data row',
      '<table><tr id="t"><th colspan="2">Price</th></tr><tr><td>$49</td><td>$89</td></tr></table>',
    ],
  ])('should keep %s', (_case, body) => {
    expect(titleAt(body)).toBe(false);
  });
});
