import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findCommentRegion } from '../../../utils/dom/find-comment-region';
import { readPage } from '../../../utils/dom/read-page';
import { fixtureHtml, loadFixture } from './load-fixture';

/** The link box with one more line appended to its list. */
const withLine = (line: string): Document =>
  parseHTML(fixtureHtml('dom-comments-link-box').replace('</ul>', `${line}</ul>`)).document as unknown as Document;

describe('findCommentRegion', () => {
  it('should find the flat comment list under its count heading', () => {
    expect(findCommentRegion(loadFixture('dom-flat'))?.id).toBe('comments');
  });

  it('should not take a #comments box of giveaway links with prose but no comment evidence', () => {
    expect(findCommentRegion(loadFixture('dom-comments-link-box'))).toBeUndefined();
  });

  it.each([
    ['a comment count', '<li>2 Comments</li>'],
    ['repeated byline lines', '<li>Ravi, October 3, 2024 at 9:12 am</li><li>Dana K, October 4, 2024 at 7:45 pm</li>'],
  ])('should take the same box once it shows %s', (_, line) => {
    expect(findCommentRegion(withLine(line))?.id).toBe('comments');
  });

  it('should not take it for a single dated line', () => {
    expect(findCommentRegion(withLine('<li>Updated October 3, 2024</li>'))).toBeUndefined();
  });

  describe('a comment service region with its controls', () => {
    const reading = readPage(loadFixture('dom-region-service-chrome'));
    const region = reading.text.slice(reading.options.commentsStart).split('\n').filter(Boolean);

    it('should take a region with one comment under its count', () => {
      expect(findCommentRegion(loadFixture('dom-region-service-chrome'))?.id).toBe('comments');
    });

    it('should hand the parser the comment without the sign-in, sorting, help and flag lines', () => {
      expect(region).toEqual([
        'gridiron_gus 5 pts',
        'Correction: it is nine touchdowns and one interception over the last four, not five.',
      ]);
    });
  });
});
