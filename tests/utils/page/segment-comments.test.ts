import { describe, expect, it } from 'vitest';
import { segmentComments } from '../../../utils/page/segment-comments';
import { splitLines } from '../../../utils/page/split-lines';

const authorsOf = (input: string, declared?: number): string[] => {
  const lines = splitLines(input);
  return segmentComments(lines, declared).authors.map((i) => lines[i]?.text ?? '');
};

describe('segmentComments', () => {
  it('should pick the name lines of alternating names and text', () => {
    const input = 'Ann\nFirst point here.\nbo_77\nSecond point.\nA third line of Bo.\nAnn\nAnd again.';
    expect(authorsOf(input)).toEqual(['Ann', 'bo_77', 'Ann']);
  });

  it('should keep a name-like first text line in its comment when both lines cannot be authors', () => {
    // "Seapig" and "yrraL" are both name-shaped; only one can be an author (each author needs a text line),
    // and "yrraL" is a rarer case variant of the printed, repeated "Yrral".
    const input = 'Yrral\nOne.\nYrral\nTwo.\nSeapig\nyrraL\nI agree with you.';
    expect(authorsOf(input)).toEqual(['Yrral', 'Yrral', 'Seapig']);
  });

  it('should never end on an author or put two authors back to back', () => {
    const lines = splitLines('Ann\nBo\nCy\nDee');
    const { authors } = segmentComments(lines);
    expect(authors.at(-1)).toBeLessThan(lines.length - 1);
    for (let i = 1; i < authors.length; i++) expect(authors[i]! - authors[i - 1]!).toBeGreaterThan(1);
  });

  it('should let a declared count pull in a weak name', () => {
    // "Red Fox Den" (three words) scores just below zero on its own.
    const input = 'Ann\nFirst point here.\nRed Fox Den\nSecond point.\nCy\nThird point.';
    expect(authorsOf(input)).toEqual(['Ann', 'Cy']);
    expect(authorsOf(input, 3)).toEqual(['Ann', 'Red Fox Den', 'Cy']);
  });

  it('should not bend strong evidence to meet an impossible count', () => {
    // Repeated one-word names are strong evidence; the sentences cannot be names at all.
    const input = 'Ann\nFirst point here.\nBo\nSecond point.\nAnn\nThird point.\nBo\nLast point, really.';
    expect(authorsOf(input, 9)).toEqual(['Ann', 'Bo', 'Ann', 'Bo']);
    expect(authorsOf(input, 0)).toEqual(['Ann', 'Bo', 'Ann', 'Bo']);
  });

  it('should count leading text lines that cannot belong to a comment as orphans', () => {
    const lines = splitLines('Please keep it civil.\nAnn\nFirst point here.');
    expect(segmentComments(lines)).toEqual({ authors: [1], orphans: 1 });
  });

  it.each([[''], ['Just one sentence of text.'], ['Text line one.\nText line two.']])(
    'should find no authors in %j',
    (input) => {
      expect(authorsOf(input)).toEqual([]);
    },
  );
});
