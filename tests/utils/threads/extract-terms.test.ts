import { describe, expect, it } from 'vitest';
import { extractTerms, termSequence } from '../../../utils/threads/extract-terms';

describe('extractTerms', () => {
  it.each([
    ['Demands for reparations', ['demand', 'reparation']],
    ['The countries and their policies', ['country', 'policy']],
    ['Buses, taxes and churches', ['buse', 'tax', 'church']],
    ["Putin's war, Kim’s train", ['putin', 'war', 'kim', 'train']],
    ['Russia is in crisis, thus the bus', ['russia', 'crisis', 'bus']],
  ])('should fold inflections in %j', (text, expected) => {
    expect(extractTerms(text)).toEqual(expected);
  });

  it.each([
    ['only stop words', 'It is what it is and we are here', []],
    ['numbers and short words', 'In 2019 he was 42 to NK', []],
    ['repeats kept once', 'ferry ferry Ferry ferries', ['ferry']],
    ['empty text', '', []],
  ])('should drop or merge %s', (_name, text, expected) => {
    expect(extractTerms(text)).toEqual(expected);
  });
});

describe('termSequence', () => {
  it('should keep one slot per word so distances stay distances in words', () => {
    expect(termSequence('Demands for trillions in reparation')).toEqual(['demand', '', 'trillion', '', 'reparation']);
  });
});
