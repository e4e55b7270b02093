import { describe, expect, it } from 'vitest';
import { foldWords } from '../../../utils/text/fold-words';

describe('foldWords', () => {
  it.each([
    ['case folded', 'Great POINT', 'great point'],
    ['punctuation is a break', 'U.S.-led talks!', 'u s led talks'],
    ['spacing collapsed and trimmed', '  two\n\twords  ', 'two words'],
    ['other scripts kept', 'Der Zug fährt', 'der zug fährt'],
  ])('should give the words one space apart: %s', (_name, text, expected) => {
    expect(foldWords(text)).toBe(expected);
  });

  it.each([[''], ['   '], ['!!! ...']])('should give an empty string for %j', (text) => {
    expect(foldWords(text)).toBe('');
  });
});

describe('foldWords: marks stay in their word', () => {
  it.each([
    ['हिन्दी समाचार', 'हिन्दी समाचार'],
    ['ข่าววันนี้!', 'ข่าววันนี้'],
    ['İSTANBUL’da', 'i̇stanbul da'],
    ['Café — “Crème”', 'café crème'],
  ])('should fold %s to %s', (text, folded) => {
    expect(foldWords(text)).toBe(folded);
  });
});
