import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isQuotedPart } from '../../../../utils/dom/comments/is-quoted-part';

/** Whether the element `#part` of the comment `.item` lies in a quotation of another post. */
function quoted(html: string): boolean {
  const { document } = parseHTML(`<html><body>${html}</body></html>`);
  const item = document.querySelector('.item');
  const part = document.querySelector('#part');
  if (!item || !part) throw new Error('no item or part');
  return isQuotedPart(part as unknown as Element, item as unknown as Element);
}

describe('isQuotedPart', () => {
  it.each([
    [
      "a forum quote box's attribution ('Zitat von …')",
      '<div class="item"><span class="user">Ludwig</span><div class="text"><div class="comment-quote"><span id="part" class="quote-author">Zitat von hessenbub</span><blockquote>Alle wollen Strom.</blockquote></div>Das Dorf hat abgestimmt.</div></div>',
    ],
    [
      'a name cited inside a blockquote',
      '<li class="item"><cite>Ann</cite><blockquote><cite id="part">Bo</cite> wrote: No.</blockquote><p>Yes.</p></li>',
    ],
  ])('should take %s', (_case, html) => {
    expect(quoted(html)).toBe(true);
  });

  it.each([
    [
      "the commenter's own name beside the quote",
      '<div class="item"><span id="part" class="user">Ludwig</span><div class="text"><blockquote>Alle wollen Strom.</blockquote>Ja.</div></div>',
    ],
    [
      'a comment whose own element is named as a quote (a quotes page)',
      '<div class="item quote-item"><span id="part" class="author">Ann</span><p>Quotable.</p></div>',
    ],
    [
      'a comment inside a page region named for quotes',
      '<div class="quotes"><div class="item"><span id="part" class="author">Ann</span><p>Fine.</p></div></div>',
    ],
  ])('should leave %s', (_case, html) => {
    expect(quoted(html)).toBe(false);
  });
});
