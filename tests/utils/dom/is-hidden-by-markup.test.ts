import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isHiddenByMarkup, showHiddenByMarkup } from '../../../utils/dom/is-hidden-by-markup';

const element = (html: string): Element =>
  parseHTML(`<html><body>${html}</body></html>`).document.body.firstElementChild as unknown as Element;

describe('isHiddenByMarkup', () => {
  it.each([
    '<div hidden>x</div>',
    '<div aria-hidden="true">x</div>',
    '<div style="display: none">x</div>',
    '<div style="color:red;visibility:hidden">x</div>',
  ])('should find %s hidden', (html) => {
    expect(isHiddenByMarkup(element(html))).toBe(true);
  });

  it.each(['<div>x</div>', '<div aria-hidden="false">x</div>', '<div style="display:block">x</div>'])(
    'should find %s shown',
    (html) => {
      expect(isHiddenByMarkup(element(html))).toBe(false);
    },
  );
});

describe('showHiddenByMarkup', () => {
  it('should take away the hidden attribute, aria-hidden and the hiding styles, and keep the other styles', () => {
    const hidden = element(
      '<div hidden aria-hidden="true" style="color:red; display:none; visibility: hidden">x</div>',
    );
    showHiddenByMarkup(hidden);
    expect(isHiddenByMarkup(hidden)).toBe(false);
    expect(hidden.getAttribute('style')).toContain('color:red');
  });
});
