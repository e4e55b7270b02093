import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isReadLabelList } from '../../../utils/dom/is-read-label-list';

/** The last element of the body: the list under test, after its label. */
const lastElement = (html: string): Element => {
  const doc = parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;
  const element = doc.body.lastElementChild;
  if (!element) throw new Error('no element');
  return element;
};

const TITLES =
  '<ul><li><a href="/a">Ferry fares to rise in January</a></li><li><a href="/b">Pier closes for repairs</a></li></ul>';

describe('isReadLabelList', () => {
  it.each([
    ['ALSO READ:', `<p><strong>ALSO READ:</strong></p>${TITLES}`],
    ['Read also', `<p>Read also</p>${TITLES}`],
    ['READ NEXT: (Reach plc)', `<p><strong>READ NEXT:</strong></p>${TITLES}`],
    ['See also:', `<h4>See also:</h4>${TITLES}`],
    ['Also see: (Sky Sports)', `<div><h3>Also see:</h3>${TITLES}</div>`],
    ['Read more »', `<div><b>Read more »</b></div>${TITLES.replace(/ul>/g, 'ol>')}`],
    [
      'Read more from <site> on <topic>: (Salon)',
      `<p><strong>Read more from Harbour News on the ferry crisis:</strong></p>${TITLES}`,
    ],
    ['Mehr zum Thema', `<p class="related-label">Mehr zum Thema</p>${TITLES}`],
    ['Leia também', `<h4>Leia também</h4>${TITLES}`],
    ['Go deeper (a smart-brevity story)', `<h2>Go deeper</h2>${TITLES}`],
    [
      'Más información, in a box with a story card',
      '<div><h3>Más información</h3><article><h4><a href="/a">Las olas de calor causaron 2.100 muertes</a></h4></article></div>',
    ],
    [
      "LEIA TAMBÉM: as the list's own first item",
      '<ul><li><strong>LEIA TAMBÉM:</strong></li><li><a href="/a">Tarifa sobe em janeiro</a></li><li><a href="/b">Obras do BRT na fase final</a></li></ul>',
    ],
  ])('should find the story links under %j', (_label, html) => {
    expect(isReadLabelList(lastElement(html))).toBe(true);
  });

  it.each([
    ['a list with no label over it', `<p>The council said the harbour would reopen.</p>${TITLES}`],
    [
      'a list whose first item is a linked read-also title',
      '<ul><li><a href="/l">Leia também</a></li><li><a href="/a">Tarifa sobe em janeiro</a></li></ul>',
    ],
    [
      'a list of facts under a first-item label',
      '<ul><li><strong>Leia também:</strong></li><li>O percurso terá 24 quilômetros e <a href="/p">15 paradas</a>.</li></ul>',
    ],
    ['a list whose first item is the label alone', '<ul><li><strong>Leia também:</strong></li></ul>'],
    ['a list under a "Related stories:" label (the Dragnet gold keeps those)', `<p>Related stories:</p>${TITLES}`],
    [
      'a list of points under a "Go deeper" label',
      '<p><strong>Go deeper:</strong></p><ul><li>The <a href="/r">report</a> counts 14 closures.</li><li>Fares rose 9%.</li></ul>',
    ],
    [
      'a list of facts with a link in one item',
      '<p>Also read:</p><ul><li>The <a href="/r">council report</a> runs to forty pages.</li><li>Work starts in May.</li></ul>',
    ],
    ['the label paragraph itself', '<ul><li><a href="/a">Ferry fares</a></li></ul><p>Also read:</p>'],
    [
      'a paragraph starting "Read more about" over a list',
      `<p>Read more about the storm in the council's report, which lists the streets it flooded:</p>${TITLES}`,
    ],
    [
      'a box whose label is followed by prose with a link in it',
      '<div><h3>See also</h3><p>The <a href="/r">council report</a> lists every street the storm flooded.</p></div>',
    ],
    ['a label alone in its box', '<div><h3>See also</h3></div>'],
    [
      'a list of facts under an "Also see" label',
      '<p>Also see:</p><ul><li>The <a href="/r">council report</a> on the flood.</li><li>Work starts in May.</li></ul>',
    ],
  ])('should keep %s', (_case, html) => {
    expect(isReadLabelList(lastElement(html))).toBe(false);
  });
});

