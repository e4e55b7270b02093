import { describe, expect, it } from 'vitest';
import { isTagListLine } from '../../../utils/dom/is-tag-list-line';

const longList = (count: number): string =>
  Array.from({ length: count }, (_, i) => `Harbour Topic Number ${i + 1}`).join(', ');

describe('isTagListLine', () => {
  it.each([
    ['a short labelled line', 'Tags: library, flood, council'],
    ['a category line', 'Filed under: Local news'],
    ['a label whose links were left out', '| Tags:'],
    ['a bar before the label', '| Topics: Harbour, Ferries, Quay Street'],
    ['a list past 300 characters', `Categories: ${longList(20)}`],
    [
      'labels with marks and abbreviations',
      `Categories: ${longList(12)}, Hold On?!?!, St. Louis Rams, What The Heck???, You Can't Be Serious...`,
    ],
    ['labels between bars', `Topics: ${longList(12).replace(/, /g, ' | ')}`],
    ['a worded label without a colon', 'Topics in this article Society Countryside'],
    ['a worded label with a colon', 'Tags in this story: Harbour, Ferries'],
    ['a magazine’s topic row', 'Explore More Topics Libraries Cities'],
    ['a related-topics row', 'Related Topics Harbour Ferries, Quay Street'],
    [
      'the keyword line under an AP automated story',
      'Keywords: Granite Bay Bancorp, Earnings Report, Priority Earnings',
    ],
  ])('should read %s as a tag list', (_, line) => {
    expect(isTagListLine(line)).toBe(true);
  });

  it.each([
    ['a paragraph without a label', 'The council tagged the boats in the harbour, the quay and the marina.'],
    ['a label inside a sentence', 'He said the tags: were missing from the boats.'],
    ['the word inside a sentence', 'The keywords the search firm sold were worth $2 million, the filing said.'],
    [
      'a long labelled paragraph',
      `Topics: ${'the council met on Monday to discuss the harbour, and members of the public asked about the ferry timetable '.repeat(3)}`,
    ],
    [
      'a sentence after a bar',
      '| Topics: The council met on Monday. Members asked about the ferry, the quay and the marina.',
    ],
    [
      'a long segment before the bar',
      `${'The council met on Monday about the harbour plans '.repeat(2)}| Tags: harbour`,
    ],
    ['short sentences after a bar', '| Topics: Ferries resumed. Quay shut, then reopened'],
    ['an empty line', ''],
    [
      'a sentence opening with the worded label',
      'Topics in this article range from harbour fees to the ferry timetable.',
    ],
    ['the worded label before lowercase prose', 'Topics in this article include the harbour and the quay'],
    ['a sentence opening with "More topics"', 'More topics were added to the agenda after the harbour vote.'],
  ])('should keep %s', (_, line) => {
    expect(isTagListLine(line)).toBe(false);
  });
});
