import { describe, expect, it } from 'vitest';
import { centroid, cosine, termVectors } from '../../../utils/text/term-vectors';

describe('termVectors', () => {
  it('should give unit vectors that weigh rarer terms more', () => {
    const [first] = termVectors([
      ['dam', 'storm'],
      ['dam', 'budget'],
      ['dam', 'vote'],
    ]);
    expect(cosine(first!, first!)).toBeCloseTo(1);
    expect(first!.get('storm')).toBeGreaterThan(first!.get('dam')!);
  });

  it.each([
    ['no texts', []],
    ['an empty text', [[]]],
  ])('should stay empty for %s', (_name, texts: string[][]) => {
    for (const vector of termVectors(texts)) expect(vector.size).toBe(0);
  });
});

describe('cosine', () => {
  it.each([
    ['identical texts', ['dam', 'storm'], ['dam', 'storm'], 1],
    ['disjoint texts', ['dam'], ['vote'], 0],
    ['an empty text', [], ['vote'], 0],
  ])('should score %s', (_name, a, b, expected) => {
    const [x, y] = termVectors([a, b, ['other']]);
    expect(cosine(x!, y!)).toBeCloseTo(expected);
  });
});

describe('centroid', () => {
  it('should be closest to the text that shares most with the others', () => {
    const vectors = termVectors([
      ['dam', 'storm', 'surge'],
      ['dam', 'storm'],
      ['storm', 'surge'],
      ['budget', 'vote'],
    ]);
    const whole = centroid(vectors);
    const scores = vectors.map((vector) => cosine(vector, whole));
    expect(scores.indexOf(Math.max(...scores))).toBe(0);
    expect(scores[3]).toBeLessThan(scores[0]!);
  });
});