describe('isReadLabelList with the label and the list each in a wrapper of its own', () => {
  /** The list in a page whose parts each sit in a wrapper (HuffPost UK's content list). */
  const wrappedList = (html: string): Element => {
    const doc = parseHTML(`<html><body><div>${html}</div></body></html>`).document as unknown as Document;
    const list = doc.querySelector('ul');
    if (!list) throw new Error('no list');
    return list;
  };
  const part = (html: string): string => `<div class="content-list-component">${html}</div>`;

  it('should find the story links under a "READ MORE:" part', () => {
    expect(isReadLabelList(wrappedList(part('<p><strong>READ MORE:</strong></p>') + part(TITLES)))).toBe(true);
  });

  it.each([
    ['a list part after a prose part', part('<p>The council said the harbour would reopen.</p>') + part(TITLES)],
    [
      'a list sharing its part with a paragraph',
      part('<p><strong>READ MORE:</strong></p>') + part(`<p>The council listed the closures.</p>${TITLES}`),
    ],
  ])('should keep %s', (_case, html) => {
    expect(isReadLabelList(wrappedList(html))).toBe(false);
  });
});

describe('isReadLabelList with related labels of Japanese, Korean, Chinese and Persian pages', () => {
  const JA_TITLES =
    '<ul><li><a href="/articles/ASN1111.html">赤字ローカル線、存廃協議が本格化</a></li><li><a href="/articles/ASN2222.html">「乗って残そう」観光列車に予約殺到</a></li></ul>';
  it.each([
    ['関連記事, in a box with its titles', `<div><p>関連記事</p>${JA_TITLES}</div>`],
    ['관련기사 over a list', `<p>관련기사</p>${TITLES}`],
    ['延伸閱讀 over a list', `<h3>延伸閱讀</h3>${TITLES}`],
    ['مطالب مرتبط over a list', `<p><strong>مطالب مرتبط</strong></p>${TITLES}`],
  ])('should find the story links under %j', (_label, html) => {
    expect(isReadLabelList(lastElement(html))).toBe(true);
  });

  it.each([
    [
      'a box whose 関連記事 label is followed by prose',
      '<div><p>関連記事</p><p>鉄道会社によると、同じような協定を結んだ駅は<a href="/a">管内で9駅</a>に増えた。委託料は自治会の運営費にあてられている。</p></div>',
    ],
    ['a list under a label of the story’s own words', `<p>除雪は「住民の出番」</p>${TITLES}`],
  ])('should keep %s', (_case, html) => {
    expect(isReadLabelList(lastElement(html))).toBe(false);
  });
});

describe('isReadLabelList with a related label as a box’s own first line', () => {
  it('should find a box labelled "RELATED STORIES" holding nothing but links', () => {
    const html = `<div><div>RELATED STORIES</div><div><ul><li>—<a href="/a">Octopuses may have 2 stages of sleep</a></li><li>—<a href="/b">Why do octopuses have brains in their arms?</a></li></ul></div></div>`;
    expect(isReadLabelList(lastElement(html))).toBe(true);
  });

  it.each([
    [
      'a box labelled "Related" over prose',
      '<div><h3>Related</h3><p>The team published a <a href="/r">first study</a> on octopus sleep in 2023, which found two stages.</p></div>',
    ],
    ['a list after a "Related stories" paragraph (the Dragnet gold keeps it)', `<p>Related stories</p>${TITLES}`],
    [
      'a paragraph of a "Related articles" label and links (the Dragnet gold keeps it)',
      '<p><strong>Related articles</strong>:<br><a href="/a">Possible tablet spotted in benchmark</a><br><a href="/b">Tablet now available for $229.99</a><br></p>',
    ],
  ])('should keep %s', (_case, html) => {
    expect(isReadLabelList(lastElement(html))).toBe(false);
  });
});

