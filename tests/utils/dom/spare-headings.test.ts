import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readClone } from '../../../utils/dom/read-clone';
import { spareHeadings } from '../../../utils/dom/spare-headings';

const PARAGRAPH =
  '<p>The orchard group came back in September with a notebook, a friend and a bag of labels, and spent the ' +
  'afternoon going from tree to tree, cutting apples in half and writing down old names.</p>';

const documentOf = (body: string): Document =>
  parseHTML(`<html><head><title>Apples</title></head><body>${body}</body></html>`).document as unknown as Document;

/** The class of the `#h` element after `spareHeadings` (h3 and below keep their element; an h2 would be renamed). */
function classAfter(html: string): string {
  const doc = documentOf(`<article>${html}</article>`);
  spareHeadings(doc);
  return doc.getElementById('h')?.getAttribute('class') ?? '';
}

describe('spareHeadings', () => {
  it.each([
    [`${PARAGRAPH}<h2 id="h" class="subheader">What travelers should know</h2>${PARAGRAPH}`, ''],
    [`${PARAGRAPH}<h3 id="h" class="section-header big">Why it worked</h3>${PARAGRAPH}`, 'big'],
    [`${PARAGRAPH}<h3 id="h" class="header-anchor-post">Grafting</h3>${PARAGRAPH}`, ''],
    [`<h3 id="h" class="date-header"><span>Monday, March 3, 2012</span></h3><div>${PARAGRAPH}</div>`, ''],
    [
      `<div class="recipe-ingredients"><h3 id="h" class="recipe-header big">Ingredients</h3><div class="group"><ul><li>2 cups flour</li></ul></div></div>`,
      'big',
    ],
    [
      `<div class="recipe-notes"><h3 id="h" class="recipe-header">Notes</h3><div><span>Keeps for three days.</span></div></div>`,
      '',
    ],
    // Paragraphs written as divs (CSS-module templates): the subheading follows one.
    [`<div class="para">${PARAGRAPH.slice(3, -4)}</div><h3 id="h" class="subheader">What changes</h3>`, ''],
  ])('should take the "header" name off a subheading after a paragraph, or a date heading: %s', (html, kept) => {
    expect(classAfter(html)).toBe(kept);
  });

  it.each([
    [
      'after an ad between the boxes',
      `<div class="Block">${PARAGRAPH}</div><div class="Inline"><span>Advertisement</span></div><div class="Block"><h3 id="h" class="ChapterHeader">A calendar out of step</h3>${PARAGRAPH}</div>`,
    ],
    [
      'right after the box before it',
      `<div class="text Block">${PARAGRAPH}</div><div class="Block"><h3 id="h" class="ChapterHeader">Water</h3>${PARAGRAPH}</div>`,
    ],
    [
      'over paragraphs a block editor writes as divs',
      `<div class="Block"><div>${PARAGRAPH.slice(3, -4)}</div></div><div class="Block"><h3 id="h" class="ChapterHeader">Water</h3><div>${PARAGRAPH.slice(3, -4)}</div></div>`,
    ],
  ])('should take the "header" name off a chapter heading opening a box of the story %s', (_case, html) => {
    expect(classAfter(html)).toBe('');
  });

  it.each([
    [
      'a card after the story, of another kind',
      `<div class="Block">${PARAGRAPH}</div><div class="Card"><h3 id="h" class="card-header">A Lost Orchard</h3>${PARAGRAPH}</div>`,
      'card-header',
    ],
    [
      'the first box, no story before it',
      `<div class="Nav"><a href="/">Home</a></div><div class="Block"><h3 id="h" class="entry-header">A post title</h3>${PARAGRAPH}</div>`,
      'entry-header',
    ],
    [
      'a box of the same kind over a list, no prose under the heading',
      `<div class="Block">${PARAGRAPH}</div><div class="Block"><h3 id="h" class="box-header">More stories</h3><ul><li><a href="/a">A</a></li></ul></div>`,
      'box-header',
    ],
    [
      'after a div that is no paragraph (a teaser line with no full stop)',
      `<div class="teaser">A Lost Orchard and the people who went looking for it in the hills above town</div><h3 id="h" class="box-header">More stories</h3>`,
      'box-header',
    ],
  ])('should leave a heading opening %s', (_case, html, kept) => {
    expect(classAfter(html)).toBe(kept);
  });

  it('should take a "header" id off a subheading after a paragraph', () => {
    const doc = documentOf(`<article>${PARAGRAPH}<h3 id="section-header-2">Costs</h3></article>`);
    spareHeadings(doc);
    expect(doc.querySelector('h3')?.hasAttribute('id')).toBe(false);
  });

  it.each([
    [`<h3 id="h" class="entry-header">A post title</h3>${PARAGRAPH}`, 'entry-header'],
    [`<h3 id="h" class="widget-header">Archive</h3><div>${PARAGRAPH}</div>`, 'widget-header'],
    [`${PARAGRAPH}<h1 id="h" class="page-header">Title</h1>`, 'page-header'],
    [`${PARAGRAPH}<h3 id="h" class="related-stories">Related</h3>`, 'related-stories'],
    [`${PARAGRAPH}<div id="h" class="site-header">Menu</div>`, 'site-header'],
    [`<div><h3 id="h" class="card-header">A Lost Orchard</h3>${PARAGRAPH}</div>`, 'card-header'],
    [`<div><h3 id="h" class="card-header">Orchard</h3><div>${PARAGRAPH}</div></div>`, 'card-header'],
    [`<div><h3 id="h" class="card-header">Orchard</h3><div><a href="/o">All orchards</a></div></div>`, 'card-header'],
    [`<div><h3 id="h" class="post-header"><a href="/p/1">Apples</a></h3><div>${PARAGRAPH}</div></div>`, 'post-header'],
    [
      `<div><h3 id="h" class="post-header">Apples, pears and the long story of the orchard</h3><div>${PARAGRAPH}</div></div>`,
      'post-header',
    ],
  ])('should leave a title, a non-heading or an unrelated class alone: %s', (html, kept) => {
    expect(classAfter(html)).toBe(kept);
  });

  it('should turn subheadings into h3, keeping their text nodes, but not the headline or a repeat of it', () => {
    const doc = documentOf(
      '<h2 id="title">The apples nobody had a name for</h2><p>Intro</p><h2>A name for a tree</h2>' +
        '<h2>The apples nobody had a name for</h2>',
    );
    const subheading = doc.querySelectorAll('h2')[1];
    const text = subheading?.firstChild;
    const renamedFrom = spareHeadings(doc, doc.getElementById('title') ?? undefined);
    expect([...doc.querySelectorAll('h2, h3')].map((heading) => heading.tagName)).toEqual(['H2', 'H3', 'H2']);
    const renamed = doc.querySelector('h3');
    expect(renamed?.firstChild).toBe(text);
    expect([...renamedFrom]).toEqual([[renamed, subheading]]);
  });

  it('should let Readability keep a subheading whose template names it a header, the page left unchanged', () => {
    const doc = documentOf(
      `<article><div class="body markup">${PARAGRAPH}${PARAGRAPH}<h2 class="header-anchor-post">Grafting in February</h2>${PARAGRAPH}${PARAGRAPH}</div></article>`,
    );
    const { content } = readClone(doc, [], undefined, 1);
    expect(content?.textContent).toContain('Grafting in February');
    expect(doc.querySelector('h2')?.getAttribute('class')).toBe('header-anchor-post');
  });

  it('should let Readability keep a subheading that shares most of its words with the title', () => {
    const doc = parseHTML(
      '<html><head><title>The apples nobody had a name for</title></head><body><header class="post-header">' +
        `<h1>The apples nobody had a name for</h1></header><article>${PARAGRAPH}${PARAGRAPH}` +
        `<h2>A name for a tree</h2>${PARAGRAPH}${PARAGRAPH}</article></body></html>`,
    ).document as unknown as Document;
    const { content } = readClone(doc, [], doc.querySelector('h1') ?? undefined, 1);
    expect(content?.textContent).toContain('A name for a tree');
  });
});

