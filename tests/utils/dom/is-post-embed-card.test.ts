import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isFurnitureElement } from '../../../utils/dom/is-furniture-element';
import { isPostEmbedCard } from '../../../utils/dom/is-post-embed-card';
import { elementOf } from './element-of';

describe('isPostEmbedCard', () => {
  it("should take WordPress's post-embed link card for furniture", () => {
    const card = elementOf(
      '<blockquote class="wp-embedded-content" data-secret="Qk3x"><a href="https://example.com/post/">Agadir plant doubles output</a></blockquote>',
    );
    expect(isPostEmbedCard(card)).toBe(true);
    expect(isFurnitureElement(card)).toBe(true);
  });

  it.each([
    // A quotation the story sets as a blockquote, and an embedded tweet (kept as the post's text).
    '<blockquote><p>“We will build the pipeline by March,” the minister said.</p></blockquote>',
    '<blockquote class="twitter-tweet"><p>The road is gone.</p>— Ann (@ann) November 27, 2026</blockquote>',
    '<blockquote class="wp-block-quote"><p>A quoted passage of the report.</p></blockquote>',
  ])('should leave %s to the other rules', (html) => {
    expect(isPostEmbedCard(elementOf(html))).toBe(false);
  });
});

describe('isPostEmbedCard: the card by its shape, its class renamed or hashed', () => {
  const card = (quote: string, after = '<iframe src="https://example.com/post/embed"></iframe>'): Element => {
    const doc = parseHTML(`<html><body><div>${quote}${after}</div></body></html>`).document as unknown as Document;
    const element = doc.querySelector('blockquote');
    if (!element) throw new Error('no blockquote');
    return element;
  };

  it('should take a quote of one link over the embed frame for the card', () => {
    expect(
      isPostEmbedCard(card('<blockquote class="x1a2"><a href="/post/">Agadir plant doubles output</a></blockquote>')),
    ).toBe(true);
  });

  it.each([
    // No frame after it; words of its own beside the link; two links.
    ['<blockquote><a href="/post/">Agadir plant doubles output</a></blockquote>', '<p>Next paragraph.</p>'],
    ['<blockquote><p>Read the ruling, she said: <a href="/r.pdf">the ruling</a></p></blockquote>', undefined],
    ['<blockquote><a href="/a">One</a> <a href="/b">Two</a></blockquote>', undefined],
  ])('should not take %s', (quote, after) => {
    expect(isPostEmbedCard(card(quote, after))).toBe(false);
  });
});
