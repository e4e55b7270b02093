import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { unnamedCommentBody } from '../../../../utils/dom/comments/unnamed-comment-body';

const META = ['cite', '[class*="name" i]', 'time', '[class*="date" i]', '[class*="meta" i]'].join(', ');

const bodyOf = (html: string): string[] => {
  const { document } = parseHTML(`<html><body><ul>${html}</ul></body></html>`);
  const items = [...document.querySelectorAll('li.item')] as unknown as Element[];
  const isItem = (element: Element): boolean => items.includes(element);
  const first = items[0];
  return first ? unnamedCommentBody(first, META, isItem).map((element) => element.textContent?.trim() ?? '') : [];
};

describe('unnamedCommentBody', () => {
  it('should read a Jimdo comment’s text beside its meta block', () => {
    expect(
      bodyOf(
        '<li class="item"><div class="com-meta"><span>#1</span> <strong>Gerda P.</strong> <span>(Dienstag, 10 März 2026 21:14)</span></div><div class="com-text">Danke für den Einsatz!</div></li>',
      ),
    ).toEqual(['Danke für den Einsatz!']);
  });

  it.each([
    ['bare text with no child element', '<li class="item">Reply</li>', []],
    [
      'a nested reply',
      '<li class="item"><cite>Ann</cite><div class="com-text">Yes.</div><ul><li class="item"><cite>Bo</cite><div class="com-text">No.</div></li></ul></li>',
      ['Yes.'],
    ],
    [
      'a block holding the date',
      '<li class="item"><div><time>May 3</time> Ann</div><div class="text">Fine by me.</div></li>',
      ['Fine by me.'],
    ],
    [
      'a block named for nothing (a footer of links)',
      '<li class="item"><cite>Ann</cite><ul class="links"><li>License this content</li></ul></li>',
      [],
    ],
  ])('should leave out %s', (_case, html, body) => {
    expect(bodyOf(html)).toEqual(body);
  });
});

describe('unnamedCommentBody with the text named by its short form', () => {
  it('should read `div.cmtTxt` beside the commenter’s box', () => {
    expect(
      bodyOf(
        '<li class="item"><div class="cmtUser"><span class="cmtName">Suresh Menon</span> <span class="cmtTime">3 hours ago</span></div><div class="cmtTxt">Same story every year.</div><div class="cmtAct"><a href="#">Reply</a></div></li>',
      ),
    ).toEqual(['Same story every year.']);
  });
});

describe('unnamedCommentBody with the text named in the site’s language', () => {
  it.each([
    [
      'Polish `wpis__tresc`',
      '<li class="item"><div class="wpis__top"><span class="wpis__autor">Ania</span></div><div class="wpis__tresc">Dzieci chodzą przez plac budowy.</div></li>',
      ['Dzieci chodzą przez plac budowy.'],
    ],
    [
      'Italian `commento-testo`',
      '<li class="item"><span class="autore">Franco</span><div class="commento-testo">Era ora.</div></li>',
      ['Era ora.'],
    ],
    [
      'Dutch `reactie-tekst`',
      '<li class="item"><span class="naam">Els</span><div class="reactie-tekst">Eindelijk.</div></li>',
      ['Eindelijk.'],
    ],
  ])('should read %s', (_case, html, body) => {
    expect(bodyOf(html)).toEqual(body);
  });

  it('should leave a block named for the contents of a page, not text, when it holds the meta line', () => {
    expect(bodyOf('<li class="item"><div class="inhalt"><span class="name">Ann</span> Gut.</div></li>')).toEqual([]);
  });
});
