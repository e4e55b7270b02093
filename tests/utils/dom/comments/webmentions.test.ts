import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findComments } from '../../../../utils/dom/comments/find-comments';
import { findWebmentions } from '../../../../utils/dom/comments/webmentions';

const load = (body: string): Document =>
  parseHTML(`<html><body><article class="h-entry"><h1 class="p-name">Depot mural to go</h1>
<div class="e-content"><p>The mural on the depot wall will be cleaned off on Monday, the council said.</p></div></article>${body}</body></html>`)
    .document as unknown as Document;

const reply = (name: string, text: string, extra = ''): string =>
  `<li class="webmentions__item"><article class="webmention h-cite ${extra}"><div class="webmention__meta"><a class="webmention__author p-author h-card u-url" href="https://toot.example/@${name}"><img class="u-photo" src="a.jpg" alt=""><strong class="p-name">${name}</strong></a> <a class="u-url" href="https://toot.example/1"><time class="dt-published" datetime="2024-05-17T09:02:11Z">17 May 2024</time></a></div><div class="webmention__content p-content"><p>${text}</p></div></article></li>`;

const facepile = (label: string, names: readonly string[]): string =>
  `<h3>${names.length} ${label}</h3><ul class="facepile">${names
    .map(
      (name) =>
        `<li><a class="facepile__link h-card u-url" href="#" title="${name}"><img class="u-photo" alt="${name}"></a></li>`,
    )
    .join('')}</ul>`;

describe('findWebmentions', () => {
  it('should read the h-cite replies of a webmentions section, author, date and text, and not its facepiles', () => {
    const doc = load(
      `<section class="webmentions" id="webmentions"><h2>Webmentions</h2><div class="webmentions__facepile">${facepile('Likes', ['Gwen', 'Roy'])}</div><ol class="webmentions__list">${reply('Gwen', 'I have photos of the wall from 2003.')}${reply('mk', 'I can bring a tripod on Saturday.')}</ol></section>`,
    );
    const found = findWebmentions(doc);
    expect(found?.comments.map((comment) => comment.author?.textContent)).toEqual(['Gwen', 'mk']);
    expect(found?.comments[0]?.dateTime).toBe('2024-05-17T09:02:11Z');
    expect(found?.comments[1]?.body.map((part) => part.textContent)).toEqual(['I can bring a tripod on Saturday.']);
    expect(found?.region.id).toBe('webmentions');
    expect(findComments(doc)?.system).toBe('webmentions');
  });

  it('should read the replies of jekyll-webmention_io’s all-types list, typed on the list item, and not its likes', () => {
    const item = (type: string, name: string, text: string): string =>
      `<li id="webmention-${name}" class="webmention webmentions__item webmention--${type}"><article class="h-cite"><div class="webmention__author p-author h-card"><a class="u-url" href="#"><img class="webmention__author__photo u-photo" alt=""><span class="webmention__author__name p-name">${name}</span></a></div><div class="webmention__content p-content">${text}</div><div class="webmention__meta"><time class="webmention__pubdate dt-published" datetime="2024-05-17T09:00:00+00:00">17 May 2024</time> | <a class="webmention__source u-url" href="#">Permalink</a></div></article></li>`;
    const doc = load(
      `<div class="webmentions"><ol class="webmentions__list">${item('reply', 'Gwen', 'Lovely piece, thank you.')}${item('like', 'Roy', 'Roy liked this post')}${item('repost', 'Ink', 'Ink reposted this')}${item('reply', 'Bo', 'Is the museum open on Sundays?')}</ol></div>`,
    );
    expect(findWebmentions(doc)?.comments.map((comment) => comment.author?.textContent)).toEqual(['Gwen', 'Bo']);
  });

  it('should read the replies webmention.js writes (ul.comments), not a mention that only names a post', () => {
    const item = (name: string, span: string): string =>
      `<li><a class="reaction" rel="nofollow" title="${name} replied" href="#"><img src="a.jpg">💬</a> <a class="source" rel="nofollow" href="#">${name}</a>: ${span}</li>`;
    const doc = load(
      `<div id="webmentions"><h2>3 Responses</h2><ul class="comments">${item('Gwen Bach', '<span class="text">The channel was silting up last winter.</span>')}${item('kb.example', '<span class="name">Weekly links: dredgers</span>')}${item('Roy', '<span class="text">Is there a backup contractor?</span>')}</ul><h2>2 Reactions</h2><ul class="reacts"><a class="reaction" title="Ann liked" href="#">❤️</a></ul></div>`,
    );
    const found = findWebmentions(doc);
    expect(found?.comments.map((comment) => comment.author?.textContent)).toEqual(['Gwen Bach', 'Roy']);
    expect(found?.region.id).toBe('webmentions');
  });

  it('should read no comments off a list named comments outside any webmentions block', () => {
    const doc = load(
      `<aside><ul class="comments"><li><a class="source">Ann</a>: <span class="text">A reply.</span></li></ul></aside>`,
    );
    expect(findWebmentions(doc)).toBeUndefined();
  });

  it('should read an h-cite marked as the post’s p-comment, wherever it sits', () => {
    const doc = load(
      `<div class="responses"><div class="p-comment h-cite"><span class="p-author h-card"><span class="p-name">Ann Lee</span></span><div class="e-content">Good to see this written down.</div></div></div>`,
    );
    expect(findWebmentions(doc)?.comments).toHaveLength(1);
  });

  it.each([
    [
      'facepiles of likes and reposts only (the WordPress Webmention plugin)',
      `<div id="comments"><ul class="reaction-list reaction-list--like"><h4>Likes</h4><li class="single-mention h-cite"><a class="u-url" title="Ann liked this"><span class="p-author h-card"><img class="u-photo"><span class="hide-name p-name">Ann Lee</span></span></a></li></ul></div>`,
    ],
    [
      'likes that print a line, typed as likes',
      `<section class="webmentions"><ol>${reply('Ann', 'Ann liked this post.', 'webmention--like')}${reply('Bo', 'Bo reposted this.', 'webmention--repost')}</ol></section>`,
    ],
    [
      'h-entry likes marked with the mf2 like-of property',
      `<div class="webmentions"><div class="h-entry u-like-of"><span class="p-author h-card"><span class="p-name">Ann</span></span> <span class="p-content">liked this post</span></div></div>`,
    ],
    [
      'an h-cite citing a source in the story, outside any webmentions block',
      `<blockquote class="h-cite"><p class="p-content">The wall has no listed status.</p><cite class="p-author h-card"><span class="p-name">The council</span></cite></blockquote>`,
    ],
    [
      'a webmention form with no replies',
      `<form class="webmention-form"><label>Send a webmention</label><input name="source"></form>`,
    ],
  ])('should read no replies off %s', (_case, block) => {
    expect(findWebmentions(load(block))).toBeUndefined();
  });
});