describe('spareHeadings, a subheading in a wrapper of its own named "header"', () => {
  /** The class of the `#w` wrapper after `spareHeadings`. */
  function wrapperClassAfter(html: string): string {
    const doc = documentOf(`<article>${html}</article>`);
    spareHeadings(doc);
    return doc.getElementById('w')?.getAttribute('class') ?? '';
  }

  it('should take the name off a TYPO3 header element between text elements', () => {
    expect(
      wrapperClassAfter(
        `<div class="frame frame-type-text">${PARAGRAPH}</div><div id="w" class="frame frame-default frame-type-header"><header><h2>Zwei Testspiele geplant</h2></header></div><div class="frame frame-type-text">${PARAGRAPH}</div>`,
      ),
    ).toBe('frame frame-default');
  });

  it.each([
    [
      'a title wrapper opening the page',
      `<div id="w" class="frame-type-header"><header><h2>Zwei Testspiele geplant</h2></header></div>${PARAGRAPH}`,
    ],
    [
      'a header holding more than its heading',
      `${PARAGRAPH}<div id="w" class="site-header"><h2>Club</h2><a href="/tickets">Tickets</a></div>`,
    ],
    [
      'a wrapper after a link list, not paragraphs',
      `<ul><li><a href="/a">News</a></li></ul><div id="w" class="widget-header"><h3>Archive</h3></div>`,
    ],
  ])('should leave %s', (_case, html) => {
    expect(wrapperClassAfter(html)).not.toBe('');
    expect(wrapperClassAfter(html)).toMatch(/header/);
  });

  it('should let Readability keep the subheading of a TYPO3 page', () => {
    const text = (body: string) => `<div class="frame frame-default frame-type-text">${body}</div>`;
    const doc = documentOf(
      `<article><div class="news-text-wrap">${text(PARAGRAPH)}${text(PARAGRAPH)}<div class="frame frame-default frame-type-header"><header><h2>Grafting in February</h2></header></div>${text(PARAGRAPH)}${text(PARAGRAPH)}</div></article>`,
    );
    const { content } = readClone(doc, [], undefined, 1);
    expect(content?.textContent).toContain('Grafting in February');
  });
});

