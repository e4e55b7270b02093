import { describe, expect, it } from 'vitest';
import { readTitledByline } from '../../../utils/page/read-titled-byline';
import { splitLines } from '../../../utils/page/split-lines';

const read = (input: string) => {
  const [line, next] = splitLines(input);
  return line ? readTitledByline(line, next) : undefined;
};

describe('readTitledByline', () => {
  it.each([
    ['Jonah Reyes BuzzFeed News Reporter\nposted on Oct. 21, 2015, at 2:08 p.m.', 'Jonah Reyes'],
    ['Ana Vidal Senior Correspondent\nMarch 3, 2015', 'Ana Vidal'],
    ['Bo Chen Staff Writer\nUpdated 12 Sep 2023', 'Bo Chen'],
    ['Ana Vidal Harbour Bureau\n2023-09-12', 'Ana Vidal'],
  ])('should read the name beside its staff title over a date: %j', (input, name) => {
    const byline = read(input)?.bylines[0];
    expect(byline?.text).toBe(name);
    expect(byline?.span && input.slice(byline.span.start, byline.span.end)).toBe(name);
  });

  it.each([
    ['a name and title with no date under them', 'Jonah Reyes BuzzFeed News Reporter\nThe council voted on Monday.'],
    ['a name alone over a date', 'Ana Vidal\nMarch 3, 2015'],
    ['a staff title alone', 'Senior Staff Writer\nMarch 3, 2015'],
    ['a longer staff title alone', 'Senior Political Staff Writer\nMarch 3, 2015'],
    ['a name with a one-word title (too little to tell the name from the title)', 'Ana Vidal Reporter\nMarch 3, 2015'],
    ['a sentence naming a writer', 'Ana Vidal said the reporter left\nMarch 3, 2015'],
    ['a name and title set apart by a comma (the byline reader reads it)', 'Ana Vidal, Staff Writer\nMarch 3, 2015'],
    ['a name over a byline line', 'Ana Vidal Staff Writer\nBy Bo Chen, March 3, 2015'],
    ['a line with no name shape', 'the harbour desk reporter\nMarch 3, 2015'],
  ])('should leave %s', (_case, input) => {
    expect(read(input)).toBeUndefined();
  });
});
