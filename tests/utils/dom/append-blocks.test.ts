import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { appendBlocks } from '../../../utils/dom/append-blocks';
import { TextBuilder } from '../../../utils/dom/text-builder';

/** The lines `appendBlocks` writes for `html` placed in a page body. */
function linesOf(html: string): string[] {
  const doc = parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;
  const builder = new TextBuilder();
  appendBlocks(builder, doc.body);
  return builder
    .toString()
    .split('\n')
    .filter((line) => line.length > 0);
}

const PROSE =
  'The harbour office said on Friday that the ferry to the north quay would run again from Monday, after a winter refit.';

describe('appendBlocks', () => {
  it('should write a data table one row per line, its cells separated by spaces', () => {
    const html =
      '<table><thead><tr><th>Home size</th><th>Typical quote</th></tr></thead><tbody>' +
      '<tr><td>Two-bedroom terrace</td><td>£9,500</td></tr><tr><td>Three-bedroom semi</td><td>£12,000</td></tr>' +
      '</tbody></table>';
    expect(linesOf(html)).toEqual([
      'Home size Typical quote',
      'Two-bedroom terrace £9,500',
      'Three-bedroom semi £12,000',
    ]);
  });

  it.each([
    ['a long prose cell beside a sidebar cell', `<table><tr><td>${PROSE}</td><td>Most read</td></tr></table>`],
    ['a cell holding paragraphs', `<table><tr><td><p>Ferry returns</p></td><td><p>Tides</p></td></tr></table>`],
    ['a cell with line breaks', '<table><tr><td>Ferry returns<br>Monday</td><td>Tides</td></tr></table>'],
  ])('should keep the cells of %s on lines of their own', (_case, html) => {
    expect(linesOf(html).length).toBeGreaterThan(1);
    expect(linesOf(html).some((line) => line.includes('Tides') && line.includes('Ferry'))).toBe(false);
    expect(linesOf(html).some((line) => line.includes('Most read') && line.includes('harbour'))).toBe(false);
  });

  it('should write paragraphs and list items as lines', () => {
    expect(linesOf('<p>One <a href="/x">link</a> here.</p><ul><li>First</li><li>Second</li></ul>')).toEqual([
      'One link here.',
      'First',
      'Second',
    ]);
  });

  it('should write the parts of a time stamp apart', () => {
    const html = '<time datetime="2026-11-28"><span>November 28, 2026</span><span>2:31 AM UTC</span></time>';
    expect(linesOf(html)).toEqual(['November 28, 2026 2:31 AM UTC']);
  });

  it.each([
    ['<p><span class="dropcap">T</span>he ferry runs again.</p>', ['The ferry runs again.']],
    ['<p>Boats <b>are</b><i>back</i> on <time>Monday</time>.</p>', ['Boats areback on Monday.']],
    ['<p>One</p><div>Two</div>', ['One', 'Two']],
  ])('should write other inline text as the page has it: %s', (html, expected) => {
    expect(linesOf(html)).toEqual(expected);
  });
  it.each([
    [
      'a date written twice',
      '<div><span>11/28/2026</span><span>November 28, 2026</span></div>',
      '11/28/2026 November 28, 2026',
    ],
    [
      'a name and a role',
      '<p><a href="/a">Priya Mistry</a><span>Health correspondent</span></p>',
      'Priya Mistry Health correspondent',
    ],
    [
      'a team and its score',
      '<p><span>Harlow Town 2</span><span>Exeter City 1</span></p>',
      'Harlow Town 2 Exeter City 1',
    ],
    [
      "a commenter's handle and a time stamp in digits",
      '<div><a href="/u">stationwagonstan</a><time datetime="2020-10-29T16:40">10/29/20 4:40PM</time></div>',
      'stationwagonstan 10/29/20 4:40PM',
    ],
    [
      "a commenter's handle and a time stamp in its permalink",
      '<div><a href="/u">kilowattkev</a><a href="#r-1"><time datetime="2020-12-03T16:12">12/03/20 4:12PM</time></a></div>',
      'kilowattkev 12/03/20 4:12PM',
    ],
    [
      'a label glued to its time stamp',
      '<ul><li>Updated<time datetime="2021-10-04T13:21:00Z">14:21, 4 OCT 2021</time></li></ul>',
      'Updated 14:21, 4 OCT 2021',
    ],
    [
      'a label glued to a stamp opening on its month',
      '<div>Published<time datetime="2026-11-28">Nov 28, 2026</time></div>',
      'Published Nov 28, 2026',
    ],
  ])('should set apart the fields of %s laid out side by side', (_case, html, line) => {
    expect(linesOf(html)).toEqual([line]);
  });

  it.each([
    [
      'a drop cap',
      '<p><span class="dropcap">T</span>he ferry returned on Monday.</p>',
      'The ferry returned on Monday.',
    ],
    ['a drop cap over small capitals', '<p><span>B</span><span>ANKS</span> bought gold.</p>', 'BANKS bought gold.'],
    ['a number split over two spans', '<p><span>1</span><span>2</span> boats</p>', '12 boats'],
    ['a time stamp inside a word run', '<p><b>Mon</b><time>day</time> at noon</p>', 'Monday at noon'],
    [
      'a linked time stamp inside a word run',
      '<p><b>Mon</b><a href="#"><time>day</time></a> at noon</p>',
      'Monday at noon',
    ],
    [
      'a time stamp inside a text word',
      '<p>The ferry left on Mon<time>day</time> at noon.</p>',
      'The ferry left on Monday at noon.',
    ],
    [
      'a time of day split after its hour',
      '<p>Doors open at 7<time>:30 p.m.</time> sharp.</p>',
      'Doors open at 7:30 p.m. sharp.',
    ],
    [
      'a calendar widget (read whole by the header reader)',
      '<div><span>Oct</span><span>25</span><span>2012</span></div>',
      'Oct252012',
    ],
    ['a service mark', '<p><span>Make It Count</span><sup>SM</sup> classes</p>', 'Make It CountSM classes'],
    ['a word and a lower-case rest', '<p><b>harbour</b><i>side</i> cafés</p>', 'harbourside cafés'],
    ['a sentence and its closing link text', '<p>Read the <a href="/r">Report</a>.</p>', 'Read the Report.'],
  ])('should keep %s as one word run', (_case, html, line) => {
    expect(linesOf(html)).toEqual([line]);
  });
  it('should write a quantity block and the ingredient block after it as one line', () => {
    const html =
      '<div><p class="Amount">2</p><div class="Description">Tbsp. olive oil</div>' +
      '<p class="Amount">1 ½</p><div class="Description">tsp. smoked paprika</div></div>';
    expect(linesOf(html)).toEqual(['2 Tbsp. olive oil', '1 ½ tsp. smoked paprika']);
  });

  it.each([
    ['a number over a paragraph of digits', '<p>2026</p><p>1,200 passengers</p>', ['2026', '1,200 passengers']],
    ['numbered list items', '<ol><li>2</li><li>ferries a day</li></ol>', ['2', 'ferries a day']],
    ['a number before a heading', '<p>3</p><h3>Where to stay</h3>', ['3', 'Where to stay']],
  ])('should keep lines apart for %s', (_case, html, lines) => {
    expect(linesOf(html)).toEqual(lines);
  });

  it('should write a code block line by line, with its indentation and closing braces', () => {
    const html =
      '<p>The loop:</p><pre><code><span class="k">for</span> x := range xs {\n    total += x\n}\n</code></pre>' +
      '<p>That is all.</p>';
    expect(linesOf(html)).toEqual(['The loop:', 'for x := range xs {', 'total += x', '}', 'That is all.']);
  });

  it('should keep the line breaks of a code block whose lines are spans', () => {
    const html =
      '<pre><code><span class="line">SELECT kind FROM events\n</span><span class="line">GROUP BY kind;\n</span></code></pre>';
    expect(linesOf(html)).toEqual(['SELECT kind FROM events', 'GROUP BY kind;']);
  });

  it('should map each code line back to its place in the page', () => {
    const doc = parseHTML('<html><body><pre>one\ntwo</pre></body></html>').document as unknown as Document;
    const builder = new TextBuilder();
    const spans = appendBlocks(builder, doc.body);
    expect(spans.map((span) => builder.toString().slice(span.start, span.end))).toEqual(['one', 'two']);
    expect(builder.map.size).toBe(2);
  });

  it.each([
    [
      'a paragraph with a line break in its source',
      '<p>The ferry runs\nagain on Monday.</p>',
      'The ferry runs again on Monday.',
    ],
    ['a list item written over two source lines', '<ul><li>Fares stay\nthe same</li></ul>', 'Fares stay the same'],
  ])('should keep %s (not preformatted) on one line', (_case, html, line) => {
    expect(linesOf(html)).toEqual([line]);
  });

  it('should still let the caller drop a line without words outside a code block', () => {
    const doc = parseHTML('<html><body><p>•</p><pre>}</pre></body></html>').document as unknown as Document;
    const builder = new TextBuilder();
    appendBlocks(builder, doc.body, { keep: (line) => /\p{L}/u.test(line) });
    expect(builder.toString()).toBe('}\n');
  });
});

