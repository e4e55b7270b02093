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
