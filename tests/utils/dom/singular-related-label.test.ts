import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isBoilerplateLine } from '../../../utils/dom/is-boilerplate-line';
import { isReadLabelList } from '../../../utils/dom/is-read-label-list';

/** The last element of the body: the paragraph or list under test, after its label. */
const lastElement = (html: string): Element => {
  const doc = parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;
  const element = doc.body.lastElementChild;
  if (!element) throw new Error('no element');
  return element;
};

describe('a "Related story:" label in the singular, over the one link under it', () => {
  it.each(['Related story:', 'Related story', 'RELATED ARTICLE:', 'Related article'])(
    'should drop the label %j as a line',
    (line) => {
      expect(isBoilerplateLine(line)).toBe(true);
    },
  );

  it.each([
    'Related story: the ferry broke down again on Monday.',
    'The related story ran on Monday.',
    'A related story',
  ])('should keep %j, a sentence', (line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });

  it('should take the paragraph that is only its link (The Star Online)', () => {
    const html =
      '<p>He said cars would no longer be taken on board.</p><p><strong>Related story:</strong></p><p><a href="/a">Ferry breakdown leaves 300 stranded mid-channel</a></p>';
    expect(isReadLabelList(lastElement(html))).toBe(true);
  });

  it('should keep a paragraph with prose around its link under the label', () => {
    const html =
      '<p><strong>Related story:</strong></p><p>The commission said in <a href="/a">a statement</a> that fares would not rise.</p>';
    expect(isReadLabelList(lastElement(html))).toBe(false);
  });

  it('should leave the plural "Related stories:" over link paragraphs to the gold convention (kept)', () => {
    const html = '<p><strong>Related stories:</strong></p><p><a href="/a">Ferry breakdown leaves 300 stranded</a></p>';
    expect(isReadLabelList(lastElement(html))).toBe(false);
  });
});
