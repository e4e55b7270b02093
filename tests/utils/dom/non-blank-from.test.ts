import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { nextNonBlank, nonBlankBackFrom, nonBlankFrom } from '../../../utils/dom/non-blank-from';

/** The `#box` element of a page holding `html`. */
function box(html: string): Element {
  const { document } = parseHTML(`<html><body>${html}</body></html>`);
  const element = document.getElementById('box');
  if (!element) throw new Error('no #box');
  return element as unknown as Element;
}

/** What a node is, for the tables: an element's tag, a text's words, or null. */
const describeNode = (node: Node | null): string | null =>
  node === null
    ? null
    : node.nodeType === 1
      ? (node as Element).tagName.toLowerCase()
      : (node.textContent ?? '').trim();

describe('nonBlankFrom', () => {
  it.each([
    ['an element first', '<div id="box"><br>text</div>', 'br'],
    ['white space skipped to an element', '<div id="box">\n    <br>text</div>', 'br'],
    ['a comment is not white space text: it stops there', '<div id="box">  <!-- x -->words</div>', 'x'],
    ['text with words is itself', '<div id="box">  words <br></div>', 'words'],
    ['a non-breaking space is white space to trim', '<div id="box">\u00a0<i>x</i></div>', 'i'],
    ['only white space left', '<div id="box">  \n  </div>', null],
    ['an empty box', '<div id="box"></div>', null],
  ])('%s', (_name, html, expected) => {
    expect(describeNode(nonBlankFrom(box(html).firstChild))).toBe(expected);
  });
});

describe('nextNonBlank', () => {
  it.each([
    ['the next element past indentation', '<div><i id="box">x</i>\n  <br>y</div>', 'br'],
    ['the next text with words', '<div><i id="box">x</i> more words</div>', 'more words'],
    ['nothing after but white space', '<div><i id="box">x</i>  </div>', null],
    ['nothing after', '<div><i id="box">x</i></div>', null],
  ])('%s', (_name, html, expected) => {
    expect(describeNode(nextNonBlank(box(html)))).toBe(expected);
  });
});

describe('nonBlankBackFrom', () => {
  it.each([
    ['an element last', '<div id="box">text<br></div>', 'br'],
    ['white space skipped back to an element', '<div id="box">text<br>\n    </div>', 'br'],
    ['text with words is itself', '<div id="box"><br> words  </div>', 'words'],
    ['only white space left', '<div id="box">  \n  </div>', null],
    ['an empty box', '<div id="box"></div>', null],
  ])('%s', (_name, html, expected) => {
    expect(describeNode(nonBlankBackFrom(box(html).lastChild))).toBe(expected);
  });
});