describe('appendBlocks on headings built of blocks', () => {
  it("should write a subheading whose parts are blocks as one line (wikiHow's method label)", () => {
    const html = `<p>${PROSE}</p><h2><div class="method_label">Method <span>1</span> of <span>2</span>:</div> <span class="mw-headline">Preparing the Plant and the Pot</span></h2><p>${PROSE}</p>`;
    expect(linesOf(html)).toEqual([PROSE, 'Method 1 of 2: Preparing the Plant and the Pot', PROSE]);
  });

  it('should keep a copy-link tooltip inside a heading on a line of its own (Google Sites)', () => {
    const html =
      '<h2><div role="presentation"><div class="tooltip">Copied heading link</div></div><span>New hours</span></h2>';
    expect(linesOf(html)).toEqual(['Copied heading link', 'New hours']);
  });

  it('should still break a subheading at a <br>, and keep the blocks after it apart', () => {
    const html = '<h3>Harbour works<br>What changes on Monday</h3><div>North quay</div><div>South quay</div>';
    expect(linesOf(html)).toEqual(['Harbour works', 'What changes on Monday', 'North quay', 'South quay']);
  });
});

describe('appendBlocks: a definition list grouped in rows', () => {
  it('should write each row of a spec list grouped in <div>s as one line, term and value', () => {
    const html =
      '<dl><div><dt>Capacity (claimed)</dt><dd>5.5 litres</dd></div><div><dt>Power (claimed)</dt><dd>1700W</dd></div></dl>';
    expect(linesOf(html)).toEqual(['Capacity (claimed) 5.5 litres', 'Power (claimed) 1700W']);
  });

  it('should keep terms and values on lines of their own in a list without row wrappers', () => {
    expect(linesOf('<dl><dt>Capacity</dt><dd>5.5 litres</dd><dt>Power</dt><dd>1700W</dd></dl>')).toEqual([
      'Capacity',
      '5.5 litres',
      'Power',
      '1700W',
    ]);
  });

  it("should keep a glossary's prose definition on a line of its own", () => {
    const html = `<dl><div><dt>Refit</dt><dd>${PROSE}</dd></div></dl>`;
    expect(linesOf(html)).toEqual(['Refit', PROSE]);
  });
});

