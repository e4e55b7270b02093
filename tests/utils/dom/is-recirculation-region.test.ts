import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isRecirculationRegion } from '../../../utils/dom/is-recirculation-region';

/** The element with `id="x"` in a small page. */
const elementOf = (html: string): Element => {
  const doc = parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;
  const element = doc.getElementById('x');
  if (!element) throw new Error('no element');
  return element;
};

const LINKS =
  '<ul><li><a href="/a">Bridge closure to cause delays on SH1</a></li><li><a href="/b">Black Caps name spinner</a></li></ul>';

describe('isRecirculationRegion', () => {
  it.each([
    [
      'a region labelled "Latest news"',
      `<section id="x" role="region" aria-label="Latest news"><h2>Latest</h2>${LINKS}</section>`,
    ],
    ['a div region labelled "More from News"', `<div id="x" role="region" aria-label="More from News">${LINKS}</div>`],
    [
      'a section labelled by its heading "Most read"',
      `<section id="x" aria-labelledby="h"><h2 id="h">Most read</h2>${LINKS}</section>`,
    ],
    [
      'an unlabelled section led by its heading "More from the Ledger"',
      `<section id="x" class="_3Lk2w"><h2 class="_1Pq7r">More from the Ledger</h2>${LINKS}</section>`,
    ],
    [
      'an unlabelled section led by "Related stories", its items dated',
      '<section id="x"><h3>Related stories</h3><ul><li><a href="/a">Schools got federal money for air filters</a><span>August 12, 2021</span></li><li><a href="/b">Algae closed the harbor beach 19 days</a><span>August 9, 2021</span></li></ul></section>',
    ],
  ])('should find %s', (_case, html) => {
    expect(isRecirculationRegion(elementOf(html))).toBe(true);
  });

  it.each([
    [
      'a live page\'s "Latest" region of updates',
      '<section id="x" aria-label="Latest"><p>The council confirmed at 4pm that the bridge would stay shut until Monday, and <a href="/d">detours</a> are signed.</p></section>',
    ],
    ['a region named for the story', `<section id="x" role="region" aria-label="Methodology">${LINKS}</section>`],
    ['an unlabelled section of links', `<section id="x">${LINKS}</section>`],
    [
      "a story section led by a heading that reads like a rail's, over prose",
      '<section id="x"><h2>More from the mayor</h2><p>Asked about the bridge, the mayor said the city would <a href="/d">publish the engineers\' report</a> once the insurers had read it, and that no date had been set for reopening.</p></section>',
    ],
    [
      'a section led by a story subheading over links',
      `<section id="x"><h2>What the council decided</h2>${LINKS}</section>`,
    ],
    [
      'a div led by a "Related" heading (no section: the heading names only a section)',
      `<div id="x"><h2>Related</h2>${LINKS}</div>`,
    ],
    [
      'a section whose rail heading is not its first child',
      `<section id="x"><p>Filed</p><h2>Related</h2>${LINKS}</section>`,
    ],
    ['a div without a region role', `<div id="x" aria-label="Latest news">${LINKS}</div>`],
  ])('should leave %s', (_case, html) => {
    expect(isRecirculationRegion(elementOf(html))).toBe(false);
  });
});

describe('isRecirculationRegion named in other languages', () => {
  const TITLES =
    '<ul><li><a href="/persian/articles/c1">فرونشست زمین در اصفهان؛ میراث تاریخی در خطر</a> <time>۱۰ مهر ۱۴۰۵</time></li><li><a href="/persian/articles/c2">اعتراض کشاورزان ورزنه به سهم آب زاینده‌رود</a></li></ul>';
  it.each([
    [
      'a region labelled "مطالب مرتبط" (related stories)',
      `<section id="x" role="region" aria-labelledby="css-f8"><strong id="css-f8">مطالب مرتبط</strong>${TITLES}</section>`,
    ],
    [
      'a section labelled "موضوعات مرتبط" (related topics)',
      '<section id="x" aria-labelledby="css-e2"><h2 id="css-e2">موضوعات مرتبط</h2><ul><li><a href="/t/water">کم‌آبی</a></li><li><a href="/t/isfahan">اصفهان</a></li><li><a href="/t/environment">محیط زیست</a></li></ul></section>',
    ],
    ['a region labelled "関連記事"', `<section id="x" aria-label="関連記事">${LINKS}</section>`],
    ['a section labelled "Related topics"', `<section id="x" aria-label="Related topics">${LINKS}</section>`],
    ['a section labelled "Lire aussi"', `<section id="x" aria-label="Lire aussi">${LINKS}</section>`],
  ])('should find %s', (_case, html) => {
    expect(isRecirculationRegion(elementOf(html))).toBe(true);
  });

  it('should leave a region so named that holds prose', () => {
    const html =
      '<section id="x" aria-labelledby="css-f8"><strong id="css-f8">مطالب مرتبط</strong><p>شرکت آب و فاضلاب استان اصفهان اعلام کرده است که از روز شنبه فشار آب شرب در ۱۲ شهر این استان کاهش می‌یابد و <a href="/a">جزئیات</a> منتشر شد.</p></section>';
    expect(isRecirculationRegion(elementOf(html))).toBe(false);
  });
});
