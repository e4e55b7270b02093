import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findComments } from '../../../../utils/dom/comments/find-comments';
import { findDrupal } from '../../../../utils/dom/comments/drupal';

const doc = (html: string): Document => parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;
const textOf = (element: Element | undefined): string => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** One Drupal 8+ comment as Bartik prints it (Classy's comment template with the name and time apart). */
const d8 = (id: string, author: string, subject: string, text: string, inReplyTo = ''): string => `
<article role="article" data-comment-user-id="0" id="comment-${id}" class="comment js-comment by-anonymous clearfix">
  <footer class="comment__meta">
    <article class="profile"></article>
    <p class="comment__author"><span rel="schema:author"><span property="schema:name">${author}</span></span></p>
    <p class="comment__time">Thu, 10/17/2019 - 17:43</p>
    <p class="comment__permalink"><a href="/comment/${id}#comment-${id}">Permalink</a></p>
    ${inReplyTo ? `<p class="visually-hidden">In reply to <a href="/comment/1">x</a> by <span property="schema:name">${inReplyTo}</span></p>` : ''}
  </footer>
  <div class="content">
    <h3><a href="/comment/${id}#comment-${id}" class="permalink" rel="bookmark">${subject}</a></h3>
    <div class="clearfix text-formatted field field--name-comment-body field--label-hidden field__item"><p>${text}</p></div>
    <ul class="links inline"><li class="comment-reply"><a href="/comment/reply/node/5/comment/${id}">Reply</a></li></ul>
  </div>
</article>`;

const D8_SECTION = `<section class="field field--name-comment field--type-comment comment-wrapper">
<h2 class="title">Comments</h2>
${d8('1', 'gravelroad_gus', 'Twenty times a day', 'Put a scale at the Kellerton turn.')}
<div class="indented">
${d8('2', 'Pam Hollings', 'A scale costs money too. The…', 'A scale costs money too. The sheriff is short of deputies.', 'gravelroad_gus')}
<div class="indented">${d8('3', 'gravelroad_gus', 'Fair point', 'Then the signs had better be big.', 'Pam Hollings')}</div>
</div>
${d8('4', 'Ken Dobbs', 'State money', 'We waited six years last time.')}
<h2 class="title comment-form__title">Add new comment</h2>
<form class="comment-form"><label>Your name</label><input name="name"><textarea name="comment_body"></textarea></form>
</section>`;

/** One Drupal 7 comment as Bartik prints it, after its permalink anchor. */
const d7 = (id: string, author: string, text: string): string => `<a id="comment-${id}"></a>
<div class="comment comment-by-anonymous clearfix" typeof="sioc:Post sioct:Comment">
  <div class="attribution"><div class="comment-submitted">
    <p class="commenter-name"><span class="username">${author}</span></p>
    <p class="comment-time">Mon, 03/12/2012 - 09:14</p>
    <p class="comment-permalink"><a href="/comment/${id}#comment-${id}" class="permalink" rel="bookmark">Permalink</a></p>
  </div></div>
  <div class="comment-text"><div class="comment-arrow"></div>
    <h3><a href="/comment/${id}#comment-${id}" class="permalink" rel="bookmark">${text.slice(0, 20)}…</a></h3>
    <div class="content"><div class="field field-name-comment-body field-type-text-long field-label-hidden">
      <div class="field-items"><div class="field-item even" property="content:encoded"><p>${text}</p></div></div>
    </div></div>
    <ul class="links inline"><li class="comment-reply first last"><a href="/comment/reply/7/${id}">reply</a></li></ul>
  </div>
</div>`;

describe('findDrupal', () => {
  it("should read Drupal 8's comments with their author, time and text, replies linked through div.indented", () => {
    const found = findDrupal(doc(`<article class="node"><p>The story.</p></article>${D8_SECTION}`));
    expect(found?.system).toBe('drupal');
    expect(found?.region.classList.contains('comment-wrapper')).toBe(true);
    expect(found?.comments.map((c) => [textOf(c.author), textOf(c.date), c.parentIndex])).toEqual([
      ['gravelroad_gus', 'Thu, 10/17/2019 - 17:43', undefined],
      ['Pam Hollings', 'Thu, 10/17/2019 - 17:43', 0],
      ['gravelroad_gus', 'Thu, 10/17/2019 - 17:43', 1],
      ['Ken Dobbs', 'Thu, 10/17/2019 - 17:43', undefined],
    ]);
  });

  it("should keep a subject the reader wrote over the text, and leave out Drupal's own (the text's first words)", () => {
    const found = findDrupal(doc(D8_SECTION));
    expect(found?.comments.map((c) => c.body.map(textOf))).toEqual([
      ['Twenty times a day', 'Put a scale at the Kellerton turn.'],
      ['A scale costs money too. The sheriff is short of deputies.'],
      ['Fair point', 'Then the signs had better be big.'],
      ['State money', 'We waited six years last time.'],
    ]);
  });

  it("should read Drupal 7's comments after their anchors, a reply to the comment before its div.indented", () => {
    const found = findDrupal(
      doc(`<div id="comments" class="comment-wrapper"><h2 class="title">Comments</h2>
${d7('11', 'Ann Lee', 'The bell tower needs a new ladder before anything else.')}
<div class="indented">${d7('12', 'Stan W.', 'We have a ladder. We need people to climb it.')}</div>
${d7('13', 'Joe', 'Count me in for Sundays.')}</div>`),
    );
    expect(found?.comments.map((c) => [textOf(c.author), c.body.map(textOf).join(' | '), c.parentIndex])).toEqual([
      ['Ann Lee', 'The bell tower needs a new ladder before anything else.', undefined],
      ['Stan W.', 'We have a ladder. We need people to climb it.', 0],
      ['Joe', 'Count me in for Sundays.', undefined],
    ]);
  });

  it('should find nothing in comment-named blocks without the comment-body field (WordPress, a sidebar list)', () => {
    expect(
      findDrupal(
        doc(`<ol class="comment-list"><li class="comment"><div class="comment-body"><p>Nice.</p></div></li></ol>
<div class="comment"><a href="/comment/2">Latest comment</a></div>`),
      ),
    ).toBeUndefined();
  });

  it('should be the reader findComments uses on such a page', () => {
    expect(findComments(doc(D8_SECTION))?.system).toBe('drupal');
  });
});
