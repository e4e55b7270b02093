import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findThreadReplies } from '../../../../utils/dom/comments/thread-replies';

const doc = (html: string): Document => parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;

/** One post as vBulletin 3's postbit template prints it. */
const post = (id: string, user: string, date: string, text: string): string => `
<div id="edit${id}"><table class="tborder" id="post${id}"><tr>
  <td class="thead">${date}</td><td class="thead" align="right">#<a href="showpost.php?p=${id}"><strong>1</strong></a></td>
</tr><tr valign="top">
  <td class="alt2"><div><a class="bigusername" href="member.php?u=2">${user}</a></div><div class="smallfont">Join Date: Mar 2006</div></td>
  <td class="alt1"><!-- message --><div id="post_message_${id}">${text}</div><!-- / message --></td>
</tr></table></div>`;

const STORY =
  'The final of the league will be played at a floodlit ground.<br /><br />The committee said so on Sunday.';

describe('findThreadReplies', () => {
  it('should read the posts after the opening post as comments, with poster and date, and leave the opening post', () => {
    const found = findThreadReplies(
      doc(
        `<div id="posts">${post('1', 'PulseNewsDesk', '03-14-2021, 08:52 PM', STORY)}${post('2', 'sixhitter', '03-14-2021, 09:15 PM', 'About time.')}${post('3', 'longleg', '03-15-2021, 07:31 AM', 'Does the replacement bowl?')}</div>`,
      ),
    );
    expect(found?.comments.map((c) => [c.author?.textContent, c.date?.textContent, c.body[0]?.textContent])).toEqual([
      ['sixhitter', '03-14-2021, 09:15 PM', 'About time.'],
      ['longleg', '03-15-2021, 07:31 AM', 'Does the replacement bowl?'],
    ]);
    expect(found?.parts?.map((part) => part.id)).toEqual(['post2', 'post3']);
  });

  it.each([
    ['a thread of the opening post alone', `<div id="posts">${post('1', 'PulseNewsDesk', '03-14-2021', STORY)}</div>`],
    [
      'tables named post… without a post message',
      '<table id="postform"><tr><td>Reply</td></tr></table><table id="posting-rules"><tr><td>Rules</td></tr></table>',
    ],
  ])('should find nothing on %s', (_case, html) => {
    expect(findThreadReplies(doc(html))).toBeUndefined();
  });
});