describe('appendBlocks: the block that commits a line', () => {
  it('should tell `keep` which block element ends each line', () => {
    const doc = parseHTML(
      `<html><body><h2 id="next">Next</h2><p>${PROSE}</p><div>Tail <span>words</span></div></body></html>`,
    ).document as unknown as Document;
    const seen: string[] = [];
    appendBlocks(new TextBuilder(), doc.body, {
      keep: (line, _linkChars, block) => {
        seen.push(`${block?.tagName.toLowerCase() ?? '-'}:${line}`);
        return true;
      },
    });
    expect(seen).toEqual(['h2:Next', `p:${PROSE}`, 'div:Tail words']);
  });
});

describe('appendBlocks: rows of a component library’s list', () => {
  it.each([
    [
      "Ionic's <ion-item>s in an <ion-list>",
      '<ion-list lines="none"><ion-item><ion-label class="ion-text-wrap">Watch from the hide on the dune</ion-label></ion-item>\n<ion-item><ion-label class="ion-text-wrap">Keep 100 metres from the fence</ion-label></ion-item></ion-list>',
      ['Watch from the hide on the dune', 'Keep 100 metres from the fence'],
    ],
    [
      "Angular Material's <mat-list-item>s",
      '<mat-list><mat-list-item>Carrick Road</mat-list-item><mat-list-item>The Fleming estate</mat-list-item></mat-list>',
      ['Carrick Road', 'The Fleming estate'],
    ],
  ])('should write %s one per line', (_case, html, lines) => {
    expect(linesOf(html)).toEqual(lines);
  });

  it.each([
    [
      'custom elements inside a sentence',
      '<p>Shares of <fin-ticker>ACME</fin-ticker> <fin-ticker>BOLT</fin-ticker> rose on Friday.</p>',
      ['Shares of ACME BOLT rose on Friday.'],
    ],
    [
      'a lone custom element in a line',
      '<div><ion-text>The trust asked visitors to keep away.</ion-text> <x-note>Updated</x-note></div>',
      ['The trust asked visitors to keep away. Updated'],
    ],
    [
      'custom elements of different tags side by side',
      '<div><x-label>Filed under</x-label> <x-tag>Climate</x-tag></div>',
      ['Filed under Climate'],
    ],
    ['spans side by side', '<div><span>Filed under</span> <span>Climate</span></div>', ['Filed under Climate']],
  ])('should keep %s on one line', (_case, html, lines) => {
    expect(linesOf(html)).toEqual(lines);
  });
});
