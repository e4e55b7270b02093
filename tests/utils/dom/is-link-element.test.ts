import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isLinkElement } from '../../../utils/dom/is-link-element';

const elementOf = (html: string): Element =>
  parseHTML(`<html><body>${html}</body></html>`).document.body.firstElementChild as unknown as Element;

describe('isLinkElement', () => {
  it.each([
    ['an <a> with an href', '<a href="/story/1">Ferry crews vote</a>'],
    ['an <a> without one', '<a name="top">Top</a>'],
    [
      "React Native for Web's pressable card",
      '<div role="link" tabindex="0" class="css-18t94o4 css-1dbjc4n"><div dir="auto">Read also</div></div>',
    ],
    ['a span marked as a link', '<span role="link" tabindex="0">clean transport grant</span>'],
  ])('should take %s for a link', (_case, html) => {
    expect(isLinkElement(elementOf(html))).toBe(true);
  });

  it.each([
    [
      'a styled div of story text',
      '<div dir="auto" class="css-901oao r-1nao33i">A battery-powered ferry will run.</div>',
    ],
    ['a button-like div', '<div role="button" tabindex="0"><div dir="auto">Share</div></div>'],
    ['a heading div', '<div role="heading" aria-level="1">Island ferry route</div>'],
    ['a span with a link-ish class', '<span class="link">Read more</span>'],
  ])('should not take %s for a link', (_case, html) => {
    expect(isLinkElement(elementOf(html))).toBe(false);
  });
});