describe('spareHeadings, a subheading wrapper after paragraphs written as divs (Notion)', () => {
  const TEXT_BLOCK =
    '<div class="notion-selectable notion-text-block"><div><div class="notranslate">After fourteen months of talks, the committee reached a tentative agreement with the transit authority early Saturday.</div></div></div>';
  const wrapperClass = (html: string): string => {
    const doc = documentOf(`<article><div class="notion-page-content">${html}</div></article>`);
    spareHeadings(doc);
    return doc.getElementById('w')?.getAttribute('class') ?? '';
  };

  it('should take the "header" name off a Notion sub_header block after text blocks', () => {
    expect(
      wrapperClass(
        `${TEXT_BLOCK}<div id="w" class="notion-selectable notion-sub_header-block"><div><h3 class="notranslate">Wages</h3></div></div>${TEXT_BLOCK}`,
      ),
    ).toBe('notion-selectable');
  });

  it.each([
    ['after a short label div', '<div>Menu</div>'],
    [
      'after a div of links',
      '<div><a href="/a">All the news from the union hall and the garages this week, in one place</a>.</div>',
    ],
    [
      'after a div with no sentence end',
      '<div>After fourteen months of talks the committee reached a tentative agreement with the authority</div>',
    ],
  ])('should leave a header wrapper %s', (_case, before) => {
    expect(
      wrapperClass(`${before}<div id="w" class="notion-sub_header-block"><div><h3>Wages</h3></div></div>`),
    ).toMatch(/header/);
  });
});

