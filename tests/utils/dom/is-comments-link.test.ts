import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isCommentsLink } from '../../../utils/dom/is-comments-link';

/** The element with `id="x"` in a small page. */
const elementOf = (html: string): Element => {
  const doc = parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;
  const element = doc.getElementById('x');
  if (!element) throw new Error('no element');
  return element;
};

describe('isCommentsLink', () => {
  it.each([
    [
      'a count on a tool row of buttons',
      '<div class="a1"><button>Share</button> <a id="x" class="b2" href="#comments">Comments 14</a></div>',
    ],
    ['a call to comment alone in its box', '<div><a id="x" href="#comments-area">Join the conversation</a></div>'],
    [
      'a French count after a separator',
      '<p><button>Partager</button> | <a id="x" href="#commentaires">12 commentaires</a></p>',
    ],
    ['a link to a comment platform’s mount', '<span><a id="x" href="#disqus_thread">Discuss</a></span>'],
    ['WordPress’s reply anchor', '<div><a id="x" href="#respond">Leave a comment</a></div>'],
    [
      'an Austrian paper’s postings count to its forum',
      '<div><span>Theresa Lindner</span><a id="x" href="#story-community">312 Postings</a></div>',
    ],
    ['a link to the forum', '<div><a id="x" href="#forum">Zum Forum</a></div>'],
  ])('should find %s', (_case, html) => {
    expect(isCommentsLink(elementOf(html))).toBe(true);
  });

  it.each([
    [
      'a link in a sentence',
      '<p>As readers said in <a id="x" href="#comments">the comments</a>, the ferry was late again.</p>',
    ],
    ['a link to another page’s comments', '<div><a id="x" href="/story#comments">Comments 14</a></div>'],
    ['a link to a section of the story', '<div><a id="x" href="#the-vote">Jump to the vote</a></div>'],
    [
      'a link to the forum in a sentence',
      '<p>Leserinnen diskutieren <a id="x" href="#story-community">im Forum</a> seit Tagen über die Linie.</p>',
    ],
    [
      'a long link text',
      '<div><a id="x" href="#comments">Readers told us how the ferry cuts changed their commute this winter</a></div>',
    ],
    ['a paragraph around the link', '<p id="x"><a href="#comments">Comments 14</a></p>'],
  ])('should keep %s', (_case, html) => {
    expect(isCommentsLink(elementOf(html))).toBe(false);
  });
});

describe('isCommentsLink with the page’s full address', () => {
  /** The element with `id="x"` in a page whose canonical address is `canonical`. */
  const inPage = (canonical: string, html: string): Element => {
    const head = `<head><link rel="canonical" href="${canonical}"></head>`;
    const doc = parseHTML(`<html>${head}<body>${html}</body></html>`).document as unknown as Document;
    const element = doc.getElementById('x');
    if (!element) throw new Error('no element');
    return element;
  };
  const CANONICAL = 'https://www.pellisland-news.example/2019/11/08/ferry-timetable-cut/';

  it.each([
    [
      'the full address',
      '<div><a id="x" href="https://pellisland-news.example/2019/11/08/ferry-timetable-cut/#comments">5 Comments</a></div>',
    ],
    [
      'the address over http, without its slash',
      '<div><a id="x" href="http://www.pellisland-news.example/2019/11/08/ferry-timetable-cut#respond">0</a></div>',
    ],
    ['the path from the site’s root', '<span><a id="x" href="/2019/11/08/ferry-timetable-cut/#comments">12</a></span>'],
  ])('should find a count link written with %s', (_case, html) => {
    expect(isCommentsLink(inPage(CANONICAL, html))).toBe(true);
  });

  it.each([
    [
      'another story’s address',
      '<div><a id="x" href="https://pellisland-news.example/2019/11/07/harbour-vote/#comments">3 Comments</a></div>',
    ],
    [
      'another site’s address at the same path',
      '<div><a id="x" href="https://other.example/2019/11/08/ferry-timetable-cut/#comments">3</a></div>',
    ],
    ['another story’s path', '<div><a id="x" href="/2019/11/07/harbour-vote/#comments">3</a></div>'],
    ['the site’s home page', '<div><a id="x" href="https://pellisland-news.example/#comments">Comments</a></div>'],
  ])('should keep a link to %s', (_case, html) => {
    expect(isCommentsLink(inPage(CANONICAL, html))).toBe(false);
  });
});
