import { describe, expect, it } from 'vitest';
import { withoutAuthorLines } from '../../../../utils/dom/comments/author-lines-in-body';
import type { FoundComment } from '../../../../utils/dom/comments/found-comment';
import { elementOf } from '../element-of';

/** A comment whose body is every `<p>` of its element, as the generic reader's bare `p` finds them. */
const commentOf = (html: string): FoundComment => {
  const element = elementOf(html);
  return { element, body: [...element.querySelectorAll('p')] };
};

describe('withoutAuthorLines', () => {
  it('should take the name and handle lines inside the author link out of the body (bluesky-comments)', () => {
    const comment = withoutAuthorLines(
      commentOf(
        '<div class="_commentContainer_1jhy4_55"><div><a class="_authorLink_1jhy4_66" href="#"><img><p class="_authorName_1jhy4_81">Tess Marlowe</p><p class="_handle_1jhy4_86">@tess.bsky.social</p></a><a href="#"><p>Bought eight shares for the kids.</p></a></div></div>',
      ),
    );
    expect(comment.body.map((part) => part.textContent)).toEqual(['Bought eight shares for the kids.']);
    expect(comment.author?.textContent).toBe('Tess Marlowe');
  });

  it('should keep a body whose every line lies in a box named for the author', () => {
    const comment = withoutAuthorLines(
      commentOf('<div class="comment"><div class="author-reply"><p>Thanks, we will fix the date.</p></div></div>'),
    );
    expect(comment.body).toHaveLength(1);
  });

  it('should keep the text of a comment the item itself names for the post’s author', () => {
    const comment = withoutAuthorLines(
      commentOf('<div class="comment bypostauthor"><p>Ann Lee</p><p>Thanks, fixed.</p></div>'),
    );
    expect(comment.body).toHaveLength(2);
  });
});
