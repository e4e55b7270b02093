import { describe, expect, it } from 'vitest';
import { headedLinkBlocks, isBlockHeading } from '../../../utils/dom/headed-link-blocks';
import { isSponsoredLinksHeading } from '../../../utils/dom/sponsored-links-heading';

describe('isSponsoredLinksHeading', () => {
  it.each([
    'Sponsored Stories',
    'PROMOTED CONTENT',
    'Paid Links',
    'Around the Web',
    'From Our Partners:',
    'Related news & stories',
    'Related Internet Links',
    'Popular in The Ledger',
  ])('should read "%s" as a heading', (line) => {
    expect(isSponsoredLinksHeading(line)).toBe(true);
    expect(isBlockHeading(line)).toBe(true);
  });

  it.each([
    'Sponsored stories are labelled as such on the site.',
    'Around the web, readers reacted with anger.',
    'Popular in the 1970s, the style is back.',
    'Paid links were found in 40 of the 200 articles.',
  ])('should keep the sentence "%s"', (line) => {
    expect(isSponsoredLinksHeading(line)).toBe(false);
  });

  it('should drop the heading with the link items under it, and keep it over prose', () => {
    const line = (text: string, linkChars: number, sentence = false) => ({
      text,
      chars: text.length,
      linkChars,
      sentence,
    });
    const lines = [
      line('Sponsored Stories', 0),
      line('Doctors Stunned By This Simple Morning Habit', 44),
      line('Homeowners In California Are Switching To This Roof', 51),
    ];
    const headings = lines.map((l) => isBlockHeading(l.text));
    expect([...headedLinkBlocks(lines, headings)]).toEqual([0, 1, 2]);
  });
});

describe('isSponsoredLinksHeading on list and how-to sites', () => {
  it.each(['More Lists From Ranker', 'Other Guides Like This', 'Related wikiHows', 'Related Quizzes'])(
    'should read "%s" as a related heading',
    (line) => {
      expect(isSponsoredLinksHeading(line)).toBe(true);
    },
  );

  it.each([
    'More lists from the county show the same pattern, the auditor said.',
    'Related lists of donors were published in March.',
  ])('should keep the sentence "%s"', (line) => {
    expect(isSponsoredLinksHeading(line)).toBe(false);
  });
});
