import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { hasUnreadWidget } from '../../../../utils/dom/comments/comment-widgets';

const load = (html: string): Document =>
  parseHTML(`<html><body><p>Story text.</p>${html}</body></html>`).document as unknown as Document;

describe('hasUnreadWidget', () => {
  it.each([
    ['a Disqus frame', '<iframe id="dsq-app1234" src="https://disqus.com/embed/comments/?f=x"></iframe>'],
    ["a frame from the site's comment host", '<iframe src="https://comments.example.org/embed/stream?id=1"></iframe>'],
    ['a frame titled "Comments"', '<iframe title="Comments" src="https://example.org/x"></iframe>'],
    ['an empty Coral placeholder', '<div id="coral_thread"></div>'],
    ['an empty OpenWeb placeholder', '<div data-spotim-module="conversation" data-post-id="1"></div>'],
  ])('should find %s', (_, html) => {
    expect(hasUnreadWidget(load(html))).toBe(true);
  });

  it.each([
    [
      'a video frame whose title mentions comments',
      '<iframe src="https://video.example.org/embed/1" title="Mayor comments on the vote"></iframe>',
    ],
    [
      'an ad frame named after its slot',
      '<iframe id="google_ads_iframe_/1/below-comments_0" src="about:blank"></iframe>',
    ],
    [
      'a placeholder the page rendered its comments into',
      '<div id="livefyre"><div class="c"><p>Ravi: great news.</p></div></div>',
    ],
    ['a comment-count link', '<a href="/story#disqus_thread">Comments</a>'],
  ])('should not find %s', (_, html) => {
    expect(hasUnreadWidget(load(html))).toBe(false);
  });
});

describe('hasUnreadWidget on a comment form loaded in a frame', () => {
  it('should not take Jetpack’s comment form frame for a comment widget', () => {
    const frame =
      '<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>' +
      '<form id="commentform" class="comment-form"><iframe title="Comment Form" ' +
      'src="https://jetpack.wordpress.com/jetpack-comment/?blogid=1&postid=2" name="jetpack_remote_comment" ' +
      'class="jetpack_remote_comment" id="jetpack_remote_comment"></iframe></form></div>';
    expect(hasUnreadWidget(load(frame))).toBe(false);
  });

  it('should still find a comment frame named like Jetpack’s but titled for comments', () => {
    expect(
      hasUnreadWidget(load('<iframe title="Comments" id="remote_comment" src="https://example.org/embed/1"></iframe>')),
    ).toBe(true);
  });
});

describe('hasUnreadWidget on the comment services of static and self-hosted blogs', () => {
  it.each([
    [
      "utterances' script, before it runs",
      '<script src="https://utteranc.es/client.js" repo="plot14/plot14.github.io" issue-term="pathname" async></script>',
    ],
    [
      "utterances' frame",
      '<div class="utterances"><iframe class="utterances-frame" src="https://utteranc.es/utterances.html?x=1"></iframe></div>',
    ],
    [
      "giscus' frame",
      '<div class="giscus"><iframe class="giscus-frame" src="https://giscus.app/widget?x=1"></iframe></div>',
    ],
    ['an empty giscus placeholder', '<div class="giscus"></div>'],
    ['an empty Commento placeholder', '<div id="commento"></div>'],
    ['an empty Isso thread', '<section id="isso-thread"></section>'],
    ['an empty Remark42 placeholder', '<div id="remark42"></div>'],
    ['an empty Hyvor Talk placeholder', '<div id="hyvor-talk-view"></div>'],
    ['an empty FastComments placeholder', '<div id="fastcomments-widget"></div>'],
    ['an empty Cusdis thread', '<div id="cusdis_thread" data-host="https://cusdis.com"></div>'],
  ])('should find %s', (_, html) => {
    expect(hasUnreadWidget(load(html))).toBe(true);
  });

  it.each([
    [
      'a Commento thread the script rendered',
      '<div id="commento"><div class="commento-card"><p>Lovely beans.</p></div></div>',
    ],
    [
      'an Isso thread the script rendered',
      '<section id="isso-thread"><div class="isso-comment"><p>Same here.</p></div></section>',
    ],
    [
      'a frame whose name only contains "isso"',
      '<iframe name="missouri-map" src="https://maps.example.org/mo"></iframe>',
    ],
    ['a video frame', '<iframe src="https://www.youtube.com/embed/abc" title="Pea sticks, step by step"></iframe>'],
  ])('should not find %s', (_, html) => {
    expect(hasUnreadWidget(load(html))).toBe(false);
  });
});

describe('hasUnreadWidget on the scripts that load replies from Mastodon and Bluesky', () => {
  it.each([
    [
      'the Mastodon comments script before "Load comments" is pressed',
      '<div class="article-content"><h2>Comments</h2><p>You can use your Mastodon account to reply to this <a href="https://mastodon.social/@a/1">post</a>.</p><p id="mastodon-comments-list"><button id="load-comment">Load comments</button></p><noscript><p>You need JavaScript to view the comments.</p></noscript></div>',
    ],
    [
      'the mastodon-comments web component',
      '<mastodon-comments host="mastodon.social" user="a" tootId="1"></mastodon-comments>',
    ],
    ['an empty bluesky-comments placeholder', '<div id="bluesky-comments"></div>'],
    [
      'a Disqus placeholder holding only its "Load comments" button',
      '<div id="disqus_thread"><button class="load-disqus">Load comments</button></div>',
    ],
  ])('should find %s', (_, html) => {
    expect(hasUnreadWidget(load(html))).toBe(true);
  });

  it.each([
    [
      'the Mastodon comments the script wrote in',
      '<div id="mastodon-comments-list"><div class="mastodon-comment"><div class="author"><a href="#">Kirsty Obi</a></div><div class="mastodon-comment-content"><p>Half of my ward gets this bus.</p></div></div></div>',
    ],
    [
      'the Bluesky replies the widget wrote in, with their buttons',
      '<div id="bluesky-comments"><h2>Comments</h2><p>Bought eight shares for the kids.</p><button>Show more replies</button></div>',
    ],
  ])('should not find %s', (_, html) => {
    expect(hasUnreadWidget(load(html))).toBe(false);
  });
});
