import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findComments } from '../../../../utils/dom/comments/find-comments';
import { findCommentRegion } from '../../../../utils/dom/find-comment-region';
import { readPage } from '../../../../utils/dom/read-page';
import { parsePageText } from '../../../../utils/parse-page-text';
import { articlePage, EMPTY_WIDGETS, LOOKALIKES, NOT_WIDGETS, opinionPage } from './comment-free-pages';

const load = (html: string): Document => parseHTML(html).document as unknown as Document;

describe('findComments', () => {
  describe.each(LOOKALIKES)('on an article with %s', (_, block, where) => {
    const html = where === 'inside' ? articlePage('', { inside: block }) : articlePage(block);

    it('should find no comments and no comment region', () => {
      expect(findComments(load(html))).toBeUndefined();
      expect(findCommentRegion(load(html))).toBeUndefined();
    });

    it('should give the reader no comment text and the parser no comments', () => {
      const reading = readPage(load(html));
      expect(reading.text.slice(reading.options.commentsStart)).toBe('');
      expect(parsePageText(reading.text, reading.options).comments).toEqual([]);
      expect(reading.options.commentsUnreadable).toBeUndefined();
    });
  });
});

describe('hasUnreadableComments via readPage', () => {
  it.each(EMPTY_WIDGETS)('should flag an empty %s placeholder as unreadable and report no comments', (_, widget) => {
    const reading = readPage(load(articlePage(widget)));
    expect(reading.text.slice(reading.options.commentsStart)).toBe('');
    expect(reading.options.commentsUnreadable).toBe(true);
  });

  it.each(NOT_WIDGETS)('should not flag %s', (_, block) => {
    const reading = readPage(load(articlePage(block)));
    expect(reading.text.slice(reading.options.commentsStart)).toBe('');
    expect(reading.options.commentsUnreadable).toBeUndefined();
  });
});

describe('an opinion article tagged as comment', () => {
  it.each(['story comment', 'comment', 'article article--comment'])(
    'should keep the article and find no comments when its wrapper class is "%s"',
    (articleClass) => {
      const reading = readPage(load(opinionPage(articleClass)));
      expect(reading.text.slice(reading.options.commentsStart)).toBe('');
      expect(reading.text).toContain('The county council voted on Tuesday');
    },
  );
});
