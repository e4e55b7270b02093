import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isTimeField } from '../../../utils/dom/is-time-field';

/** `isTimeField` on the body's first element. */
function timeField(html: string): boolean {
  const { document } = parseHTML(`<html><body>${html}</body></html>`);
  const element = document.body.firstElementChild;
  return element ? isTimeField(element) : false;
}

describe('isTimeField', () => {
  it.each([
    ['a time element', '<time datetime="2020-12-03">12/03/20 4:12PM</time>'],
    ['a permalink around a stamp (Kinja)', '<a class="js_publish_time" href="#r"><time>12/03/20 4:12PM</time></a>'],
    ['a permalink with a span around a stamp', '<a rel="bookmark" href="/p"><span><time>May 2, 2021</time></span></a>'],
  ])('should read %s as a stamp field', (_case, html) => {
    expect(timeField(html)).toBe(true);
  });

  it.each([
    ['a link with words beside its stamp', '<a href="/p">Posted <time>May 2, 2021</time></a>'],
    ['a link holding a stamp and a name', '<a href="/p"><time>May 2</time><span>Ann Lee</span></a>'],
    ['a link without a stamp', '<a href="/u">kilowattkev</a>'],
    ['a stamp nested past the wrapper limit', '<a><span><span><span><time>May 2</time></span></span></span></a>'],
  ])('should not read %s as a stamp field', (_case, html) => {
    expect(timeField(html)).toBe(false);
  });
});
