import { describe, expect, it } from 'vitest';
import { isBoilerplateLine } from '../../../../utils/dom/is-boilerplate-line';
import { AGENCY_INPUTS_LINES } from '../../../../utils/dom/boilerplate/agency-inputs-lines';
import { requiredTexts } from '../../../../utils/text/required-texts';

const matches = (line: string) => AGENCY_INPUTS_LINES.some((pattern) => pattern.test(line));

describe('AGENCY_INPUTS_LINES', () => {
  it.each([
    '(With inputs from PTI)',
    '— With inputs from WAM',
    'With inputs from agencies',
    '(with inputs from news agencies)',
    'With PTI inputs',
    '(With agency inputs)',
    'With inputs from Reuters, AFP and AP.',
    'With additional inputs from Press Trust of India',
    'Inputs from Reuters and AFP',
    '- With inputs from IANS',
    '— With files from Miriam Okafor',
    'With files from The Canadian Press',
    '(With files from CBC News and Reuters)',
  ])('should match %j', (line) => {
    expect(matches(line)).toBe(true);
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    'With inputs from farmers, the plan was revised.',
    'With inputs from farmers and traders',
    'The ministry drafted the rules with inputs from PTI reporters and others.',
    'With PTI inputs the figures changed twice.',
    'Inputs from the survey were published on Monday.',
    'With files from the 1990s, investigators reopened the case.',
    'With files from Ottawa police, the team rebuilt the timeline.',
  ])('should not match %j', (line) => {
    expect(matches(line)).toBe(false);
  });

  it('should be gated by a required text (the line tables run it only on lines holding one)', () => {
    for (const pattern of AGENCY_INPUTS_LINES) expect(requiredTexts(pattern)?.length ?? 0).toBeGreaterThan(0);
  });
});
