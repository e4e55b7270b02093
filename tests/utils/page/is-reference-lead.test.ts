import { describe, expect, it } from 'vitest';
import { isReferenceLead } from '../../../utils/page/is-reference-lead';

const isDateLabel = (text: string): boolean => /^(?:issued|published:?|posted)$/i.test(text);

describe('isReferenceLead', () => {
  it.each([
    ['Bulletin 07/2019 | Issued '],
    ['Release No. 19-045 - '],
    ['Circular 12-2019 · Published: '],
    ['Member Bulletin 14 | '],
    ['Press release Ref. NEA/2021/066 '],
    ['Ref. NEA/2021/066 '],
    ['Media release | No. 21/066 | '],
    ['ID: 298114 '],
  ])('should take %j', (lead) => {
    expect(isReferenceLead(lead, isDateLabel)).toBe(true);
  });

  it.each([
    ['the sentence running into a date', 'The council met on '],
    ['words after the number', 'Bulletin 07/2019 covers the rules | '],
    ['a second part that is no date label', 'Bulletin 07/2019 | Regulation | '],
    ['a lower-case start', 'chapter 3 | Issued '],
    ['no number', 'Member Bulletins | Issued '],
    ['a name with a number, no separator', 'Apollo 11 '],
    ['a reference label in a sentence', 'The minister said no decision would come before '],
    ['a label with no code', 'Press release Ref. '],
    ['a code without a digit', 'Reference ABC '],
  ])('should not take %s', (_case, lead) => {
    expect(isReferenceLead(lead, isDateLabel)).toBe(false);
  });
});
