import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { definitionListItems } from '../../../../utils/dom/comments/definition-list-items';
import { findGeneric } from '../../../../utils/dom/comments/generic';

const documentOf = (html: string): Document =>
  parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;

const BLOGGER_BLOCK =
  '<article><p>The story, long enough to be a story and not a comment at all.</p></article>' +
  '<div id="comments"><h4>2 comments:</h4><dl id="comments-block">' +
  '<dt class="comment-author">Ann Blythe said...</dt><dd class="comment-body"><p>The ford was there in 1890.</p></dd>' +
  '<dd class="comment-footer"><span class="comment-timestamp">March 13, 2012 at 3:23 PM</span></dd>' +
  '<dt class="comment-author">Ben Ault said...</dt><dd class="comment-body"><p>My map shows it too.</p></dd>' +
  '<dd class="comment-footer"><span class="comment-timestamp">March 14, 2012 at 2:23 PM</span></dd>' +
  '</dl></div>';

describe('definitionListItems', () => {
  it("should split Blogger's dl#comments-block into one comment per dt + dd pair", () => {
    const doc = documentOf(BLOGGER_BLOCK);
    const items = definitionListItems(doc.querySelector('dl')!);
    expect(items.map((item) => item.textContent)).toEqual(['The ford was there in 1890.', 'My map shows it too.']);
  });

  it('should leave any other element whole', () => {
    const doc = documentOf('<div class="comment-block"><p>One comment.</p></div>');
    const element = doc.querySelector('div')!;
    expect(definitionListItems(element)).toEqual([element]);
  });

  it('should leave a definition list with one head whole (one comment written as a dl)', () => {
    const doc = documentOf('<dl class="comment-block"><dt>Ann said</dt><dd>One comment.</dd></dl>');
    const element = doc.querySelector('dl')!;
    expect(definitionListItems(element)).toEqual([element]);
  });

  it('should find each comment of the block, not the block as one comment', () => {
    const found = findGeneric(documentOf(BLOGGER_BLOCK));
    expect(found?.comments.map((comment) => comment.body.map((part) => part.textContent).join(' '))).toEqual([
      'The ford was there in 1890.',
      'My map shows it too.',
    ]);
    expect(found?.region.tagName.toUpperCase()).toBe('DL');
  });
});
