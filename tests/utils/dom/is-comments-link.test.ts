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
