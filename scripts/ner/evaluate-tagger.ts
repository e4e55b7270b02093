import type { Gazetteer } from '../../utils/entities/gazetteer';
import { tagSentence, type WeightTable } from '../../utils/entities/tag-sentence';
import type { BioSentence } from './read-bio';
import { scoreSpans, spanKeys, type TypeScore } from './score-spans';

/** Entity types scored: the benchmark's three (MISC is tagged but not counted, like the target benchmark). */
export const SCORED_TYPES = ['PER', 'LOC', 'ORG'] as const;

/** Tags every sentence and scores exact spans and types against the gold labels. */
export function evaluateTagger(data: readonly BioSentence[], weights: WeightTable, gaz: Gazetteer): TypeScore[] {
  const gold: string[] = [];
  const predicted: string[] = [];
  let offset = 0;
  for (const sentence of data) {
    gold.push(...spanKeys(sentence.labels, offset));
    predicted.push(...spanKeys(tagSentence(sentence.words, weights, gaz), offset));
    offset += sentence.words.length + 1;
  }
  return scoreSpans(gold, predicted, SCORED_TYPES);
}

/** One line per type: `PER  P 80.1  R 75.2  F1 77.6  (gold 120)`. */
export function formatScores(name: string, scores: readonly TypeScore[]): string {
  const cells = scores.map(
    (s) =>
      `  ${s.type.padEnd(4)} P ${s.precision.toFixed(1).padStart(5)}  R ${s.recall.toFixed(1).padStart(5)}  ` +
      `F1 ${s.f1.toFixed(1).padStart(5)}  (gold ${s.gold}, predicted ${s.predicted})`,
  );
  return [`${name}:`, ...cells].join('\n');
}
