import { describe, expect, it } from 'vitest';
import { isTagLinkRow } from '../../../utils/dom/is-tag-link-row';
import { elementOf } from './element-of';

describe('isTagLinkRow', () => {
  it.each([
    [
      'Shoelace tag chips, each holding its link',
      '<div class="x1"><sl-tag pill><a href="/tags/tides/">tides</a></sl-tag> <sl-tag pill><a href="/tags/citizen-science/">citizen science</a></sl-tag></div>',
    ],
    [
      'WordPress tag links marked rel="tag", with separators',
      '<p class="css-9f2"><a href="/?p=1" rel="tag">Housing</a>, <a href="/?p=2" rel="tag">Council</a></p>',
    ],
    [
      'a list of topic links',
      '<ul><li><a href="https://news.example/topics/courts">Courts</a></li><li><a href="https://news.example/topics/jails">Jails</a></li></ul>',
    ],
    [
      'Blogger labels, hashed as in a chip row',
      '<div><span><a href="https://x.blogspot.com/search/label/Travel">#Travel</a></span> · <span><a href="https://x.blogspot.com/search/label/Food">#Food</a></span></div>',
    ],
    [
      'category links in WordPress addresses',
      '<div><a href="/category/news/">News</a> | <a href="/category/local/">Local</a></div>',
    ],
  ])('should find %s', (_case, html) => {
    expect(isTagLinkRow(elementOf(html))).toBe(true);
  });

  it.each([
    [
      'a sentence with tag links in it',
      '<p>Read more on <a href="/tags/tides/">tides</a> and <a href="/tags/storms/">storms</a> in our archive.</p>',
    ],
    ['a single topic link (a kicker)', '<div><a href="/topics/courts/">Courts &amp; Justice</a></div>'],
    [
      'a list of links to articles under a topic',
      '<ul><li><a href="/topics/courts/2026/bail-fund">Bail fund</a></li><li><a href="/topics/courts/2026/jail">Jail</a></li></ul>',
    ],
    [
      'a list of headlines, not tags',
      '<ul><li><a href="/a">A church-run bail fund has freed 40 people this year and more</a></li><li><a href="/b">Inside the jail</a></li></ul>',
    ],
    ['a link itself', '<a href="/tags/tides/">tides</a>'],
    [
      'a row of tag links beside other text',
      '<div><a href="/tags/a/">Alpha</a> <a href="/tags/b/">Beta</a> <span>Posted in 2026</span></div>',
    ],
  ])('should keep %s', (_case, html) => {
    expect(isTagLinkRow(elementOf(html))).toBe(false);
  });
});

describe('isTagLinkRow inside a line', () => {
  it('should keep a span of category links inside a meta line, which the line rules read whole', () => {
    const line = elementOf(
      '<li>In <span><a href="/category/news/" rel="category tag">News</a>, <a href="/category/local/" rel="category tag">Local</a></span> | 1 Comment</li>',
    );
    expect(isTagLinkRow(line.querySelector('span') as Element)).toBe(false);
  });
});
