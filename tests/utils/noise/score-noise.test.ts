import { describe, expect, it } from 'vitest';
import { scoreNoise } from '../../../utils/noise/score-noise';
import { commentsFromTexts, makeComments } from './make-comments';

const codes = (texts: string[]) => scoreNoise(commentsFromTexts(texts)).map((s) => s.reasons.map((r) => r.code));

describe('scoreNoise', () => {
  it('should give one score per comment, in order', () => {
    const scores = scoreNoise(commentsFromTexts(['A calm and reasoned comment about the summit.', 'lol']));
    expect(scores).toHaveLength(2);
    expect(scores[0]).toEqual({ score: 0, reasons: [] });
    expect(scores[1]?.reasons.map((r) => r.code)).toEqual(['very-short']);
  });

  it.each([
    ['shouting', 'THIS SUMMIT IS A DISGRACE FOR EVERYONE'],
    ['insult', 'Only an idiot would believe this summit matters.'],
    ['link-spam', 'Read the whole report at https://example.org/report today'],
    ['repeated-punctuation', 'And these are their close friends????!!!!'],
    ['very-short', 'Indeed.'],
  ])('should give the reason %s', (code, text) => {
    expect(codes([text])[0]).toContain(code);
  });

  it('should mark a later copy as a duplicate of the first, ignoring case, spacing and punctuation', () => {
    const scores = scoreNoise(
      commentsFromTexts([
        'The sanctions never worked and never will.',
        'Something else entirely, about trains.',
        'the sanctions NEVER worked, and never will!!',
      ]),
    );
    expect(scores[0]?.reasons).toEqual([]);
    expect(scores[2]?.reasons).toContainEqual({
      code: 'duplicate',
      message: "same text as reader1's earlier comment",
      weight: 0.7,
    });
  });

  it('should not call short repeats duplicates', () => {
    expect(codes(['lol', 'lol'])[1]).not.toContain('duplicate');
  });

  it('should reach 1 for a muted author alone, matching the name case-insensitively', () => {
    const comments = makeComments([
      { author: 'Yrral', text: 'A long and careful comment that is otherwise fine.' },
      { author: 'Someone', text: 'A long and careful comment from someone else entirely.' },
    ]);
    const scores = scoreNoise(comments, { mutedAuthors: ['yrral'] });
    expect(scores[0]).toEqual({
      score: 1,
      reasons: [{ code: 'muted-author', message: "muted author 'Yrral'", weight: 1 }],
    });
    expect(scores[1]?.score).toBe(0);
  });

  it('should not mute an author whose name only contains the muted name', () => {
    const comments = makeComments([{ author: 'Yrral2', text: 'A long and careful comment that is fine.' }]);
    expect(scoreNoise(comments, { mutedAuthors: ['Yrral'] })[0]?.score).toBe(0);
  });

  it.each([
    ['train', 'He likes to ride the train, it seems.', true],
    ['Armored Train', 'an armored   train, green and yellow, left', true],
    ['train', 'Training exercises went on all week.', false],
    ['North Korea', 'South Korea and the north of Korea are not the phrase.', false],
  ])('should match keyword %j in %j: %s', (keyword, text, hit) => {
    const [score] = scoreNoise(commentsFromTexts([text]), { keywords: [keyword] });
    expect(score?.reasons.some((r) => r.code === 'keyword' && r.message === `matches '${keyword}'`)).toBe(hit);
    expect(score?.score === 1).toBe(hit);
  });

  it('should combine weights as independent cues and stay within 0–1', () => {
    const [score] = scoreNoise(commentsFromTexts(['IDIOTS!!!! ALL OF YOU MORONS!!!!']));
    const weights = score?.reasons.map((r) => r.weight) ?? [];
    const expected = 1 - weights.reduce((keep, w) => keep * (1 - w), 1);
    expect(weights.length).toBeGreaterThanOrEqual(3);
    expect(score?.score).toBeCloseTo(expected, 3);
    expect(score?.score).toBeLessThanOrEqual(1);
    expect(score?.score).toBeGreaterThanOrEqual(0.5);
  });

  it('should never throw on odd input', () => {
    const odd = commentsFromTexts(['', '   ', '\u0000\uFFFF', '?'.repeat(10_000)]);
    expect(() => scoreNoise(odd, { keywords: ['', '  '], mutedAuthors: [''] })).not.toThrow();
    expect(scoreNoise([])).toEqual([]);
  });
});
