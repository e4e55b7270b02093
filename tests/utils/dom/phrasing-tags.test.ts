import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isPhrasing } from '../../../utils/dom/phrasing-tags';

function element(html: string): Element {
  const { document } = parseHTML(`<html><body>${html}</body></html>`);
  return document.body.firstElementChild as Element;
}

describe('isPhrasing', () => {
  it.each(['<a href="#">x</a>', '<span>x</span>', '<strong>x</strong>', '<time>x</time>', '<font>x</font>', '<br>'])(
    'should read %s as inline text',
    (html) => {
      expect(isPhrasing(element(html))).toBe(true);
    },
  );

  it.each(['<p>x</p>', '<div>x</div>', '<li>x</li>', '<h2>x</h2>', '<address>x</address>', '<figure></figure>'])(
    'should read %s as a block',
    (html) => {
      expect(isPhrasing(element(html))).toBe(false);
    },
  );
});
