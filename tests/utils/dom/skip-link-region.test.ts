import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { skipRegionTest } from '../../../utils/dom/skip-link-region';

const STORY =
  '<p id="story">The council has applied for heritage funding and said it would launch a public appeal in the new year.</p>';

/** Which of the given ids the skip-region test takes, on a page of the given body. */
function skipped(html: string, ids: readonly string[]): string[] {
  const doc = parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;
  const test = skipRegionTest(doc);
  return ids.filter((id) => {
    const element = doc.getElementById(id);
    if (!element) throw new Error(`no ${id}`);
    return test(element);
  });
}

describe('skipRegionTest', () => {
  it('should take the box a "skip past" link jumps over, and its short target note', () => {
    expect(
      skipped(
        `<div>${STORY}<figure><a href="#css-after">skip past newsletter promotion</a>` +
          '<div id="box"><p id="pitch">Sign up to Down to Earth</p><p>Free weekly newsletter</p></div>' +
          '<p id="css-after" role="note">after newsletter promotion</p></figure>' +
          '<p id="next">Piers around the coast have struggled to pay for maintenance as visitor numbers fell.</p></div>',
        ['story', 'box', 'pitch', 'css-after', 'next'],
      ),
    ).toEqual(['box', 'pitch', 'css-after']);
    // An ad slot with its link, and a section whose link jumps to the next one (the target is not taken).
    expect(
      skipped(
        `${STORY}<div><a href="#after-ad">SKIP ADVERTISEMENT</a><div id="ad">Advertisement</div></div><div id="after-ad"></div>` +
          '<section><a href="#top-story">Skip next section</a><h2 id="more">Explore more</h2><ul id="list"><li><a href="/a">Other story</a></li></ul></section>' +
          '<section id="top-story"><h2>Top story</h2><a href="/b">EU leaders agree on a new defence fund at the summit</a></section>',
        ['story', 'ad', 'after-ad', 'more', 'list', 'top-story'],
      ),
    ).toEqual(['ad', 'after-ad', 'more', 'list']);
  });

  it('should leave what lies before a "skip to" target and a skip link without a target', () => {
    expect(
      skipped(
        `<a href="#main">Skip to main content</a><header id="masthead">The Daily</header><main id="main">${STORY}</main>` +
          `<a href="#recipe">Skip to the Recipe</a><div id="intro">${STORY.replace('story', 'intro-p')}</div><div id="recipe">Recipe card</div>` +
          `<a href="#nowhere">Skip past this</a><div id="orphan">${STORY.replace('story', 'orphan-p')}</div>`,
        ['masthead', 'main', 'story', 'intro', 'orphan'],
      ),
    ).toEqual([]);
  });

  it('should not take a long region as a skipped box', () => {
    const long = STORY.repeat(20).replaceAll(' id="story"', '');
    expect(
      skipped(`<a href="#after">Skip past the story</a><div id="long">${long}</div><div id="after"></div>`, ['long']),
    ).toEqual([]);
  });
});

describe('skipRegionTest in other languages', () => {
  it('should take the embed a Persian "پرش از" link jumps over, and its target note', () => {
    expect(
      skipped(
        `<div>${STORY}<div><a href="#css-cf"><span>پرش از پست X</span></a>` +
          '<div id="consent"><strong>اجازه نمایش محتوای X؟</strong><button>بپذیرید و ادامه دهید</button></div>' +
          '<p id="css-cf">پایان پست X</p></div><p id="next">کشاورزان شرق استان اصفهان می‌گویند وضعیت کنونی نتیجه سال‌ها بی‌توجهی است.</p></div>',
        ['story', 'consent', 'css-cf', 'next'],
      ),
    ).toEqual(['consent', 'css-cf']);
  });

  it('should leave what lies before the target of a link that names where the reader goes', () => {
    expect(
      skipped(
        `<a href="#main">Saltar al contenido</a><header id="masthead">El Diario</header><main id="main">${STORY}</main>` +
          `<a href="#m2">پرش به محتوا</a><nav id="menu">خانه</nav><div id="m2"></div>`,
        ['masthead', 'main', 'story', 'menu'],
      ),
    ).toEqual([]);
  });
});

describe('skipRegionTest on "Continue reading the main story" (BBC News 2008-2014, the New York Times 2014-2017)', () => {
  const next =
    '<p id="story_continues_2">The council has asked the province to treat milk tankers as essential supply, a category that already covers fuel deliveries.</p>';

  it.each([
    [
      'a quote box and its attribution',
      '<div id="box"><a class="hidden" href="#story_continues_2">Continue reading the main story</a>' +
        '<blockquote id="quote"><img alt="Start Quote" src="q.gif" />We are asking that a cow be counted as important as a diesel tank</blockquote>' +
        '<p id="attribution">Sietske de Boer<br />Island council member</p></div>',
      ['quote', 'attribution'],
    ],
    [
      'a related-stories box and the caption under it',
      '<div id="box"><a class="hidden" href="#story_continues_2">Continue reading the main story</a><h2 id="label">Related Stories</h2>' +
        '<ul id="list"><li><a href="/news/1">Dutch ferry fares spark protest</a></li></ul></div>' +
        '<div id="caption"><img src="a.jpg" alt="" /><span>The family has farmed on the island since the 1880s</span></div>',
      ['label', 'list', 'caption'],
    ],
    [
      'an ad slot',
      '<a class="visually-hidden" href="#story_continues_2">Continue reading the main story</a><div id="ad">Advertisement</div>',
      ['ad'],
    ],
  ])('should take %s before the next paragraph, not the paragraph', (_, box, ids) => {
    expect(skipped(`<div>${STORY}${box}${next}</div>`, ['story', ...ids, 'story_continues_2'])).toEqual(ids);
  });

  it.each([
    [
      'a link to the rest of a paged story',
      `<div id="box">${STORY}<a href="#page-2">Continue reading</a></div><div id="page-2">${next}</div>`,
      ['story', 'box', 'page-2'],
    ],
    [
      'the phrase linking nowhere on the page',
      `<a href="#gone">Continue reading the main story</a><div id="box">${STORY}</div>`,
      ['story', 'box'],
    ],
    [
      'the phrase as a paragraph of the story, not a link',
      `<p id="said">Continue reading the main story</p><div id="box">${STORY}</div>${next}`,
      ['said', 'story', 'box'],
    ],
  ])('should leave what follows %s', (_, html, ids) => {
    expect(skipped(html, ids)).toEqual([]);
  });
});
