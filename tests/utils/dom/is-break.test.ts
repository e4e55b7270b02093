import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { holdsParagraphBreak, isBreak, opensBreakRun } from '../../../utils/dom/is-break';

const block = (html: string): Element => {
  const doc = parseHTML(`<html><body><div id="b">${html}</div></body></html>`).document as unknown as Document;
  const element = doc.getElementById('b');
  if (!element) throw new Error('no block');
  return element;
};

describe('isBreak', () => {
  it('should take a <br> and leave other nodes', () => {
    const element = block('One<br><span>two</span>');
    expect([...element.childNodes].map(isBreak)).toEqual([false, true, false]);
    expect(isBreak(null)).toBe(false);
  });
});

describe('opensBreakRun', () => {
  it.each([
    ['two <br>s in a row', 'One.<br><br>Two.', true],
    ['two <br>s with white space between', 'One.<br>\n  <br>Two.', true],
    ['one <br>', 'One.<br>Two.', false],
    ['two <br>s with a word between', 'One.<br>and<br>Two.', false],
    ['two <br>s with an element between', 'One.<br><b></b><br>Two.', false],
  ])('should read %s', (_case, html, expected) => {
    const first = block(html).querySelector('br');
    expect(first && opensBreakRun(first)).toBe(expected);
  });
});

describe('holdsParagraphBreak', () => {
  it.each([
    ['runs set straight in the block', 'One.<br><br>Two.', true],
    ['runs set in a <span> of the block', '<span>One.<br>\n<br>Two.</span>', true],
    ['a line broken once', 'One,<br>two.', false],
    ['no break', '<p>One.</p><p>Two.</p>', false],
  ])('should read %s', (_case, html, expected) => {
    expect(holdsParagraphBreak(block(html))).toBe(expected);
  });
});
