import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isPostStamp } from '../../../utils/dom/is-post-stamp';

/** The `#s` element of a small page. */
function stamp(body: string): Element {
  const { document } = parseHTML(`<html><body>${body}</body></html>`);
  const element = (document as unknown as Document).getElementById('s');
  if (!element) throw new Error('fixture lacks #s');
  return element;
}

describe('isPostStamp', () => {
  it.each([
    '<header><a href="#block-1"><time id="s" datetime="2026-11-28T14:32:00Z">14.32 GMT</time></a></header>',
    '<div class="meta"><time id="s">9:42 p.m. ET</time><span>Ann Lee</span></div>',
    '<div><time id="s">11:10</time></div>',
  ])('should read a time-of-day stamp over a post as a stamp: %s', (html) => {
    expect(isPostStamp(stamp(html))).toBe(true);
  });

  it.each([
    '<p>The polls close at <time id="s">8:00 p.m.</time> in every precinct.</p>',
    '<ul><li>Doors open: <time id="s">18:30</time></li></ul>',
    '<p id="s">1:14 P.M. EST</p>',
    '<div><time id="s">28 November 2026, 14.32 GMT</time></div>',
    '<div><time id="s">Updated at 14.40 GMT</time></div>',
  ])('should keep a time inside prose, a dated stamp or a paragraph: %s', (html) => {
    expect(isPostStamp(stamp(html))).toBe(false);
  });
});

describe("isPostStamp on a live blog post's meta row", () => {
  it.each([
    '<div id="s" class="c1"><time class="c2">11.48am</time><span class="c3">Ciarán Mac Giolla Rua</span></div>',
    '<div id="s"><time>9:42 p.m. ET</time> <a href="/author/ann-lee">Ann Lee</a></div>',
    '<div id="s"><time>14.32 GMT</time></div>',
  ])('should read a row of a time of day and an author as a stamp: %s', (html) => {
    expect(isPostStamp(stamp(html))).toBe(true);
  });

  it.each([
    '<div id="s"><time>9.55am</time><h3>Schools closed</h3></div>',
    '<div id="s"><time>11.20am</time><span>Tree down on the R595, traffic turned back.</span></div>',
    '<div id="s"><time>10.41am</time><span>Ferry cancelled for the day at Kenmare pier</span></div>',
    '<div id="s"><span>Ann Lee</span> reported on Tuesday</div>',
    '<p id="s"><time>1:14 P.M. EST</time> SENATOR SMITH</p>',
    '<div id="s"><time>28 November 2026</time><span>Ann Lee</span></div>',
  ])('should keep a row with a title, text, no clock or in prose: %s', (html) => {
    expect(isPostStamp(stamp(html))).toBe(false);
  });
});
