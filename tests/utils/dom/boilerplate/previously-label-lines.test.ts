import { describe, expect, it } from 'vitest';
import { PREVIOUSLY_LABEL_LINES } from '../../../../utils/dom/boilerplate/previously-label-lines';
import { isBoilerplateLine } from '../../../../utils/dom/is-boilerplate-line';

const matches = (line: string) => PREVIOUSLY_LABEL_LINES.some((pattern) => pattern.test(line));

describe('PREVIOUSLY_LABEL_LINES', () => {
  it.each(['Previously', 'Previously:', 'PREVIOUSLY:', 'Previously on Boing Boing:', 'Previously on kottke.org:'])(
    'drops the label: %s',
    (line) => {
      expect(matches(line)).toBe(true);
      expect(isBoilerplateLine(line)).toBe(true);
    },
  );

  it.each([
    'Previously on Harbour Street',
    'Previously, the pier had closed twice for repairs.',
    'Previously: the council had voted against the plan twice.',
    'Previously unreleased recordings will be played on Sunday.',
  ])('keeps the line: %s', (line) => {
    expect(matches(line)).toBe(false);
  });
});
