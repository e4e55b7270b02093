import { describe, expect, it } from 'vitest';
import { readHeader } from '../../../utils/page/read-header';
import { readLowerCaseByline } from '../../../utils/page/read-lower-case-byline';
import { splitLines } from '../../../utils/page/split-lines';

const read = (input: string) => {
  const [line, next] = splitLines(input);
  return line ? readLowerCaseByline(line, next) : undefined;
};

describe('readLowerCaseByline', () => {
  it.each([
    ['by chong kah wai\nPublished: Wednesday, 14 Mar 2018 | 7:45 AM MYT', ['chong kah wai']],
    ['by ann lee and bo chen\nMarch 14, 2018', ['ann lee', 'bo chen']],
    ['by nurul izzah\n14 Mar 2018', ['nurul izzah']],
  ])('should read the writers of %j', (input, names) => {
    expect(read(input)?.bylines.map((byline) => byline.text)).toEqual(names);
  });

  it.each([
    ['a lower-case byline with no date under it', 'by chong kah wai\nThe ferry service will get two new vessels.'],
    ['a phrase of function words', 'by all of them\nMarch 14, 2018'],
    ['a capitalised byline (the header line reader reads it)', 'by Ann Lee\nMarch 14, 2018'],
    ['a sentence that opens with "by"', 'by then the rain had stopped.\nMarch 14, 2018'],
    ['a date line with its own byline', 'by chong kah wai\nBy Ann Lee, March 14, 2018'],
  ])('should not read %s', (_case, input) => {
    expect(read(input)).toBeUndefined();
  });
});

describe('readHeader on a lower-case byline over the date line', () => {
  it('should take the byline and the date line out of the body', () => {
    const input =
      'Penang ferry service to get two new vessels by 2020\nby chong kah wai\nPublished: Wednesday, 14 Mar 2018 | 7:45 AM MYT\nGEORGE TOWN: The ferry service will get two new vessels.';
    const header = readHeader(splitLines(input), 'Penang ferry service to get two new vessels by 2020');
    expect(header.bylines.map((byline) => byline.text)).toEqual(['chong kah wai']);
    expect(header.date?.iso).toBe('2018-03-14');
    expect(header.consumed).toBe(3);
  });
});
