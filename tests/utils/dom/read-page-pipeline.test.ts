import { describe, expect, it } from 'vitest';
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
