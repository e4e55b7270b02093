import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findComments } from '../../../../utils/dom/comments/find-comments';
import { readPage } from '../../../../utils/dom/read-page';
import { fixtureHtml, loadFixture } from '../load-fixture';

describe('findComments', () => {
  describe('a comment list holding only trackbacks and pingbacks', () => {
    it('should find the section but no comments in it', () => {
      const found = findComments(loadFixture('dom-trackbacks-only'));
      expect(found?.region.className).toBe('commentlist');
      expect(found?.comments).toEqual([]);
    });

    it('should report no comments on the page and keep the trackbacks out of the article', () => {
      const reading = readPage(loadFixture('dom-trackbacks-only'));
      expect(reading.options.comments).toBeUndefined();
      expect(reading.text.slice(reading.options.commentsStart)).toBe('');
      expect(reading.text).not.toContain('Pingback');
    });
  });

  describe('trackbacks beside a reader comment', () => {
    it('should keep the trackbacks with the comment (it is a discussion)', () => {
      const html = fixtureHtml('dom-trackbacks-only').replace(
        '</ol>',
        '<li class="comment"><cite class="fn">Juno</cite><div class="comment-body"><p>We fund ours with a yearly tool sale.</p></div></li></ol>',
      );
      const found = findComments(parseHTML(html).document as unknown as Document);
      expect(found?.comments.map((comment) => comment.author?.textContent)).toEqual([
        'Weekly links – Neighbourhood Notes',
        'Maker roundup',
        'Juno',
      ]);
    });
  });
});
