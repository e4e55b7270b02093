import { describe, expect, it } from 'vitest';
import { versionTagLength } from '../../../utils/page/version-tag-length';

describe('versionTagLength', () => {
  it.each([
    ['(LEAD) ', "(LEAD) S. Korea's exports rise for 5th month"],
    ['(2nd LD) ', '(2nd LD) Parliament passes budget bill'],
    ['(3rd LD) ', '(3rd LD) Heavy rain leaves 4 dead'],
    ['(URGENT) ', '(URGENT) Central bank holds rate'],
    ['(UPDATE 2) ', '(UPDATE 2) Shares close higher'],
    ['(LEAD, CORRECTED) ', '(LEAD, CORRECTED) Exports rise'],
  ])('should find the tag %j', (tag, line) => {
    expect(versionTagLength(line)).toBe(tag.length);
  });

  it.each([
    ['a story-kind label', '(Yonhap Interview) Director says film took 10 years'],
    ['another label', '(News Focus) Parties clash over budget'],
    ['a word in brackets in lower case', '(Lead) poisoning found in 40 schools'],
    ['a tag with nothing after it', '(LEAD)'],
    ['a tag in the middle', 'Exports rise (LEAD) for 5th month'],
    ['a bracketed video label', '(VIDEO) Fans queue for tickets'],
  ])('should find none in %s', (_case, line) => {
    expect(versionTagLength(line)).toBe(0);
  });
});
