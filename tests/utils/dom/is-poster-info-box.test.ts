import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isPosterInfoBox } from '../../../utils/dom/is-poster-info-box';

/** The element marked `data-t` in `html`, read as a page's body. */
function marked(html: string): Element {
  const { document } = parseHTML(`<html><body>${html}</body></html>`);
  const element = document.querySelector('[data-t]');
  if (!element) throw new Error('no marked element');
  return element as unknown as Element;
}

describe('isPosterInfoBox', () => {
  it.each([
    [
      "vBulletin 3's postbit cell",
      '<table><tr><td data-t class="alt2"><div><a href="member.php?u=2">PulseNewsDesk</a></div><div class="smallfont">Administrator</div><div class="smallfont"><div>Join Date: Mar 2006</div><div>Location: Press Box</div><div>Posts: 14,822</div><div>Thanks: 211<br>Thanked 3,905 Times in 2,117 Posts</div></div></td><td>The final will be played under lights.</td></tr></table>',
    ],
    [
      "XenForo 1's user info",
      '<div data-t class="messageUserInfo"><a class="username">grainfield</a><em class="userTitle">Well-Known Member</em><dl><dt>Joined:</dt><dd>Aug 12, 2011</dd><dt>Messages:</dt><dd>3,120</dd></dl></div>',
    ],
    [
      "phpBB's profile box",
      '<dl data-t class="postprofile"><dt><a>holt_dev</a></dt><dd>Posts: 402</dd><dd>Joined: Jan 2016</dd></dl>',
    ],
  ])('should find %s', (_case, html) => {
    expect(isPosterInfoBox(marked(html))).toBe(true);
  });

  it.each([
    [
      'a story paragraph about a forum',
      '<div data-t>The forum, which registered 1,200 members in its first year, now has more than 2 million posts: it joined a larger network in 2019.</div>',
    ],
    [
      "a club's fact box",
      '<div data-t><div>Founded: 1998</div><div>Members: 1,200</div><div>Ground: Millfield Oval</div></div>',
    ],
    [
      'a post whose text is long',
      `<div data-t><div>Join Date: Mar 2006</div><div>Posts: 14,822</div><div>${'The committee met again. '.repeat(20)}</div></div>`,
    ],
    ['a paragraph', '<p data-t>Posts: 14,822 / Join Date: Mar 2006</p>'],
  ])('should leave %s', (_case, html) => {
    expect(isPosterInfoBox(marked(html))).toBe(false);
  });
});
