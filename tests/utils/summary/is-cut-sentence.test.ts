import { describe, expect, it } from 'vitest';
import { isCutSentence } from '../../../utils/summary/is-cut-sentence';

describe('isCutSentence', () => {
  it.each([
    ['an opened curly quote', '“We will win.'],
    ['a closed curly quote only', 'They will lose,” he said.'],
    ['an odd straight quote', 'He said "we will win.'],
  ])('should flag %s', (_name, text) => {
    expect(isCutSentence(text)).toBe(true);
  });

  it.each([
    ['no quote', 'The vote passed.'],
    ['a whole curly quote', '“We will win,” he said.'],
    ['whole straight quotes', 'He called it "a hearty send-off" and "historic."'],
    ['an apostrophe', 'Kim’s train didn’t stop.'],
  ])('should keep %s', (_name, text) => {
    expect(isCutSentence(text)).toBe(false);
  });
});
