import { describe, expect, it } from 'vitest';
import { findStandfirst } from '../../../utils/page/find-standfirst';
import { splitLines } from '../../../utils/page/split-lines';

const texts = (input: string, named: string | undefined): string[] =>
  findStandfirst(splitLines(input), named).map((line) => line.text);

describe('findStandfirst', () => {
  it.each([
    [
      'the line that prints it',
      'Local\nBoats are back on the quay.\nBy Ada Moss',
      'Boats are back on the quay.',
      ['Boats are back on the quay.'],
    ],
    [
      'its bullets, one line each',
      'Key points\nTalks stalled over the formula.\nThe vote may slip.\nThe deal fell apart.',
      'Talks stalled over the formula. The vote may slip.',
      ['Talks stalled over the formula.', 'The vote may slip.'],
    ],
    [
      'a line that holds a description cut short',
      'At least 140 barges wait near Rosario as the river falls, threatening exports.\nPublished 28 Nov',
      'At least 140 barges wait near Rosario as the river falls…',
      ['At least 140 barges wait near Rosario as the river falls, threatening exports.'],
    ],
    [
      'a line in other spacing and case',
      'BOATS  are back on the quay',
      'Boats are back on the quay.',
      ['BOATS  are back on the quay'],
    ],
  ])('should find %s', (_, input, named, expected) => {
    expect(texts(input, named)).toEqual(expected);
  });

  it.each([
    ['no named text', 'Boats are back on the quay.', undefined],
    ['a blank name', 'Boats are back on the quay.', '  '],
    [
      'a line that is only a small part of it',
      'Politics\nThe ferry runs again.',
      'Politics: boats are back on the quay after two years',
    ],
    ['no line in it', 'The ferry runs again from Monday.', 'Boats are back on the quay.'],
  ])('should find nothing for %s', (_, input, named) => {
    expect(texts(input, named)).toEqual([]);
  });
});