describe('spareHeadings: a subheading whose wrapper holds nothing but it, between paragraphs', () => {
  const LONG =
    '<p>Demand at the partner pantries rose by about a fifth over two years, and the food bank handed out more ' +
    'food than ever in the year that ended in June, figures presented to the board show.</p>';
  const titled = (heading: string, after: string): string =>
    `<article><div class="col"><div class="text">${PARAGRAPH}${LONG}</div>` +
    `<div class="fusion-title title"><h2 class="title-heading-left">${heading}</h2></div>` +
    `${after}<div class="text">${LONG}${PARAGRAPH}</div></div></article>`;

  it('should put an Avada title element’s heading in its wrapper’s place, before the story’s next text block', () => {
    const doc = documentOf(titled('Why now', `<div class="text">${LONG}</div>`));
    spareHeadings(doc);
    expect(doc.querySelector('.fusion-title')).toBeNull();
    expect(doc.querySelector('.col > h3')?.textContent).toBe('Why now');
  });

  it('should do the same with the names hashed, the text blocks known by their shape, a picture between', () => {
    const doc = documentOf(
      `<article><div class="css-1"><div class="css-2">${PARAGRAPH}${LONG}</div>` +
        '<div class="css-3"><img src="/tents.jpg" alt=""><p>Volunteers sort produce under tents.</p></div>' +
        `<div class="css-4"><h2 class="css-5">Why now</h2></div><div class="css-6">${LONG}${PARAGRAPH}</div></div></article>`,
    );
    spareHeadings(doc);
    expect(doc.querySelector('.css-4')).toBeNull();
    expect(doc.querySelector('.css-1 > h3')?.textContent).toBe('Why now');
  });

  it.each([
    [
      'with the names hashed, a heading over a box that is more than paragraphs (an author bio)',
      `<article><div class="css-1"><div class="css-2">${PARAGRAPH}${LONG}</div><div class="css-4"><h2>About the author</h2></div>` +
        `<div class="css-7"><img src="/ann.jpg" alt="">${PARAGRAPH}</div></div></article>`,
    ],
    [
      'with the names hashed, a heading after a box that is more than paragraphs (a teaser card)',
      `<article><div class="css-1"><div class="css-2"><h3>Earlier</h3>${LONG}</div><div class="css-4"><h2>Also read</h2></div>` +
        `<div class="css-6">${LONG}</div></div></article>`,
    ],
  ])('should leave a heading wrapper %s', (_case, body) => {
    const doc = documentOf(body);
    spareHeadings(doc);
    expect(doc.querySelector('.css-4')).not.toBeNull();
  });

  it.each([
    ['a heading over a list of partners', titled('Partner organizations', '<ul><li>Ann</li><li>Bo</li></ul>')],
    [
      'a related story’s linked title',
      `<article><div class="col">${PARAGRAPH}${LONG}<div class="related"><a href="/x/"><h3>Ferries too tall for bridges</h3></a></div>${LONG}</div></article>`,
    ],
  ])('should leave %s to Readability', (_case, body) => {
    const doc = documentOf(body);
    spareHeadings(doc);
    expect(doc.querySelector('.fusion-title, .related')).not.toBeNull();
  });
});

describe('spareHeadings: a heading named "header" in a spared wrapper (Jimdo)', () => {
  const module = (html: string): string => `<div class="j-module n j-text">${html}</div>`;

  it('should take the "header" id off a Jimdo heading module’s h2 between text modules', () => {
    const doc = documentOf(
      `<article><div id="cc-matrix-1">${module(PARAGRAPH)}<div class="j-module n j-header" id="cc-m-2"><h2 id="cc-m-header-2">Neues Fahrzeug</h2></div>${module(PARAGRAPH)}</div></article>`,
    );
    spareHeadings(doc);
    const heading = [...doc.querySelectorAll('h2, h3')].find((element) => element.textContent === 'Neues Fahrzeug');
    expect(heading?.id ?? '').not.toMatch(/header/);
  });

  it('should let Readability keep the subheadings of a Jimdo post', () => {
    const doc = documentOf(
      `<article><div id="cc-matrix-1">${module(PARAGRAPH)}${module(PARAGRAPH)}<div class="j-module n j-header" id="cc-m-2"><h2 id="cc-m-header-2">Neues Fahrzeug</h2></div>${module(PARAGRAPH)}${module(PARAGRAPH)}</div></article>`,
    );
    const { content } = readClone(doc, [], undefined, 1);
    expect(content?.textContent).toContain('Neues Fahrzeug');
  });

  it('should leave the "header" id of a heading whose wrapper opens the page', () => {
    const doc = documentOf(
      `<article><div class="j-module n j-header" id="cc-m-2"><h2 id="cc-m-header-2">Aktuelles</h2></div>${module(PARAGRAPH)}</article>`,
    );
    spareHeadings(doc);
    expect(doc.getElementById('cc-m-header-2')).not.toBeNull();
  });
});
