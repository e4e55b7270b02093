import { describe, expect, it } from 'vitest';
import { isAuthorBox } from '../../../utils/dom/is-author-box';
import { elementOf } from './element-of';

const BIO =
  'Ann Lee is the founder and editor of Paper Trails. She writes about bookbinding, letterpress and the people who still do both.';

describe('isAuthorBox', () => {
  it.each([
    `<div class="postauthor"><h4>Written by Ann Lee</h4><p>${BIO}</p></div>`,
    `<div id="author"><h3>Author: Ann Lee</h3><p>${BIO}</p></div>`,
    `<section class="author-profile"><dl><dt>About the author</dt><dd>${BIO}</dd></dl></section>`,
    `<div id="mini-bio"><h1>ABOUT ANN LEE</h1><p>${BIO}</p></div>`,
    `<p class="bio">${BIO}</p>`,
    `<div class="bio-card"><div class="bio-name">Ann Lee</div><div class="bio-text">${BIO}</div></div>`,
    `<div class="ArticleBio_root__r6Ggy"><address>${BIO}</address></div>`,
    `<div class="article__author-card"><p class="article__author-name">Ann Lee</p><p>${BIO}</p></div>`,
    `<section class="post-authors"><h2>Written by</h2><div><h3>Ann Lee</h3><p>${BIO}</p></div></section>`,
    `<div class="authors-box"><p>${BIO}</p></div>`,
  ])('should read %s as an author box', (html) => {
    expect(isAuthorBox(elementOf(html))).toBe(true);
  });

  it.each([
    ['a byline', '<div class="author">By Ann Lee and Tom Okafor | March 14, 2024</div>'],
    ['a byline span', `<span class="author">${BIO}</span>`],
    ['a long author list without a sentence', `<div class="author">${'Ann Lee, Tom Okafor, '.repeat(6)}</div>`],
    ['the post itself (WordPress author class)', `<div class="post entry-author-ann_lee"><p>${BIO}</p></div>`],
    ['an author-less block', `<div class="entry-content"><p>${BIO}</p></div>`],
    ['a bio-named byline', '<div class="ArticleBio_root__r6Ggy">By Ann Lee</div>'],
    ['a biology story', `<div class="biology-news"><p>${BIO}</p></div>`],
    ['a BEM byline', '<div class="article__author">By Ann Lee | Harbour Ledger • Published: March 14, 2024</div>'],
    ['a BEM story body', `<div class="article__body"><p>${BIO}</p></div>`],
    ['a byline of several authors', '<div class="post-authors">By Ann Lee and Tom Okafor</div>'],
    ['a story about authors', `<div class="authorship-story"><p>${BIO}</p></div>`],
  ])('should not read %s as an author box', (_case, html) => {
    expect(isAuthorBox(elementOf(html))).toBe(false);
  });
});
