import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { PageReading } from '../../../utils/dom/read-page';
import { readPage } from '../../../utils/dom/read-page';
import { expectedComments, loadFixture } from './load-fixture';

/** The comments as the hints describe them, read back out of the text. */
function commentsOf({
  text,
  options,
}: PageReading): { author: string; parent: number | null; date?: string; paragraphs: string[] }[] {
  return (options.comments ?? []).map((hint) => ({
    author: text.slice(hint.author.start, hint.author.end),
    parent: hint.parentIndex ?? null,
    ...(hint.date ? { date: hint.date.iso } : {}),
    paragraphs: hint.paragraphs.map((span) => text.slice(span.start, span.end)),
  }));
}

const articleOf = ({ text, options }: PageReading): string => text.slice(0, options.commentsStart ?? text.length);

const SYSTEMS = [
  'dom-wordpress',
  'dom-disqus',
  'dom-hacker-news',
  'dom-reddit-old',
  'dom-reddit-new',
  'dom-discourse',
  'dom-talkyard',
  'dom-schema-org',
  'dom-generic',
  'dom-signature',
];

describe('readPage', () => {
  describe('comment systems', () => {
    it.each(SYSTEMS)('should read the comments of %s with authors, parents, dates and text', (name) => {
      const reading = readPage(loadFixture(name));
      const expected = expectedComments(name);
      const actual = commentsOf(reading);
      expect(actual).toHaveLength(expected.length);
      expected.forEach((comment, i) => {
        expect(actual[i]?.author).toBe(comment.author);
        expect(actual[i]?.parent).toBe(comment.parent);
        expect(actual[i]?.paragraphs).toEqual(comment.paragraphs);
        if (comment.date) expect(actual[i]?.date).toBe(comment.date);
      });
    });

    it.each(SYSTEMS)('should keep the comments of %s out of the article region', (name) => {
      const reading = readPage(loadFixture(name));
      const articleLines = articleOf(reading).split('\n');
      for (const comment of expectedComments(name)) {
        for (const paragraph of comment.paragraphs) expect(articleLines).not.toContain(paragraph);
      }
      expect(reading.options.commentsStart).toBeLessThanOrEqual(
        reading.options.comments?.[0]?.author.start ?? Infinity,
      );
    });
  });

  describe('comment sections without per-comment markup', () => {
    const reading = readPage(loadFixture('dom-flat'));
    const region = reading.text.slice(reading.options.commentsStart);

    it('should hand the flat list to the text parser as lines, without hints', () => {
      expect(reading.options.comments).toBeUndefined();
      expect(region.split('\n')).toEqual(
        expect.arrayContaining(['harbour_light', 'Pim', 'Rosa M.', 'My daughter did not want to leave.']),
      );
    });

    it('should keep the flat list out of the article region', () => {
      expect(articleOf(reading)).not.toContain('harbour_light');
      expect(articleOf(reading)).toContain('Council member Pieter Vos');
    });
  });

  describe('a short post under a long discussion', () => {
    const comment = (i: number): string =>
      `<li class="comment" id="comment-${i}"><div class="comment-author"><cite class="fn">reader${i}</cite></div>` +
      `<div class="comment-content"><p>${`Comment number ${i} goes on about the new bridge and its long delays. `.repeat(6)}</p></div></li>`;
    const { document } = parseHTML(
      `<html><head><title>New bridge opens</title></head><body><div id="main"><h1>New bridge opens</h1>` +
        `<div class="entry"><p>The new footbridge over the canal opened on Monday morning, three years late.</p>` +
        `<p>The mayor walked across first, followed by a school class and two dogs.</p></div>` +
        `<ol class="commentlist">${Array.from({ length: 12 }, (_, i) => comment(i)).join('')}</ol></div></body></html>`,
    );
    const reading = readPage(document as unknown as Document);

    it('should keep the post, not the comments, as the article', () => {
      expect(articleOf(reading)).toContain('The new footbridge over the canal opened on Monday morning');
      expect(articleOf(reading)).not.toContain('Comment number');
      expect(reading.options.comments).toHaveLength(12);
    });
  });

  describe('flat comments known by their signature lines', () => {
    const reading = readPage(loadFixture('dom-signature'));

    it("should keep the post whose byline shares the comments' column in the article", () => {
      expect(articleOf(reading)).toContain('The harbour ferry moves to its summer timetable next Monday');
      expect(articleOf(reading)).toContain('Weekend crossings stay hourly');
    });

    it('should write each signature line with its comment', () => {
      expect(reading.text.slice(reading.options.commentsStart)).toContain('Posted by: marit | March 14, 2024 11:40 AM');
    });

    it('should not read a front page of posts with bylines and no comment heading as comments', () => {
      const front = readPage(loadFixture('dom-signature-no-cue'));
      expect(front.options.comments).toBeUndefined();
      expect(front.text.slice(front.options.commentsStart)).toBe('');
    });
  });

  describe('pages without readable comments', () => {
    it('should report no comments for a comment form with "no comments yet" and a login prompt', () => {
      const reading = readPage(loadFixture('dom-no-comments'));
      expect(reading.options.comments).toBeUndefined();
      expect(reading.options.commentsUnreadable).toBeUndefined();
      expect(reading.text.slice(reading.options.commentsStart)).toBe('');
      expect(reading.text).not.toMatch(/No comments yet|logged in|Leave a Reply/);
    });

    it('should not read a comment-named box of links (feeds, tags, other posts) as a comment section', () => {
      const links = [
        'Comments feed for this post only',
        'Harbour news from the north pier and the island',
        'Ferry timetables for the summer season',
        '« Market hall roof repaired after the autumn storms',
      ]
        .map((label) => `<li><a href="/x">${label}</a></li>`)
        .join('');
      const { document } = parseHTML(
        `<html><body><article><h1>Lighthouse open day</h1><p>${'The old lighthouse opens to visitors. '.repeat(20)}</p></article><div id="comments"><ul>${links}</ul></div></body></html>`,
      );
      const reading = readPage(document as unknown as Document);
      expect(reading.text.slice(reading.options.commentsStart)).toBe('');
    });

    it('should flag a comment widget inside an iframe as unreadable', () => {
      const reading = readPage(loadFixture('dom-iframe'));
      expect(reading.options.comments).toBeUndefined();
      expect(reading.options.commentsUnreadable).toBe(true);
    });
  });

  describe('article body', () => {
    const reading = readPage(loadFixture('dom-wordpress'));
    const lines = articleOf(reading).split('\n');

    it.each([
      'The Riverside public library opened its doors again on Thursday, two years after a burst water main flooded the ground floor and forced the town to close the building for a complete rebuild.',
      '"People kept asking us when they could come back," Castellano said. "Today we finally had an answer, and it turned out to be a better building than the one we lost."',
      'Council member Pieter Vos, who led the rebuilding committee, said the next step is to extend opening hours into the evening once the library has hired two more staff members.',
    ])('should keep the paragraph "%s" as one line', (paragraph) => {
      expect(lines).toContain(paragraph);
    });

    it.each(['Advertisement', 'Read more: How the flood changed the town centre', 'Home', 'Sport'])(
      'should leave out the furniture line "%s"',
      (line) => {
        expect(lines).not.toContain(line);
      },
    );

    it("should put the headline Readability dropped on the first line, for the parser's header", () => {
      expect(lines[0]).toBe('Riverside library reopens after two-year rebuild');
    });

    it('should leave out the copyright footer', () => {
      expect(articleOf(reading)).not.toContain('©');
    });
  });

  describe('the live document', () => {
    it('should not change the page it reads', () => {
      const doc = loadFixture('dom-wordpress');
      const before = doc.documentElement.outerHTML;
      readPage(doc);
      expect(doc.documentElement.outerHTML).toBe(before);
    });

    it("should map article lines to the page's own elements, not the clone", () => {
      const doc = loadFixture('dom-wordpress');
      const reading = readPage(doc);
      const start = reading.text.indexOf('The Riverside public library opened');
      const element = reading.map.elementFor({ start, end: reading.text.indexOf('\n', start) });
      expect(element?.ownerDocument).toBe(doc);
      expect(element?.closest('.article-body')).not.toBeNull();
    });

    it('should give page options ready for the parser', () => {
      const reading = readPage(loadFixture('dom-wordpress'), { url: 'https://example.test/library' });
      expect(reading.options.kind).toBe('page');
      expect(reading.options.name).toBe('https://example.test/library');
      expect(reading.options.meta?.url).toBe('https://example.test/library');
    });
  });

  describe('odd input', () => {
    it.each([
      ['an empty document', ''],
      ['text without markup', 'just some words'],
      ['a body with only a form', '<body><form><textarea></textarea></form></body>'],
    ])('should not throw on %s', (_label, html) => {
      const doc = parseHTML(html).document as unknown as Document;
      const reading = readPage(doc);
      expect(reading.options.comments).toBeUndefined();
      expect(typeof reading.text).toBe('string');
    });
  });
});