describe('isReadLabelList with titles set as paragraphs of their own', () => {
  const STORY = '<p>學校端也有調整。某國中營養師指出，格外品形狀不一，前處理要花更多時間。</p>';
  it.each([
    [
      '延伸閱讀 over two title paragraphs (the last one)',
      `${STORY}<p><strong>延伸閱讀</strong></p><p><a href="/a">營養午餐食材費漲 家長會憂品質打折</a></p><p><a href="/b">颱風後菜價飆 農委會啟動調節</a></p>`,
    ],
    [
      '延伸閱讀 over one title paragraph',
      `${STORY}<p><strong>延伸閱讀</strong></p><p><a href="/a">營養午餐食材費漲 家長會憂品質打折</a></p>`,
    ],
    [
      "an essay's bold 'More reading:' over two title paragraphs",
      `<p><b>More reading:</b></p><p><a href="/a">Ferry fares to rise in January</a></p><p><a href="/b">Pier closes for repairs</a></p>`,
    ],
    ['a Further reading label over a title list', `<p>Further reading</p>${TITLES}`],
    [
      'a bullet before each title',
      `<p>Read also</p><p>▪ <a href="/a">Ferry fares to rise in January</a></p><p>▪ <a href="/b">Pier closes for repairs</a></p>`,
    ],
  ])('should take %s', (_case, html) => {
    expect(isReadLabelList(lastElement(html))).toBe(true);
  });

  it.each([
    ['a title paragraph with no label over it', `${STORY}<p><a href="/a">營養午餐食材費漲 家長會憂品質打折</a></p>`],
    [
      'a title paragraph after a paragraph of the story that follows the label',
      `<p><strong>延伸閱讀</strong></p><p><a href="/a">營養午餐食材費漲</a></p>${STORY}<p><a href="/b">颱風後菜價飆 農委會啟動調節</a></p>`,
    ],
    [
      'a paragraph of the story with a link in it, under the label',
      `<p>Read also</p><p>The council published <a href="/r">its report</a> on Tuesday, and residents have until March to respond.</p>`,
    ],
    [
      "a paragraph of the story under 'More reading:'",
      `<p><b>More reading:</b></p><p>Her list runs from <a href="/r">a ferry memoir</a> to a guide to tides, and she rereads it every winter.</p>`,
    ],
    [
      'a title paragraph under a label that is itself a link',
      `<p><a href="/topics/lunch">延伸閱讀</a></p><p><a href="/a">營養午餐食材費漲 家長會憂品質打折</a></p>`,
    ],
  ])('should keep %s', (_case, html) => {
    expect(isReadLabelList(lastElement(html))).toBe(false);
  });
});

describe('isReadLabelList on MediaWiki pages', () => {
  it("should read a link list under a wrapped 'See also' heading in the mobile skin's section as furniture", () => {
    const doc = parseHTML(
      `<html><body><div class="mw-parser-output"><div class="mw-heading mw-heading2 section-heading"><span class="indicator"></span><h2 id="See_also">See also</h2><span class="mw-editsection"><a>edit</a></span></div><section class="mf-section-4 collapsible-block">${TITLES}</section></div></body></html>`,
    ).document as unknown as Document;
    const list = doc.querySelector('section ul');
    if (!list) throw new Error('no list');
    expect(isReadLabelList(list)).toBe(true);
  });

  it('should keep a list of points opening a section under another heading', () => {
    const doc = parseHTML(
      '<html><body><div class="mw-heading mw-heading2"><h2>Dates</h2></div><section><ul><li>Saturday 5 and Sunday 6 December</li></ul></section></body></html>',
    ).document as unknown as Document;
    const list = doc.querySelector('section ul');
    if (!list) throw new Error('no list');
    expect(isReadLabelList(list)).toBe(false);
  });
});

