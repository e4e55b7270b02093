import { describe, expect, it } from 'vitest';
import { SUFFIXED_WORD_PATTERN, WORD_PATTERN } from '../../../utils/text/word-pattern';

describe('WORD_PATTERN', () => {
  it.each([
    ['letters and digits', 'Route 66, again', ['Route', '66', 'again']],
    ['apostrophes split', "don't", ['don', 't']],
    ['other scripts', 'fährt Москва', ['fährt', 'Москва']],
  ])('should find the words: %s', (_name, text, expected) => {
    expect(text.match(WORD_PATTERN)).toEqual(expected);
  });

  it('should give the same words when used twice in a row', () => {
    const text = 'one two three';
    expect([...text.matchAll(WORD_PATTERN)].length).toBe(3);
    expect([...text.matchAll(WORD_PATTERN)].length).toBe(3);
  });
});

describe('SUFFIXED_WORD_PATTERN', () => {
  it.each([
    ['straight apostrophe', "don't stop", ["don't", 'stop']],
    ['curly apostrophe', 'people’s train', ['people’s', 'train']],
    ['one suffix only', "rock'n'roll", ["rock'n", 'roll']],
  ])('should keep an apostrophe suffix on its word: %s', (_name, text, expected) => {
    expect(text.match(SUFFIXED_WORD_PATTERN)).toEqual(expected);
  });
});
