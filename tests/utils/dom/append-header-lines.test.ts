import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { appendHeaderLines } from '../../../utils/dom/append-header-lines';
import { TextBuilder } from '../../../utils/dom/text-builder';

const BODY =
  '<div class="body"><p>The ferry to the north quay runs again from Monday, the harbour office said.</p></div>';

/** Header lines written for a page whose headline is its `h1` and whose body is `.body`. */
function headerLines(html: string, skipSelector?: string, furnitureSelector?: string): string[] {
  const doc = parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;
  const headline = doc.querySelector('h1');
  const body = doc.querySelector('.body');
  if (!headline || !body) throw new Error('fixture needs an h1 and a .body');
  const builder = new TextBuilder();
  appendHeaderLines(
    builder,
    headline,
    (node) => body.contains(node),
    (element) => (skipSelector ? element.matches(skipSelector) : false),
    (element) => (furnitureSelector ? element.matches(furnitureSelector) : false),
  );
  return builder.toString().split('\n').filter(Boolean);
}

describe('appendHeaderLines', () => {
  it.each([
    [
      'a byline and a date',
      `<h1>Ferry returns</h1><p class="byline">By <a href="/a">Ada Moss</a></p><time>May 2, 2024</time>${BODY}`,
      ['By Ada Moss', 'May 2, 2024'],
    ],
    [
      'a standfirst inside the header block',
      `<header><h1>Ferry returns</h1><p>Two years after the storm, boats are back.</p></header>${BODY}`,
      ['Two years after the storm, boats are back.'],
    ],
    [
      'a byline without its share buttons',
      `<h1>Ferry returns</h1><div>By Ada Moss</div><div>Share</div><div>Tweet</div>${BODY}`,
      ['By Ada Moss'],
    ],
    [
      'a dek, a byline and a date set as spans in one cell, a line each where a line break parts them',
      `<table><tr><td><h1>Ferry returns</h1><span class="sub">Two years after the storm, boats are back</span><br><span>By Ada Moss, Staff Writer</span><br><span>11/28/2026</span>${BODY}</td></tr></table>`,
      ['Two years after the storm, boats are back', 'By Ada Moss, Staff Writer', '11/28/2026'],
    ],
    [
      'a byline and its role in one line where no line break parts them',
      `<h1>Ferry returns</h1><div><b>By Ada Moss</b> <i>Staff Writer</i></div>${BODY}`,
      ['By Ada Moss Staff Writer'],
    ],
    [
      'a byline, not the skipped block beside it',
      `<h1>Ferry returns</h1><div>By Ada Moss</div><div class="skip"><p>Old remark</p></div>${BODY}`,
      ['By Ada Moss'],
    ],
    [
      'a byline and a date, not the lead image caption and credit between them',
      `<h1>Ferry returns</h1><p>By Ada Moss</p><figure><img src="f.jpg" alt=""><figcaption>The ferry at the north quay. <cite>Photo by Bo Chen</cite></figcaption></figure><time>May 2, 2024</time>${BODY}`,
      ['By Ada Moss', 'May 2, 2024'],
    ],
    [
      'a byline, not the caption of the lead picture above it',
      `<h1>Ferry returns</h1><figure><img src="f.jpg"><figcaption>The ferry at the north quay. (Harbour Office)</figcaption></figure><p>By Ada Moss</p>${BODY}`,
      ['By Ada Moss'],
    ],
    [
      'a time stamp whose parts sit in sibling spans, apart',
      `<h1>Ferry returns</h1><time><span>May 2, 2024</span><span>2:31 AM UTC</span></time>${BODY}`,
      ['May 2, 2024 2:31 AM UTC'],
    ],
    [
      'a label glued to the time stamp after it, apart',
      `<h1>Ferry returns</h1><ul><li>Updated<time datetime="2024-05-02T13:21Z">14:21, 2 MAY 2024</time></li></ul>${BODY}`,
      ['Updated 14:21, 2 MAY 2024'],
    ],
    [
      'a word run into a time element that goes on in lower case, together',
      `<h1>Ferry returns</h1><p>Sailing on Mon<time>day</time></p>${BODY}`,
      ['Sailing on Monday'],
    ],
    [
      'a name and its comma in sibling spans, together',
      `<h1>Ferry returns</h1><p><span>By Ada Moss</span><span>, Harbour News</span></p>${BODY}`,
      ['By Ada Moss, Harbour News'],
    ],
    [
      'the values of a definition-list header without their labels, the summary among them',
      `<h1>Ferry returns</h1><dl><dt>Date:</dt><dd>May 2, 2024</dd><dt>Source:</dt><dd>Harbour Office</dd><dt>Summary:</dt><dd id="abstract">Two years after the storm, boats are back.</dd></dl>${BODY}`,
      ['May 2, 2024', 'Harbour Office', 'Two years after the storm, boats are back.'],
    ],
    [
      "the author block's name without the bio beside it",
      `<h1>Ferry returns</h1><div class="author"><a href="/a">Ada Moss</a> <span>Ada Moss is a reporter at Harbour News.</span></div><time>May 2, 2024</time>${BODY}`,
      ['Ada Moss', 'May 2, 2024'],
    ],
    [
      'a standfirst that opens with a name, when no byline name comes right before it',
      `<header><h1>Ferry returns</h1><p>Ada Moss is a harbour master with a plan for the quay.</p></header>${BODY}`,
      ['Ada Moss is a harbour master with a plan for the quay.'],
    ],
    [
      'a "By:" label with the name after it',
      `<h1>Ferry returns</h1><p>By:</p><p>Ada Moss</p>${BODY}`,
      ['By:', 'Ada Moss'],
    ],
  ])('should write %s', (_case, html, expected) => {
    expect(headerLines(html, '.skip')).toEqual(expected);
  });

  it('should read past furniture without writing it: a share row and the lead image caption', () => {
    const html =
      '<h1>Ferry returns</h1><div>By Ada Moss</div><time>May 2, 2024</time>' +
      '<div class="social-share"><span>Share</span><a href="/x">X</a><a href="/in">LinkedIn</a></div>' +
      `<figure><img src="f.jpg"><figcaption>Image Credits: Ada Moss</figcaption></figure>${BODY}`;
    expect(headerLines(html, undefined, '.social-share, figcaption')).toEqual(['By Ada Moss', 'May 2, 2024']);
  });

  it('should write a furniture line that reads as a date line', () => {
    const html = `<h1>Ferry returns</h1><div class="entry-meta">Posted on October 12, 2012 • 23 Comments</div>${BODY}`;
    expect(headerLines(html, undefined, '.entry-meta')).toEqual(['Posted on October 12, 2012 • 23 Comments']);
  });

  it('should step over furniture blocks, however many, without counting them against the header', () => {
    const rows = ['Ports', 'Weather', 'Tides', 'Fishing', 'Roads']
      .map((topic) => `<div class="promo"><a href="/${topic}">${topic} news today</a></div>`)
      .join('');
    expect(headerLines(`<h1>Ferry returns</h1><div>By Ada Moss</div>${rows}${BODY}`, undefined, '.promo')).toEqual([
      'By Ada Moss',
    ]);
  });

  it('should keep the standfirst, byline and date when a lead video with its title and caption follows them', () => {
    const html =
      '<h1>Ferry returns</h1><h2>Two years after the storm, boats are back at the north quay.</h2>' +
      '<div>By Ada Moss</div><div>Published May 2, 2024 9:00am EDT</div><div><a href="#c">214</a> comments</div>' +
      '<div class="share"><a href="#">Facebook</a><a href="#">Twitter</a><a href="#">Email</a><a href="#">Print</a></div>' +
      '<div class="lead-media"><div class="video-player"><span>01:42</span></div><div class="caption">' +
      '<p>Harbour master on the return</p><p>The harbour master describes the first morning of crossings at the quay.</p>' +
      `</div></div>${BODY}`;
    expect(headerLines(html, undefined, '.share, .video-player, .caption')).toEqual([
      'Two years after the storm, boats are back at the north quay.',
      'By Ada Moss',
      'Published May 2, 2024 9:00am EDT',
    ]);
  });

  it('should still write nothing when the lines outside furniture make the stretch too long', () => {
    const rows = ['Ports', 'Weather', 'Tides', 'Fishing', 'Roads']
      .map((topic) => `<div class="topic"><a href="/${topic}">${topic} news today</a></div>`)
      .join('');
    expect(headerLines(`<h1>Ferry returns</h1><div>By Ada Moss</div>${rows}${BODY}`, undefined, '.promo')).toEqual([]);
  });

  it('should write only the named standfirst when a long donation box makes the stretch too long to be a header', () => {
    const html =
      '<h1>Ferry returns</h1><h2 class="sc-standfirst">Two years after the storm, boats are back</h2>' +
      '<div>By Ada Moss</div>' +
      `<div class="support"><p>${'Our mission is to deliver unbiased reporting to every reader. '.repeat(6)}</p></div>${BODY}`;
    expect(headerLines(html)).toEqual(['Two years after the storm, boats are back']);
  });

  it('should write only the prose line right under the headline when share buttons it cannot read make the stretch long', () => {
    const buttons = ['Compartir en Whatsapp', 'Compartir en Facebook', 'Compartir en X', 'Copiar enlace']
      .map((label) => `<div><a href="#">${label}</a></div>`)
      .join('');
    const html =
      '<h1>Ferry returns</h1><h2>Two years after the storm, the boats are back on the north quay route</h2>' +
      `<div>Ada Moss</div>${buttons}${BODY}`;
    expect(headerLines(html)).toEqual(['Two years after the storm, the boats are back on the north quay route']);
  });

  it('should write summary bullets under the byline and share row as the standfirst in a long stretch', () => {
    const bullets = [
      'Ferries return to the north quay on Monday after two years of repairs to the storm-damaged pier.',
      'The harbour office says crossings will run hourly in summer and every two hours in winter.',
      'Fishermen fear the new timetable will crowd the quay during the morning landing.',
      'The council will review the timetable after the first summer of crossings.',
    ];
    const html =
      '<h1>Ferry returns</h1><div>By Ada Moss on 2 May 2024</div><div class="share"><a href="#">Share</a></div>' +
      `<div class="points"><ul>${bullets.map((item) => `<li>${item}</li>`).join('')}</ul></div>${BODY}`;
    expect(headerLines(html, undefined, '.share')).toEqual(bullets);
  });

  it('should not take a list with links under the byline as the standfirst in a long stretch', () => {
    const items = ['Ferry timetable for the summer season', 'Harbour office opening hours this week', 'Tide tables']
      .map((label) => `<li><a href="/x">${label}</a></li>`)
      .join('');
    const html =
      `<h1>Ferry returns</h1><div>By Ada Moss on 2 May 2024</div><div>${'Our crossings, our town. '.repeat(8)}</div>` +
      `<ul>${items}</ul>${BODY}`;
    expect(headerLines(html)).toEqual([]);
  });

  it('should not write an excerpt or a summary that stands far below the headline in a long stretch', () => {
    const cards = ['Ports', 'Weather', 'Tides', 'Fishing', 'Roads']
      .map((topic) => `<div><a href="/${topic}">${topic} news today</a></div>`)
      .join('');
    const html =
      `<h1>Ferry returns</h1>${cards}<div class="summary">The ferry was the town's lifeline.</div>` +
      `<div class="excerpt">o the boats came back, slowly, one by one.</div>${BODY}`;
    expect(headerLines(html)).toEqual([]);
  });

  it.each([
    ['nothing stands between headline and body', `<h1>Ferry returns</h1>${BODY}`],
    [
      'a long topic list stands between them',
      `<h1>Ferry returns</h1><ul>${['Ports', 'Weather', 'Tides', 'Fishing', 'Roads', 'Rail']
        .map((topic) => `<li><a href="/${topic}">${topic}</a></li>`)
        .join('')}</ul>${BODY}`,
    ],
    [
      'a long block stands between them',
      `<h1>Ferry returns</h1><p>${'Older story text that runs on and on. '.repeat(12)}</p>${BODY}`,
    ],
    ['the body never follows the headline', `${BODY}<h1>Ferry returns</h1><p>By Ada Moss</p>`],
  ])('should write nothing when %s', (_case, html) => {
    expect(headerLines(html)).toEqual([]);
  });
});

