import { describe, expect, it } from 'vitest';
import { readHeaderLine } from '../../../utils/page/read-header-line';
import { readNameInSection } from '../../../utils/page/read-name-in-section';

const line = (text: string) => ({ text, start: 0, end: text.length });

describe('readNameInSection', () => {
  it.each([
    ['Hollis Brandt in The Flock', 'Hollis Brandt'],
    ['Ann Lee in Opinion', 'Ann Lee'],
    ["Mary O'Neil in Arts and Culture", "Mary O'Neil"],
    ['Dana Whitcombe in Better Humans', 'Dana Whitcombe'],
  ])('should read the writer of %j', (text, name) => {
    expect(readNameInSection(line(text))?.map((byline) => byline.text)).toEqual([name]);
  });

  it.each([
    'Flooding hit homes in Leeds',
    'Protesters in Paris',
    'Ann Lee in the garden',
    'Ann Lee in Opinion, again',
    'The Very Long Council Meeting in Leeds',
  ])('should not read %j as a writer and a section', (text) => {
    expect(readNameInSection(line(text))).toBeUndefined();
  });
});

describe('readHeaderLine on a writer, the section and the date', () => {
  it('should read "NAME in SECTION on DATE" as the byline and date', () => {
    const fields = readHeaderLine(line('Hollis Brandt in The Flock on February 9, 2019'));
    expect(fields?.bylines.map((byline) => byline.text)).toEqual(['Hollis Brandt']);
    expect(fields?.date?.iso).toBe('2019-02-09');
    expect(fields?.rest).toBeUndefined();
  });

  it('should not read a sentence naming a place and a date as a header line', () => {
    expect(readHeaderLine(line('Flooding hit homes in Leeds on February 9, 2019'))).toBeUndefined();
  });
});
