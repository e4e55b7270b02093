import type { Entity, Paragraph, Sentence, SummarySentence } from '../model';
import { contentWords } from '../text/content-words';
import { splitSentences } from '../text/split-sentences';
import { centroid, cosine, termVectors } from '../text/term-vectors';
import { isBoilerplateSentence } from './is-boilerplate-sentence';
import { isCutSentence } from './is-cut-sentence';
import { isHeadingLine } from './is-heading-line';
import { scoreEntityCoverage } from './score-entity-coverage';
import { scoreNewsStyle } from './score-news-style';
import { selectDiverse } from './select-diverse';

/** Options of `summarize`: summary length and the entities whose coverage counts. */
export interface SummarizeOptions {
  /** Summary length in sentences; `DEFAULT_SUMMARY_SENTENCES` when absent. */
  sentences?: number;
  /** Entities found in the body: sentences mentioning the main ones score higher. */
  entities?: readonly Entity[];
}

/** Summary length when the caller does not say: three sentences, the length of news highlights. */
export const DEFAULT_SUMMARY_SENTENCES = 3;
/** Longest summary we make, in sentences: past this it is no longer a summary. */
const MAX_SUMMARY_SENTENCES = 10;
/** Sentences shorter than this (words) rarely say anything alone: fragments, sign-offs, "Here's why." */
const MIN_SENTENCE_WORDS = 6;
/** Position decay, in sentences: the n-th candidate's position score is e^(−n / scale). */
const POSITION_SCALE = 3;
/** Weight of position for text that does not read like news (blogs still open with their point, a little). */
const POSITION_WEIGHT_MIN = 0.2;
/** Weight of position for unmistakable inverted-pyramid news, where the lede is the summary. */
const POSITION_WEIGHT_MAX = 0.8;
/** Share of the content score from centrality; entity coverage breaks ties (a larger share lost ROUGE on dev). */
const CENTRALITY_SHARE = 0.85;
/** MMR: similarity to an already picked sentence costs this much score. */
const REDUNDANCY_WEIGHT = 0.3;
/** Cosine at which two sentences say the same thing: the second is never picked. */
const DUPLICATE_SIMILARITY = 0.6;
const WORD = /\S+/g;

/**
 * Extractive summary of the body: the `sentences` (default 3) sentences that best combine position (weighted by how
 * much the text reads like news), centrality and coverage of the main entities, near-duplicates and furniture left
 * out, returned in source order with their offsets. Fewer when the body has fewer usable sentences; [] when empty.
 */
export function summarize(body: readonly Paragraph[], options: SummarizeOptions = {}): SummarySentence[] {
  const count = summaryLength(options.sentences);
  const sentences = body.flatMap((paragraph) =>
    splitSentences(paragraph.text, paragraph.start).map((span): Sentence => ({
      type: 'sentence',
      paragraph: paragraph.index,
      ...span,
    })),
  );
  const candidates = usableSentences(sentences);
  if (count === 0 || candidates.length === 0) return [];

  // 1. What each sentence is about, and how close that is to what the whole text is about.
  const vectors = termVectors(candidates.map((sentence) => contentWords(sentence.text)));
  const whole = centroid(vectors);
  const centrality = vectors.map((vector) => cosine(vector, whole));
  const meanCentrality = centrality.reduce((sum, value) => sum + value, 0) / centrality.length;
  // 2. How many of the main entities each sentence names.
  const entities = scoreEntityCoverage(candidates, options.entities ?? []);
  // 3. Position counts as much as the text looks like news.
  const news = scoreNewsStyle(candidates, centrality[0] ?? 0, meanCentrality);
  const positionWeight = POSITION_WEIGHT_MIN + (POSITION_WEIGHT_MAX - POSITION_WEIGHT_MIN) * news;
  const maxCentrality = centrality.reduce((max, value) => Math.max(max, value), 0) || 1;
  const maxEntities = entities.reduce((max, value) => Math.max(max, value), 0);
  const scores = candidates.map((_, i) => {
    const central = centrality[i]! / maxCentrality;
    const content =
      maxEntities > 0 ? CENTRALITY_SHARE * central + (1 - CENTRALITY_SHARE) * (entities[i]! / maxEntities) : central;
    return positionWeight * Math.exp(-i / POSITION_SCALE) + (1 - positionWeight) * content;
  });
  // 4. Best sentences first, without repeating each other; then back into reading order.
  const picked = selectDiverse(
    candidates.map((_, i) => ({ score: scores[i]!, vector: vectors[i]! })),
    count,
    { redundancyWeight: REDUNDANCY_WEIGHT, duplicateSimilarity: DUPLICATE_SIMILARITY },
  );
  return picked.sort((a, b) => a - b).map((i) => ({ ...candidates[i]!, score: Math.round(scores[i]! * 1000) / 1000 }));
}

function summaryLength(requested: number | undefined): number {
  if (requested === undefined || !Number.isFinite(requested)) return DEFAULT_SUMMARY_SENTENCES;
  return Math.max(0, Math.min(MAX_SUMMARY_SENTENCES, Math.floor(requested)));
}

/**
 * Sentences fit to stand alone. Headline-like lines and fragments go too, unless nothing else is left: text without
 * any punctuation still gets a summary.
 */
function usableSentences(sentences: readonly Sentence[]): Sentence[] {
  const clean = sentences.filter((sentence) => !isBoilerplateSentence(sentence.text) && !isCutSentence(sentence.text));
  const full = clean.filter(
    (sentence) => !isHeadingLine(sentence.text) && (sentence.text.match(WORD)?.length ?? 0) >= MIN_SENTENCE_WORDS,
  );
  return full.length > 0 ? full : clean;
}