/** Header lines written when the page's header block is the `<header>` around the headline. */
function linesWithHeaderBlock(html: string): string[] {
  const doc = parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;
  const headline = doc.querySelector('h1');
  const body = doc.querySelector('.body');
  const header = doc.querySelector('header') ?? undefined;
  if (!headline || !body) throw new Error('fixture needs an h1 and a .body');
  const builder = new TextBuilder();
  appendHeaderLines(
    builder,
    headline,
    (node) => body.contains(node),
    () => false,
    () => false,
    header,
  );
  return builder.toString().split('\n').filter(Boolean);
}

describe('appendHeaderLines in a header block', () => {
  it.each([
    [
      'a section tag under the date',
      '<header><h1>Ferry returns</h1><div>By Ada Moss</div><time>May 2, 2024</time><div>Europe</div></header>',
      ['By Ada Moss', 'May 2, 2024'],
    ],
    [
      'a place tag under the byline',
      '<header><h1>Ferry returns</h1><p>By Ada Moss</p><span class="loc">Nairobi</span></header>',
      ['By Ada Moss'],
    ],
  ])('should leave out %s', (_case, html, lines) => {
    expect(linesWithHeaderBlock(html + BODY)).toEqual(lines);
  });

  it.each([
    [
      'a writer named under the date (two words)',
      '<header><h1>Ferry returns</h1><time>May 2, 2024</time><div>Ada Moss</div></header>',
      ['May 2, 2024', 'Ada Moss'],
    ],
    [
      'a one-word label over the byline (the parser reads it as a kicker)',
      '<header><h1>Ferry returns</h1><div>Analysis</div><div>By Ada Moss</div></header>',
      ['Analysis', 'By Ada Moss'],
    ],
    [
      'a one-word line under the byline outside the header block',
      '<header><h1>Ferry returns</h1><div>By Ada Moss</div></header><div>Europe</div>',
      ['By Ada Moss', 'Europe'],
    ],
  ])('should keep %s', (_case, html, lines) => {
    expect(linesWithHeaderBlock(html + BODY)).toEqual(lines);
  });
});

