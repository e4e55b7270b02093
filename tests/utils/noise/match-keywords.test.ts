import { describe, expect, it } from 'vitest';
import { matchKeywords } from '../../../utils/noise/match-keywords';

describe('matchKeywords', () => {
  it.each([
    ['a whole word', 'The train left.', ['train'], ['train']],
    ['any case', 'THE TRAIN LEFT', ['Train'], ['Train']],
    ['a phrase across punctuation', 'An armored, train left', ['armored train'], ['armored train']],
    ['several keywords', 'Kim met Putin', ['putin', 'kim', 'xi'], ['putin', 'kim']],
    ['a dotted acronym', 'The U.S. said so', ['U.S.'], ['U.S.']],
  ])('should match %s', (_name, text, keywords, expected) => {
    expect(matchKeywords(text, keywords)).toEqual(expected);
  });

  it.each([
    ['part of a word', 'Training camp', ['train']],
    ['a broken phrase', 'armored green train', ['armored train']],
    ['an empty keyword', 'anything', ['', '   ', '!!']],
    ['no keywords', 'anything', []],
  ])('should not match %s', (_name, text, keywords) => {
    expect(matchKeywords(text, keywords)).toEqual([]);
  });
});
