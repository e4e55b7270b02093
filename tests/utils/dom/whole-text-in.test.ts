import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { BOLD_TAGS, EMPHASIS_TAGS, wholeTextIn } from '../../../utils/dom/whole-text-in';

/** `wholeTextIn` on the body's first element, as the tag name of what it gives. */
function sole(html: string, tags: ReadonlySet<string>): string | undefined {
  const { document } = parseHTML(`<html><body>${html}</body></html>`);
  return wholeTextIn(document.body.firstElementChild as unknown as Element, tags)?.tagName.toUpperCase();
}

describe('wholeTextIn', () => {
  it.each([
    ['<p><strong>All of it in bold.</strong></p>', BOLD_TAGS, 'STRONG'],
    ['<p> <em>All of it in italics.</em> </p>', EMPHASIS_TAGS, 'EM'],
  ])('should give the element holding all of %s', (html, tags, tag) => {
    expect(sole(html, tags)).toBe(tag);
  });

  it.each([
    ['text of the block’s own beside it', '<p>Some <b>bold</b> words.</p>', EMPHASIS_TAGS],
    ['two elements', '<p><b>One</b><i>two</i></p>', EMPHASIS_TAGS],
    ['a tag outside the set', '<p><em>Italic</em></p>', BOLD_TAGS],
  ])('should give nothing for %s', (_case, html, tags) => {
    expect(sole(html, tags)).toBeUndefined();
  });
});
