import { describe, expect, it } from 'vitest';
import { COLUMN_SPONSOR_LINES } from '../../../../utils/dom/boilerplate/column-sponsor-lines';
import { isBoilerplateLine } from '../../../../utils/dom/is-boilerplate-line';

const matches = (line: string) => COLUMN_SPONSOR_LINES.some((pattern) => pattern.test(line));

describe('COLUMN_SPONSOR_LINES', () => {
  it.each([
    'Morning Links is brought to you by Cascade Community Credit Union.',
    'The Evening Briefing is sponsored by Harbour Bank',
    'Politics Daily is presented by Acme Energy.',
    'The Morning Report is made possible in part by the Pell Foundation.',
    'Weekend Roundup is supported by Dunmore Hardware & Feed.',
  ])('drops the sponsor line: %s', (line) => {
    expect(matches(line)).toBe(true);
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    'Harbour Days is sponsored by the Rotary Club.',
    'The Spring Fair is presented by Acme Energy.',
    'The report is sponsored by the county council, which wants the road rebuilt.',
    'The Morning Report is sponsored by Harbour Bank, a spokesman said on Monday.',
    'The Annual Report is sponsored by nobody in particular.',
  ])('keeps the line: %s', (line) => {
    expect(matches(line)).toBe(false);
  });
});
