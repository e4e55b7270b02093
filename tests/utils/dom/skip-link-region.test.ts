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
