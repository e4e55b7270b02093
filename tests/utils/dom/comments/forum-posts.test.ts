import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findForumPosts } from '../../../../utils/dom/comments/forum-posts';

const docOf = (body: string): Document =>
  parseHTML(`<!DOCTYPE html><html><body>${body}</body></html>`).document as unknown as Document;

const STORY =
  '<article><h1>Ferry stays</h1><p>The council voted to keep the ferry running for two more years.</p></article>';

describe('findForumPosts', () => {
  it('should read XenForo 2 posts, keeping a quote in the post that quotes and leaving the user box out', () => {
    const doc = docOf(`${STORY}<section id="thread"><h2>Discuss this article</h2><div class="block-body">
      <article class="message message--post"><h4 class="message-name"><a class="username">holt</a></h4>
        <dl class="pairs"><dt>Joined</dt><dd>Mar 14, 2017</dd></dl>
        <header class="message-attribution"><time datetime="2026-11-27">Nov 27, 2026</time></header>
        <article class="message-body"><div class="bbWrapper">Half speed is brutal.</div></article>
        <aside class="message-signature"><div class="bbWrapper">My rig</div></aside></article>
      <article class="message message--post"><h4 class="message-name"><a class="username">Tess</a></h4>
        <article class="message-body"><div class="bbWrapper"><blockquote class="bbCodeBlock--quote">holt said: brutal</blockquote>Fair point.</div></article></article>
    </div></section>`);
    const found = findForumPosts(doc);
    expect(found?.comments.map((comment) => comment.author?.textContent)).toEqual(['holt', 'Tess']);
    expect(found?.comments.map((comment) => comment.body.map((part) => part.textContent).join(' '))).toEqual([
      'Half speed is brutal.',
      'holt said: brutalFair point.',
    ]);
    expect(found?.region.id).toBe('thread');
  });

  it('should read vBulletin 4 post bits and phpBB prosilver posts', () => {
    const vb = docOf(`${STORY}<ol id="posts"><li class="postbitlegacy postcontainer"><div class="username_container">
      <a class="username"><strong>TrailDog</strong></a></div><span class="postdate">11-27-2026</span>
      <blockquote class="postcontent">Coil springs at last.</blockquote></li></ol>`);
    expect(findForumPosts(vb)?.comments.map((comment) => comment.author?.textContent)).toEqual(['TrailDog']);
    const phpbb = docOf(`${STORY}<div id="p1" class="post has-profile bg2"><dl class="postprofile">
      <dt><a class="username">Corvid</a></dt><dd>Posts: 412</dd></dl><div class="postbody"><p class="author">by
      <time datetime="2026-11-28">Sat Nov 28</time></p><div class="content">Great result.</div></div></div>`);
    expect(findForumPosts(phpbb)?.comments.map((comment) => comment.body[0]?.textContent)).toEqual(['Great result.']);
  });

  it('should not widen the region to the story around the posts', () => {
    const doc =
      docOf(`<main><div class="wrap"><h1>Ferry stays</h1>${'<p>The council voted to keep the ferry running for two more years, and riders cheered.</p>'.repeat(5)}
      <div class="thread"><article class="message message--post"><a class="username">holt</a>
      <article class="message-body"><div class="bbWrapper">Good call.</div></article></article></div></div></main>`);
    expect(findForumPosts(doc)?.region.className).toBe('thread');
  });

  it('should find nothing in a story whose prose uses look-alike words (post, message, content)', () => {
    const doc =
      docOf(`<article class="post"><div class="content"><p>The message from the post office was clear.</p></div>
      <div class="message"><p>Riders sent a message to the council.</p></div></article>`);
    expect(findForumPosts(doc)).toBeUndefined();
  });
});
