import { describe, expect, it } from 'vitest';
import { loadNerResources } from '../../../utils/entities/load-ner-resources';
import { NER_LABELS } from '../../../utils/entities/ner-labels';
import { labelFeatures, sentenceFeatures } from '../../../utils/entities/sentence-features';
import { addRows, bestLabel, tagSentence } from '../../../utils/entities/tag-sentence';
import { tokenize } from '../../../utils/entities/tokenize';

/** Greedy decoding straight from the training features, without the tagger's per-word score cache. */
function referenceTags(words: readonly string[]): string[] {
  const { weights, gazetteer } = loadNerResources();
  const features = sentenceFeatures(words, gazetteer);
  const picked: number[] = [];
  for (let i = 0; i < words.length; i++) {
    const scores = new Float64Array(NER_LABELS.length);
    const prev = picked[i - 1] ?? 0;
    const info = features.words[i];
    addRows(weights, features.rows[i] ?? [], scores);
    if (info) addRows(weights, labelFeatures(prev, picked[i - 2] ?? 0, info), scores);
    picked.push(bestLabel(scores, prev));
  }
  return picked.map((k) => NER_LABELS[k] ?? 'O');
}

describe('tagSentence', () => {
  it.each([
    'Foreign Minister Choe Sun Hui met Sergei Lavrov in Moscow on Tuesday .',
    'The Central Bank of Nowhere said Acme Holdings Ltd. had paid the fine .',
    'Kim Kim Kim said Kim went to Kim City with Kim .',
    'ALL CAPS HEADLINE ABOUT THE UNITED NATIONS',
  ])('should tag %j exactly as decoding from the training features does', (text) => {
    const words = tokenize(text).map((token) => token.text);
    const { weights, gazetteer } = loadNerResources();
    // Twice: the second call reads the per-word scores from the cache.
    expect(tagSentence(words, weights, gazetteer)).toEqual(referenceTags(words));
    expect(tagSentence(words, weights, gazetteer)).toEqual(referenceTags(words));
  });

  it('should return no labels for no words', () => {
    const { weights, gazetteer } = loadNerResources();
    expect(tagSentence([], weights, gazetteer)).toEqual([]);
  });
});
