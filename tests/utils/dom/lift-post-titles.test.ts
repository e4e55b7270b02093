import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { liftPostTitles } from '../../../utils/dom/lift-post-titles';

const TEXT = '<p>Officials extended the evacuation orders on Saturday night as the fire pushed west.</p>';

/** The same text set as a template's paragraph `<div>`. */
const DIV_TEXT = TEXT.replace(/<(\/?)p>/g, '<$1div>');
/** A box holding only a picture and its link, no paragraph. */
const LINK_BOX = '<div class="media"><a href="/video"><img src="v.jpg" alt=""></a></div>';

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
    [
      'a post whose text is set in <div>s, not <p>s',
      `<div class="feed">${post('<h2 id="t">Orders extended</h2>', 'post', DIV_TEXT)}${post('<h2>Winds</h2>', 'post', DIV_TEXT)}</div>`,
      'post',
    ],
  ])('should move the headline of %s out of its header block', (_, body, parent) => {
    expect(parentAfter(body)).toBe(parent);
  });

  it('should lift the headline out of an unnamed <header> and take out the rest of it', () => {
    const card = (title: string): string =>
      `<article class="x1"><header><time>9:42</time>${title}<span>From Ann Lee</span></header>${TEXT}</article>`;
    const doc = documentOf(`<div>${card('<h2 id="t">Orders extended</h2>')}${card('<h2>Winds</h2>')}</div>`);
    liftPostTitles(doc);
    expect(doc.getElementById('t')?.parentElement?.getAttribute('class')).toBe('x1');
    expect(doc.getElementsByTagName('header')).toHaveLength(0);
    expect(doc.body.textContent).not.toContain('From Ann Lee');
  });

  it('should keep the order of two headings lifted from one header block', () => {
    const doc = documentOf(
      `<div>${post('<h2>Orders extended</h2><h3>Two more areas</h3>')}${post('<h2>W</h2>')}</div>`,
    );
    liftPostTitles(doc);
    const first = doc.querySelector('article');
    expect([...(first?.children ?? [])].map((child) => child.tagName)).toEqual(['H2', 'H3', 'DIV']);
  });

  it('should keep a header block that holds a paragraph once its headline is out', () => {
    const summary = '<p>Residents of two more neighbourhoods were told to leave.</p>';
    const doc = documentOf(`<div>${post(`<h2>Orders extended</h2>${summary}`)}${post('<h2>Winds</h2>')}</div>`);
    liftPostTitles(doc);
    expect(doc.querySelectorAll('header')).toHaveLength(1);
    expect(doc.querySelector('header')?.textContent).toContain('two more neighbourhoods');
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
      'cards whose only text beyond the header is a link box',
      `<div>${post('<h2 id="t">Orders extended</h2>', 'post', LINK_BOX)}${post('<h2>Winds</h2>', 'post', LINK_BOX)}</div>`,
    ],
    [
      'cards without text beyond the header',
      `<div>${post('<h2 id="t">Orders extended</h2>', 'post', '')}${post('<h2>Winds</h2>', 'post', '')}</div>`,
    ],
  ])('should leave the heading in place for %s', (_, body) => {
    expect(parentAfter(body)).toBe('post__header');
  });
});
