import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { textLabels } from '../../../utils/dom/text-labels';

const VOTE = (text: string): boolean => text === 'Vote';
const labelTags = (body: string): string[] =>
  textLabels(parseHTML(`<html><body>${body}</body></html>`).document as unknown as Document, VOTE).map(
    (label) => label.tagName,
  );

describe('textLabels', () => {
  it.each([
    ['a div holding only the words', '<div class="c4">Vote</div>', ['DIV']],
    ['a span, its text padded', '<div><span>\n  Vote  </span></div>', ['SPAN']],
    ['each label of the page', '<div>Vote</div><p>Story.</p><span>Vote</span>', ['DIV', 'SPAN']],
  ])('should find %s', (_case, body, tags) => {
    expect(labelTags(body)).toEqual(tags);
  });

  it.each([
    ['the words as part of a longer text', '<div>Vote <b>now</b></div>'],
    ['the words inside a sentence', '<p>Vote for the library, said the chair.</p>'],
    ['a page without them', '<div>Share</div>'],
  ])('should not find %s', (_case, body) => {
    expect(labelTags(body)).toEqual([]);
  });
});