describe('isReadLabelList with the recirculation labels of US finance newsrooms', () => {
  const STORY = '<p>Cardona stock rose as much as 6.8% to 47.35 in heavy trading on Thursday.</p>';
  it.each([
    [
      "'RELATED:' in capitals over title paragraphs (Investor's Business Daily)",
      `${STORY}<p><strong>RELATED:</strong></p><p><a href="/a">5G Stocks: The Next Wave Of Chip Winners</a></p><p><a href="/b">Fiber-Optic Stocks Get A Lift</a></p>`,
    ],
    [
      "'YOU MAY ALSO LIKE:' over title paragraphs",
      `${STORY}<p><strong>YOU MAY ALSO LIKE:</strong></p><p><a href="/a">Looking For The Next Big Winners? Start Here</a></p>`,
    ],
    ["'You might also like' over a list", `<h3>You might also like</h3>${TITLES}`],
  ])('should take %s', (_case, html) => {
    expect(isReadLabelList(lastElement(html))).toBe(true);
  });

  it.each([
    [
      "'Related:' in running case over title paragraphs (the Dragnet gold keeps those)",
      `${STORY}<p>Related:</p><p><a href="/a">5G Stocks: The Next Wave Of Chip Winners</a></p>`,
    ],
    ["'RELATED:' over a list (the Dragnet gold keeps related lists)", `<p><strong>RELATED:</strong></p>${TITLES}`],
    [
      "a paragraph of the story under 'RELATED:'",
      `<p>RELATED:</p><p>Lumenex <a href="/q/LMNX">raised its outlook</a> in August, the company said in a filing.</p>`,
    ],
  ])('should keep %s', (_case, html) => {
    expect(isReadLabelList(lastElement(html))).toBe(false);
  });
});

describe("isReadLabelList under a blog's Previously label", () => {
  it.each([
    ['Previously', `<h3>Previously</h3>${TITLES}`],
    ['Previously:', `<p><strong>Previously:</strong></p>${TITLES}`],
    ['Previously on Boing Boing:', `<p>Previously on Boing Boing:</p>${TITLES}`],
  ])('should find the list of earlier posts under %j', (_label, html) => {
    expect(isReadLabelList(lastElement(html))).toBe(true);
  });

  it.each([
    [
      'a list of facts with a link in an item',
      '<p>Previously:</p><ul><li>The council voted twice on the ferry, <a href="/a">in March</a> and again in May.</li></ul>',
    ],
    ['a recap line that runs on', `<p>Previously the pier had closed twice for repairs.</p>${TITLES}`],
  ])('should keep %s', (_case, html) => {
    expect(isReadLabelList(lastElement(html))).toBe(false);
  });
});

describe('isReadLabelList with a related box of titles and blurbs', () => {
  const TEASER_A =
    '<li><a href="/a">How much sleep do older adults need?</a><p>Sleep needs change with age. Learn more about how much sleep older adults need.</p></li>';
  const TEASER_B =
    '<li><a href="/b">What are the benefits of walking?</a><p>Walking is a simple form of exercise with many benefits.</p></li>';

  it.each([
    ['a "Related Coverage" label in a span', `<div><span>Related Coverage</span><ul>${TEASER_A}${TEASER_B}</ul></div>`],
    [
      'a "Related" heading over two lists',
      `<section><h3>Related</h3><ul>${TEASER_A}</ul><ol>${TEASER_B}</ol></section>`,
    ],
  ])('should find a box with %s over teasers', (_case, html) => {
    expect(isReadLabelList(lastElement(html))).toBe(true);
  });

  it.each([
    ['a single teaser (a list of the story’s, one linked item)', `<div><span>Related</span><ul>${TEASER_A}</ul></div>`],
    [
      'points with a link inside their sentence',
      '<div><h3>Related</h3><ul><li>The <a href="/r">first study</a> found two stages of sleep.</li><li>A second, in 2024, found three.</li></ul></div>',
    ],
    [
      'items whose paragraph after the link is long (the story’s points)',
      `<div><h3>Related</h3><ul><li><a href="/a">The first study</a><p>${'It found that the animals slept in two stages, one quiet and one active, much as mammals and birds do. '.repeat(4)}</p></li>${TEASER_B}</ul></div>`,
    ],
    [
      'teasers under a label that sends nowhere ("Key findings")',
      `<div><span>Key findings</span><ul>${TEASER_A}${TEASER_B}</ul></div>`,
    ],
  ])('should keep %s', (_case, html) => {
    expect(isReadLabelList(lastElement(html))).toBe(false);
  });
});
