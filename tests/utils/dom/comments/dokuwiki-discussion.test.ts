import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findComments } from '../../../../utils/dom/comments/find-comments';
import { findDokuWikiDiscussion } from '../../../../utils/dom/comments/dokuwiki-discussion';

const doc = (html: string): Document => parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;

/** One discussion-plugin comment as the plugin renders it, with its replies. */
const comment = (id: string, author: string, text: string, replies = ''): string => `
<div class="hentry">
  <div class="comment_head"><a name="comment_${id}" id="comment_${id}"></a>
    <span class="vcard author"><span class="fn">${author}</span></span>, <abbr class="published" title="2026-11-28T11:40:12Z">2026/11/28 11:40</abbr>
  </div>
  <div class="comment_body entry-content"><p>${text}</p></div>
  <div class="comment_buttons"><form class="button discussion__reply" method="get"><div class="no"><input type="hidden" name="reply" value="${id}"><button type="submit">Reply</button></div></form></div>
  ${replies ? `<div class="comment_replies">${replies}</div>` : ''}
</div>`;

const SECTION = `<div class="comment_wrapper" id="comment_wrapper"><h2><a name="discussion" id="discussion">Discussion</a></h2>
<div class="level2 hfeed">
  ${comment('a1', 'Sue Harrow', 'Those onions were enormous.', comment('b2', 'Dev Kapoor', 'Thank you, Sue!'))}
  ${comment('c3', 'Gary Lind', 'Great afternoon, thanks to the stewards.')}
  <div class="comment_form"><form id="discussion__comment_form" method="post"><label><span>Real name:</span> <input type="text" name="name"></label><textarea name="text"></textarea><input type="submit" value="Save"></form></div>
</div></div>`;

describe('findDokuWikiDiscussion', () => {
  it('should read each comment with its author, date and the comment it answers', () => {
    const found = findDokuWikiDiscussion(doc(`<div class="page"><p>The story.</p>${SECTION}</div>`));
    expect(found?.comments.map((c) => [c.author?.textContent, c.dateTime, c.parentIndex])).toEqual([
      ['Sue Harrow', '2026-11-28T11:40:12Z', undefined],
      ['Dev Kapoor', '2026-11-28T11:40:12Z', 0],
      ['Gary Lind', '2026-11-28T11:40:12Z', undefined],
    ]);
  });

  it('should find nothing on a page without the plugin', () => {
    expect(
      findDokuWikiDiscussion(doc('<div class="hfeed"><div class="hentry"><p>A post.</p></div></div>')),
    ).toBeUndefined();
  });

  it('should be the reader findComments uses on such a page', () => {
    expect(findComments(doc(SECTION))?.system).toBe('dokuwiki-discussion');
  });
});
