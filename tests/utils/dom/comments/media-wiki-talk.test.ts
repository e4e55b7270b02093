import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findComments } from '../../../../utils/dom/comments/find-comments';
import { findMediaWikiTalk } from '../../../../utils/dom/comments/media-wiki-talk';

const doc = (html: string): Document => parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;

/** A MediaWiki signature: user link, talk link and the UTC timestamp. */
const sign = (user: string, time: string): string =>
  `<a href="/wiki/User:${user.replace(/ /g, '_')}" title="User:${user}">${user}</a> (<a href="/wiki/User_talk:${user.replace(/ /g, '_')}" title="User talk:${user}">talk</a>) ${time} (UTC)`;

const DISCUSSION = `<div class="mw-heading mw-heading2"><h2 id="Discuss_this_story">Discuss this story</h2><span class="mw-editsection">[<a>edit</a>]</span></div>
<div style="font-size:85%"><i>These comments are automatically transcluded from this article's talk page.</i></div>
<ul><li>Ranked ballots were overdue. ${sign('Fenwick Ash', '09:12, 28 November 2026')}
<dl><dd>Agreed, but the count was slow. ${sign('Juniper Okonedo', '11:47, 28 November 2026')}</dd></dl></li>
<li>Who counts as a first-time voter? ${sign('Saltmarsh Reader', '16:30, 28 November 2026')}</li></ul>`;

const PAGE = `<div class="mw-parser-output"><p>The story, <a href="/wiki/User:Quillfeather">Quillfeather</a> wrote.</p>${DISCUSSION}</div>`;

describe('findMediaWikiTalk', () => {
  it('should read each signed item with its writer, time and the comment it answers', () => {
    const found = findMediaWikiTalk(doc(PAGE));
    expect(found?.comments.map((c) => [c.author?.textContent, c.dateTime, c.parentIndex])).toEqual([
      ['Fenwick Ash', '2026-11-28T09:12:00Z', undefined],
      ['Juniper Okonedo', '2026-11-28T11:47:00Z', 0],
      ['Saltmarsh Reader', '2026-11-28T16:30:00Z', undefined],
    ]);
  });

  it("should leave the section's heading and note out of the article with the comments", () => {
    const found = findMediaWikiTalk(doc(PAGE));
    expect(found?.parts?.map((part) => part.tagName)).toEqual(['DIV', 'DIV', 'UL']);
  });

  it("should read an unregistered writer's contributions link as the signature", () => {
    const page = `<div class="mw-parser-output"><ul><li>First. ${sign('Fenwick Ash', '09:12, 28 November 2026')}</li><li>Second. <a href="/wiki/Special:Contributions/203.0.113.7" title="Special:Contributions/203.0.113.7">203.0.113.7</a> (<a href="/wiki/User_talk:203.0.113.7">talk</a>) 10:02, 28 November 2026 (UTC)</li></ul></div>`;
    expect(findMediaWikiTalk(doc(page))?.comments.map((c) => c.author?.textContent)).toEqual([
      'Fenwick Ash',
      '203.0.113.7',
    ]);
  });

  it('should be the reader that finds them', () => {
    expect(findComments(doc(PAGE))?.system).toBe('mediawiki-talk');
  });

  it.each([
    [
      'a list of points in a wiki article',
      '<div class="mw-parser-output"><ul><li>Turnout rose by a third.</li><li>Five seats were filled.</li></ul></div>',
    ],
    [
      'one signed note',
      `<div class="mw-parser-output"><ul><li>Please add sources. ${sign('Fenwick Ash', '09:12, 28 November 2026')}</li><li>Another point.</li></ul></div>`,
    ],
    [
      'signed items outside a wiki',
      `<ul><li>One. ${sign('Fenwick Ash', '09:12, 28 November 2026')}</li><li>Two. ${sign('Moss Harrow', '10:12, 28 November 2026')}</li></ul>`,
    ],
    [
      'items closing on a time with no signature link',
      `<div class="mw-parser-output"><ul><li>Polls closed at 09:12, 28 November 2026 (UTC)</li><li>Counting began at 10:12, 28 November 2026 (UTC)</li></ul></div>`,
    ],
    [
      'a timestamp inside the text, not closing it',
      `<div class="mw-parser-output"><ul><li>At 09:12, 28 November 2026 (UTC) the polls closed.</li><li>At 10:12, 28 November 2026 (UTC) counting began.</li></ul></div>`,
    ],
  ])('should find no comments in %s', (_case, html) => {
    expect(findMediaWikiTalk(doc(html))).toBeUndefined();
  });
});
