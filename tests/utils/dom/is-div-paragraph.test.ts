import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isDivParagraph } from '../../../utils/dom/is-div-paragraph';

const SENTENCE = 'After fourteen months of talks, the committee reached a tentative agreement with the authority';

const blockOf = (html: string): Element => {
  const doc = parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;
  const element = doc.body.firstElementChild;
  if (!element) throw new Error('no element');
  return element;
};

describe('isDivParagraph', () => {
  it.each([
    ['a Notion text block', `<div class="notion-text-block"><div><div>${SENTENCE}.</div></div></div>`],
    ['a Constant Contact line', `<div><span style="font-size: 15px">${SENTENCE}.</span></div>`],
    ['a quotation closing in quote marks', `<div>“${SENTENCE},” she said.”</div>`],
  ])('should find %s', (_case, html) => {
    expect(isDivParagraph(blockOf(html))).toBe(true);
  });

  it.each([
    ['a block of <p> paragraphs', `<div><p>${SENTENCE}.</p></div>`],
    ['a short line', '<div>Menu.</div>'],
    ['a line without a sentence end', `<div>${SENTENCE}</div>`],
    ['a teaser link', `<div><a href="/a">${SENTENCE}</a>.</div>`],
  ])('should not find %s', (_case, html) => {
    expect(isDivParagraph(blockOf(html))).toBe(false);
  });
});