describe('appendHeaderLines on a post stamp printed twice', () => {
  it('should part the two dates when the first is in the permalink and the second beside it', () => {
    const html =
      '<h1>Tool library opens</h1><div class="entry-meta">Posted on <a href="/p/"><time class="entry-date">November ' +
      '19, 2026</time></a><time class="updated">November 19, 2026</time> by <a href="/a/">Dana Greer</a></div>' +
      BODY;
    expect(headerLines(html)).toEqual(['Posted on November 19, 2026 November 19, 2026 by Dana Greer']);
  });
});

describe('appendHeaderLines on a credit label with its value on the next line', () => {
  it.each([
    ['a Drupal inline field "Submitted by:"', 'Submitted by:'],
    ['a "Posted by:" label', 'Posted by:'],
  ])('should keep %s for the byline reader to join to the name', (_case, label) => {
    expect(headerLines(`<h1>Ferry returns</h1><div>${label}</div><div>Harbour Rowing Club</div>${BODY}`)).toEqual([
      label,
      'Harbour Rowing Club',
    ]);
  });

  it('should still drop a field label of another kind ("Department:")', () => {
    expect(headerLines(`<h1>Ferry returns</h1><div>Department:</div>${BODY}`)).toEqual([]);
  });
});

describe('appendHeaderLines around a block it leaves out', () => {
  const meta = (between: string): string =>
    `<h1>Ferry returns</h1><div class="info"><a href="/a">by Ada Moss</a> on October 5, 2017 ${between}` +
    `<a href="/c">Harbour desk</a></div>${BODY}`;

  it('should end the line at a left-out block, as the page shows the words around it on two lines', () => {
    expect(
      headerLines(meta('<ul class="tags"><li>Posted in</li><li><a href="/tag/x">X</a></li></ul>'), '.tags'),
    ).toEqual(['by Ada Moss on October 5, 2017', 'Harbour desk']);
  });

  it('should keep one line around a left-out inline element', () => {
    expect(headerLines(meta('<span class="tags">X</span> '), '.tags')).toEqual([
      'by Ada Moss on October 5, 2017 Harbour desk',
    ]);
  });
});
