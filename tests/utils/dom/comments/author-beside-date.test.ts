import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { authorBesideDate } from '../../../../utils/dom/comments/author-beside-date';

/** The author found beside `#d` inside `#c`. */
const authorIn = (html: string): string | undefined => {
  const { document } = parseHTML(`<html><body>${html}</body></html>`);
  const item = document.getElementById('c') as unknown as Element;
  const date = document.getElementById('d') as unknown as Element;
  return authorBesideDate(date, item)?.textContent ?? undefined;
};

describe('authorBesideDate', () => {
  it.each([
    [
      'Shopify Dawn’s footer (name span, then a span around the time)',
      '<article id="c"><p>What a lovely write-up, happy to wait until September.</p><footer class="right"><span class="circle-divider">Helen Sowerby</span><span><time id="d">April 15, 2026</time></span></footer></article>',
      'Helen Sowerby',
    ],
    [
      'Jimdo’s meta block read whole as the date (counter, name, date)',
      '<li id="c"><div id="d" class="com-meta"><span>#1</span> <strong>Gerda Pfaffinger</strong> <span>(Dienstag, 10 März 2026 21:14)</span></div><div>Danke!</div></li>',
      'Gerda Pfaffinger',
    ],
  ])('should find the name in %s', (_case, html, name) => {
    expect(authorIn(html)).toBe(name);
  });

  it.each([
    [
      'a date beside buttons only',
      '<div id="c"><p>Good point about the grant.</p><div><time id="d">2 hours ago</time> <a>Reply</a> <a>Share</a></div></div>',
    ],
    [
      'a date beside a relative stamp',
      '<div id="c"><p>Agreed.</p><div><span>3 days ago</span> <time id="d">May 3, 2026</time></div></div>',
    ],
    [
      'a date whose block is the comment’s long text',
      '<div id="c"><div><time id="d">May 3</time><span>This</span> is a long comment about the route, the grant and the board, which goes on for a while.</div></div>',
    ],
    [
      'a credit word set apart and a comment’s title heading (Slashdot)',
      '<div id="c"><div><div class="title"><h4><a href="#c1">Thunderstruck</a></h4></div><div id="d" class="details"><span class="by"><span>by </span><a href="/~garaged">garaged <span>(579941)</span></a></span></div></div><p>Sound of the drums.</p></div>',
    ],
    [
      'a button beside the date',
      '<div id="c"><p>Definitely suspension worthy.</p><div><a>QUOTE</a> <time id="d">November 12, 2012</time></div></div>',
    ],
  ])('should find none in %s', (_case, html) => {
    expect(authorIn(html)).toBeUndefined();
  });
});

describe('authorBesideDate, button labels', () => {
  it('should not take a "Report this comment" link beside the date for the name', () => {
    const { document } = parseHTML(
      '<html><body><div id="c"><div><a class="report">Report this comment</a><time id="d">August 9th, 2012</time></div><p>We have been killing it.</p></div></body></html>',
    );
    const item = document.getElementById('c') as unknown as Element;
    const date = document.getElementById('d') as unknown as Element;
    expect(authorBesideDate(date, item)).toBeUndefined();
  });
});
