import { describe, expect, it } from 'vitest';
import { loadNerResources } from '../../../utils/entities/load-ner-resources';
import { NER_LABELS } from '../../../utils/entities/ner-labels';
import { sentenceFeatures, transitionRows } from '../../../utils/entities/sentence-features';
import { addRows, bestPath, canFollow, tagSentence } from '../../../utils/entities/tag-sentence';
import { tokenize } from '../../../utils/entities/tokenize';

const L = NER_LABELS.length;

/** Every BIO-valid label sequence of a short sentence, scored straight from the training features; the best one. */
function bruteForceTags(words: readonly string[]): string[] {
  const { weights, gazetteer } = loadNerResources();
  const features = sentenceFeatures(words, gazetteer);
  const score = (t: number, prev: number, label: number): number => {
    const scores = new Float64Array(L);
    addRows(weights, features.rows[t] ?? [], scores);
    const info = features.words[t];
    if (info) addRows(weights, transitionRows(prev, info, [0, 0, 0]), scores);
    return scores[label] ?? 0;
  };
  let best: number[] = [];
  let bestScore = -Infinity;
  const walk = (path: number[], total: number): void => {
    if (path.length === words.length) {
      if (total > bestScore) [best, bestScore] = [[...path], total];
      return;
    }
    const prev = path[path.length - 1] ?? 0;
    for (let k = 0; k < L; k++) {
      if (!canFollow(NER_LABELS[prev] ?? 'O', NER_LABELS[k] ?? 'O')) continue;
      walk([...path, k], total + score(path.length, prev, k));
    }
  };
  walk([], 0);
  return best.map((k) => NER_LABELS[k] ?? 'O');
}

describe('tagSentence', () => {
  it.each([
    'Choe met Sergei Lavrov .',
    'Acme Holdings Ltd. paid',
    'Kim Kim Kim said',
    'THE UNITED NATIONS SAID',
    'in New York City',
  ])('should pick the best-scoring valid path for %j, as an exhaustive search does', (text) => {
    const words = tokenize(text).map((token) => token.text);
    const { weights, gazetteer } = loadNerResources();
    // Twice: the second call reads the per-word scores from the cache.
    expect(tagSentence(words, weights, gazetteer)).toEqual(bruteForceTags(words));
    expect(tagSentence(words, weights, gazetteer)).toEqual(bruteForceTags(words));
  });

  it('should return no labels for no words', () => {
    const { weights, gazetteer } = loadNerResources();
    expect(tagSentence([], weights, gazetteer)).toEqual([]);
  });
});

describe('bestPath', () => {
  /** Emissions with one favoured label per word (score 1, others 0), no transition weights. */
  const decode = (favoured: number[], pairs = new Float64Array(L * L)): number[] => {
    const emissions = new Float64Array(favoured.length * L);
    favoured.forEach((k, t) => (emissions[t * L + k] = 1));
    return [...bestPath(emissions, () => pairs, favoured.length, new Uint8Array(favoured.length))];
  };
  const index = (label: string): number => NER_LABELS.indexOf(label as (typeof NER_LABELS)[number]);

  it('should follow the emissions when they form a valid path', () => {
    const path = ['B-PER', 'I-PER', 'O', 'B-LOC'].map(index);
    expect(decode(path)).toEqual(path);
  });

  it.each([
    ['a sentence that starts inside an entity', ['I-ORG', 'O']],
    ['an inside label of another type', ['B-PER', 'I-LOC']],
  ])('should never return an invalid path for %s', (_, labels) => {
    const path = decode(labels.map(index)).map((k) => NER_LABELS[k] ?? 'O');
    path.forEach((label, t) => expect(canFollow(t > 0 ? (path[t - 1] ?? 'O') : 'O', label)).toBe(true));
  });

  it('should let a strong transition weight overrule a weaker emission', () => {
    const pairs = new Float64Array(L * L);
    pairs[index('B-PER') * L + index('I-PER')] = 5;
    expect(decode([index('B-PER'), index('O')], pairs)).toEqual([index('B-PER'), index('I-PER')]);
  });

  it('should return an empty path for no words', () => {
    expect(decode([])).toEqual([]);
  });
});
