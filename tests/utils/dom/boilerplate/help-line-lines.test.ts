import { describe, expect, it } from 'vitest';
import { HELP_LINE_LINES } from '../../../../utils/dom/boilerplate/help-line-lines';
import { isBoilerplateLine } from '../../../../utils/dom/is-boilerplate-line';

const matches = (line: string) => HELP_LINE_LINES.some((pattern) => pattern.test(line));

describe('HELP_LINE_LINES', () => {
  it.each([
    'If you or someone you know is experiencing domestic violence, call the National Domestic Violence Hotline at 1-800-799-7233 or text START to 88788.',
    'If you have been affected by any of the issues raised in this story, you can contact Samaritans free on 116 123.',
    'If you or someone you know is struggling, please reach out to the 988 Suicide and Crisis Lifeline by calling or texting 988.',
    'If you are having thoughts of suicide, call or text 988 to reach the crisis line.',
    'If you need to talk, help is available from Lifeline on 13 11 14.',
  ])('should drop the helpline note: %s', (line) => {
    expect(matches(line)).toBe(true);
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    // A police appeal for tips or witnesses is part of the report.
    'If you have information about the robbery, call the Crime Stoppers hotline at 555-0147.',
    'If you or someone you know saw the crash, call the police hotline at 555-0123.',
    // A quote opens on its quotation mark; the story's own sentences about a helpline do not open on the reader.
    '"If you need help, call the hotline," the detective said.',
    'The hotline took more than 4,000 calls last year, the charity said, most of them at night.',
    'If you are in crisis, the new 988 line connects you to a counsellor, officials said.',
    'If you lose your job, call the unemployment office first, the minister said.',
    // A service the story tells of, in the same shape.
    'If you spot a leak, call the water board hotline at 0800 555 0199 and a crew will come within a day.',
  ])('should keep the line: %s', (line) => {
    expect(matches(line)).toBe(false);
  });
});
