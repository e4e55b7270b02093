import { describe, expect, it } from 'vitest';
import { isTweetBox } from '../../../utils/dom/is-tweet-box';
import { elementOf } from './element-of';

describe('isTweetBox', () => {
  it.each([
    [
      'Thrive Architect',
      '<div class="thrv_tw_qs_container"><div><p>A line.</p></div><div><span>Click to Tweet</span></div></div>',
    ],
    [
      'Better Click To Tweet',
      '<span class="bctt"><span>A line.</span><span><a href="#">Click To Tweet</a></span></span>',
    ],
    ['a plain tweet button', '<div><p>A line.</p><a href="#">Tweet this</a></div>'],
  ])('should read the box of %s', (_case, html) => {
    expect(isTweetBox(elementOf(html))).toBe(true);
  });

  it.each([
    ['a paragraph mentioning a tweet', '<div><p>A line.</p><p>She said she would tweet about it later.</p></div>'],
    ['a lone button', '<div><a href="#">Click to Tweet</a></div>'],
    ['a share row', '<div><a href="#">Share</a><a href="#">Email</a></div>'],
  ])('should not read %s', (_case, html) => {
    expect(isTweetBox(elementOf(html))).toBe(false);
  });
});
