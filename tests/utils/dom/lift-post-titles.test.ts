import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { liftPostTitles } from '../../../utils/dom/lift-post-titles';

const TEXT = '<p>Officials extended the evacuation orders on Saturday night as the fire pushed west.</p>';

const documentOf = (body: string): Document =>
  parseHTML(`<html><head><title>Live</title></head><body>${body}</body></html>`).document as unknown as Document;

/** A post card: header block with a time stamp, a heading and a byline, then the post's text. */
const post = (title: string, cls = 'post', text = TEXT): string =>
  `<article class="${cls}"><header class="post__header"><span class="time">9:42 p.m. ET</span>${title}` +
  `<span class="byline">From Ann Lee</span></header><div class="post__content">${text}</div></article>`;

/** Where the `#t` heading sits after `liftPostTitles`: its parent's class. */
function parentAfter(body: string): string {
  const doc = documentOf(body);
  liftPostTitles(doc);
  return doc.getElementById('t')?.parentElement?.getAttribute('class') ?? '';
}

describe('liftPostTitles', () => {
  it.each([
    [
      'a post of a stream',
      `<div class="feed">${post('<h2 id="t">Orders extended</h2>')}${post('<h2>Winds</h2>')}</div>`,
      'post',
    ],
    [
      'a post filling a list item of a stream',
      `<ol class="feed"><li class="p">${post('<h3 id="t"><span>Orders extended</span></h3>', '')}</li>` +
        `<li class="p">${post('<h3>Winds</h3>', '')}</li></ol>`,
      '',
    ],
  ])('should move the headline of %s out of its header block', (_, body, parent) => {
    expect(parentAfter(body)).toBe(parent);
  });

  it('should take the "header" class words off a lifted headline', () => {
    const doc = documentOf(
      `<div>${post('<h2 id="t" class="post-header-title big">Orders extended</h2>')}${post('<h2>Winds</h2>')}</div>`,
    );
    liftPostTitles(doc);
    expect(doc.getElementById('t')?.getAttribute('class')).toBe('big');
  });

  it.each([
    ['a story whose header block holds its only headline', `<div>${post('<h2 id="t">Orders extended</h2>')}</div>`],
    [
      'teaser cards whose titles are links',
      `<div>${post('<h2 id="t"><a href="/a">Orders extended</a></h2>')}${post('<h2><a href="/b">Winds</a></h2>')}</div>`,
    ],
    [
      'cards without text beyond the header',
      `<div>${post('<h2 id="t">Orders extended</h2>', 'post', '')}${post('<h2>Winds</h2>', 'post', '')}</div>`,
    ],
  ])('should leave the heading in place for %s', (_, body) => {
    expect(parentAfter(body)).toBe('post__header');
  });
});
