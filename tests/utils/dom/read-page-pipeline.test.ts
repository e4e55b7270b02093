import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { readPage } from '../../../utils/dom/read-page';
import { parsePageText } from '../../../utils/parse-page-text';
import { expectedComments, loadFixture } from './load-fixture';

describe('readPage → parsePageText', () => {
  it.each(['dom-wordpress', 'dom-hacker-news', 'dom-reddit-new'])(
    'should give the parser the comments and reply links of %s',
    (name) => {
      const { text, options } = readPage(loadFixture(name));
      const doc = parsePageText(text, options);
      const expected = expectedComments(name);
      expect(doc.comments.map((comment) => comment.author.text)).toEqual(expected.map((comment) => comment.author));
      expected.forEach((comment, i) => {
        const parentId = comment.parent === null ? undefined : doc.comments[comment.parent]?.id;
        expect(doc.comments[i]?.replyTo?.parentId).toBe(parentId);
      });
      expect(doc.body.length).toBeGreaterThan(0);
    },
  );

  it('should give the parser the unreadable-comments flag', () => {
    const { text, options } = readPage(loadFixture('dom-iframe'));
    expect(parsePageText(text, options).warnings.map((warning) => warning.code)).toContain('comments-unreadable');
  });
});

describe('readPage → parsePageText on a page that declares its body', () => {
  it('should export the body the page declares, paragraph by paragraph, and no comments', () => {
    const doc = loadFixture('dom-declared-body');
    const json = doc.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}';
    const graph = (JSON.parse(json) as { '@graph': { articleBody?: string }[] })['@graph'];
    const declared = (graph.find((node) => node.articleBody)?.articleBody ?? '').split('\n\n');
    const { text, options } = readPage(doc);
    const parsed = parsePageText(text, options);
    expect(declared.length).toBeGreaterThan(3);
    expect(parsed.body.map((paragraph) => paragraph.text)).toEqual(declared);
    expect(parsed.comments).toHaveLength(0);
  });
});

describe("readPage → parsePageText on a mail client's signature (`isMobileSignature`)", () => {
  const story = (i: number): string =>
    `<p>Paragraph ${i} of the post sent in by e-mail goes on about the science fair and the judges' afternoon.</p>`;
  const { document } = parseHTML(
    `<html><head><title>Judging the science fair</title></head><body><div id="main"><h1>Judging the science fair</h1>` +
      `<div class="entry">${[1, 2, 3, 4].map(story).join('')}<div>--</div><div>Sent from my iPhone</div></div>` +
      '<ol class="commentlist"><li class="comment" id="comment-1"><div class="comment-author"><cite class="fn">Sam</cite></div>' +
      '<div class="comment-content"><p>Borrowing the judging sheet, thanks.</p><p>Sent from my mobile</p></div></li></ol>' +
      '</div></body></html>',
  );
  const reading = readPage(document as unknown as Document);
  const doc = parsePageText(reading.text, reading.options);

  it("should leave the post's signature out of the body", () => {
    expect(doc.body.map((paragraph) => paragraph.text)).toEqual([1, 2, 3, 4].map((i) => story(i).slice(3, -4)));
  });

  it("should keep a commenter's signature in their comment", () => {
    expect(doc.comments.map((comment) => comment.text)).toEqual([
      'Borrowing the judging sheet, thanks.\nSent from my mobile',
    ]);
  });
});
