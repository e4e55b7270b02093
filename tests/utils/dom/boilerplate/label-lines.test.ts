import { describe, expect, it } from 'vitest';
import { LABEL_LINES } from '../../../../utils/dom/boilerplate/label-lines';
import { isBoilerplateLine } from '../../../../utils/dom/is-boilerplate-line';

const matches = (line: string) => LABEL_LINES.some((pattern) => pattern.test(line));

describe('LABEL_LINES', () => {
  describe('a portal\'s "Also on" label over its own stories', () => {
    it.each([
      'Also on HuffPost:',
      'ALSO ON HUFFPOST:',
      'Also on Forbes:',
      'Also on The Harbour Post:',
      'Also on WSJ.com:',
    ])('drops the label: %s', (line) => {
      expect(matches(line)).toBe(true);
      expect(isBoilerplateLine(line)).toBe(true);
    });

    it.each([
      'Also on the agenda:',
      'Also on Tuesday:',
      'Also on March 3:',
      'Also on Main Street',
      'Also on HuffPost: a look at what teachers buy with their own money.',
      'Also on the ballot: a school levy and two council seats.',
      'Also on Forbes: the richest families in the state, ranked by the magazine.',
    ])('keeps the line: %s', (line) => {
      expect(matches(line)).toBe(false);
    });
  });

  describe('a list post\'s "Click here to …" pointer alone on its line', () => {
    it.each([
      'Click here to see the 50 worst cities to live in.',
      'Click here to read our detailed findings and methodology.',
      'Tap here for the full list of closures',
      'CLICK HERE TO SEE THE FULL RANKING',
    ])('drops the line: %s', (line) => {
      expect(matches(line)).toBe(true);
      expect(isBoilerplateLine(line)).toBe(true);
    });

    it.each([
      'Click here to see, the sign on the kiosk said, but nothing happened when she did.',
      'Clicking here to see the results took four minutes on the county website.',
      'Residents can click here to see the map, the clerk said.',
      'Click here to see the form. Then print it and bring it to the clerk.',
    ])('keeps the line: %s', (line) => {
      expect(matches(line)).toBe(false);
    });
  });

  describe('a "More reading" label alone on its line', () => {
    it.each(['More reading:', 'More reading', 'MORE READING:'])('drops the label: %s', (line) => {
      expect(matches(line)).toBe(true);
      expect(isBoilerplateLine(line)).toBe(true);
    });

    it.each([
      'More reading: that is what the teachers asked for at every meeting.',
      'More reading time, the principal said, would come out of recess.',
      // A heading over links is read with its block (headed-link-blocks), not dropped alone.
      'Related Reading',
      'Further reading',
    ])('keeps the line: %s', (line) => {
      expect(matches(line)).toBe(false);
    });
  });
});
