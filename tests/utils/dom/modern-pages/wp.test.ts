import { describe, expect, it } from 'vitest';
import { modernExpectation, modernPages, readModernPage } from './modern-page';

/** Fixtures whose body assertion stays a todo, with the cause that could not be fixed without costing dev. */
const TODO: Readonly<Record<string, string>> = {};

describe.each(modernPages('wp'))('readPage on %s (WordPress and blog platforms)', (name) => {
  const expected = modernExpectation(name);
  const { doc, body } = readModernPage(name);
  const todo = TODO[name];

  if (todo) {
    it.todo(`should read the article body paragraph by paragraph (${todo})`);
  } else {
    it('should read the article body paragraph by paragraph', () => {
      expect(body).toEqual(expected.body);
    });
  }

  it('should keep furniture out', () => {
    const leaks = expected.absent.flatMap((text) =>
      body.filter((paragraph) => paragraph.includes(text)).map((paragraph) => `${text} ⊂ ${paragraph}`),
    );
    expect(leaks).toEqual([]);
  });

  if (expected.headline !== undefined) {
    it('should read the headline', () => {
      expect(doc.metadata.headline?.text).toBe(expected.headline);
    });
  }

  it('should find the comments the page shows', () => {
    expect(doc.comments.length).toBe(expected.comments);
  });
});
