import { describe, expect, it } from 'vitest';
import { contentWords } from '../../../utils/text/content-words';

describe('contentWords', () => {
  it.each([
    ['stop words dropped', 'The talks will focus on the ties', ['talks', 'focus', 'ties']],
    ['possessives folded', "Putin’s train and Kim's plane", ['putin', 'train', 'kim', 'plane']],
    ['contractions as stop words', "They didn't say it wasn't done", ['done']],
    ['single letters dropped', 'Plan B and vitamin C', ['plan', 'vitamin']],
    ['numbers kept', 'About 425 miles in 2019', ['425', 'miles', '2019']],
    ['other scripts kept', 'Der Zug fährt nach Moskau', ['der', 'zug', 'fährt', 'nach', 'moskau']],
  ])('should give topic words: %s', (_name, text, expected) => {
    expect(contentWords(text)).toEqual(expected);
  });

  it.each([[''], ['  '], ['the of and'], ['!!! ...']])('should give no words for %j', (text) => {
    expect(contentWords(text)).toEqual([]);
  });
});
