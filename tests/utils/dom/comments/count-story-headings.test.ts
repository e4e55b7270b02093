import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { countStoryHeadings } from '../../../../utils/dom/comments/count-story-headings';

const countIn = (html: string): number => {
  const { document } = parseHTML(
    `<html><head><link rel="canonical" href="https://herald.example/news/ferry"></head><body><div id="box">${html}</div></body></html>`,
  );
  return countStoryHeadings(document as unknown as Document).get(document.getElementById('box') as Element) ?? 0;
};

describe('countStoryHeadings', () => {
  it.each([
    [
      'a heading inside a link to another story',
      '<a href="/opinion/x"><h3>Skate bowls will not fix the high street</h3></a>',
    ],
    ['a link inside a heading', '<h2><a href="/news/y">Flood wall work begins on the quay</a></h2>'],
    [
      'an absolute link to the same site',
      '<h3><a href="https://herald.example/n/1">Flood wall work begins on the quay</a></h3>',
    ],
    [
      'an absolute link to the same site under its www. name',
      '<h3><a href="https://www.herald.example/n/1">Flood wall work begins on the quay</a></h3>',
    ],
  ])('should count %s', (_, html) => {
    expect(countIn(html + html)).toBe(2);
  });

  it.each([
    ['a commenter name heading', '<h4><a href="/profiles/ravi">Ravi Shah</a></h4>'],
    ['a comment title linking to the comment', '<h4><a href="#comment-12">Re: the park vote and the budget</a></h4>'],
    ['a comment permalink', '<h4><a href="/story?comment=12">Re: the park vote and the budget</a></h4>'],
    [
      "a commenter's link to their own site",
      '<h3><a href="http://studio.example/" rel="external nofollow">Mira Lake Photography Studio Bristol</a></h3>',
    ],
    ['a link to another site', '<h3><a href="https://other.example/">Flood wall work begins on the quay</a></h3>'],
    ['a heading without a link', '<h3>What the council decided on Tuesday</h3>'],
  ])('should not count %s', (_, html) => {
    expect(countIn(html)).toBe(0);
  });
});
