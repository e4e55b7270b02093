import { describe, expect, it } from 'vitest';
import { isDescribedSummary } from '../../../utils/dom/is-described-summary';
import { elementOf } from './element-of';

const DESCRIPTION = 'بەڕێوەبەرایەتیی ئاوی هەولێر دەڵێت ٧٠٪ی کارەکان تەواو بووە.';

describe('isDescribedSummary', () => {
  it('should read a summary block the description repeats as the dek, its name on the wrapper', () => {
    const block = elementOf(`<div class="article-main__summary"><p>${DESCRIPTION}</p></div>`);
    expect(isDescribedSummary(block.firstElementChild as Element, DESCRIPTION)).toBe(true);
    expect(isDescribedSummary(block, `  ${DESCRIPTION} `)).toBe(true);
  });

  it('should not read a summary block the description does not repeat', () => {
    const block = elementOf('<div class="article-main__summary"><p>Another sentence, not the description.</p></div>');
    expect(isDescribedSummary(block, DESCRIPTION)).toBe(false);
  });

  it('should not read a paragraph with no dek name, though the description repeats it (a story opening so)', () => {
    const block = elementOf(`<div class="article-main__content"><p>${DESCRIPTION}</p><p>Next.</p></div>`);
    expect(isDescribedSummary(block.firstElementChild as Element, DESCRIPTION)).toBe(false);
  });

  it('should not read anything without a description', () => {
    expect(isDescribedSummary(elementOf(`<p class="summary">${DESCRIPTION}</p>`), undefined)).toBe(false);
  });
});
