import type { TextSpan } from '../model';

/** "NEW YORK (AP) —", "SEOUL, South Korea (AP) —", "WASHINGTON —": a wire-style dateline opening the lede. */
const DATELINE = /^\p{Lu}[\p{Lu}\p{M} .'’-]{2,}(?:,\s*[\p{L} .]{2,30})?\s*(?:\([^)]{1,30}\))?\s*[—–-]{1,2}\s/u;
/** Attribution, the mark of reported news: "said", "told", "according to". */
const REPORTING = /\b(?:said|says|told|according to|reported|announced|added|stated)\b/i;
/** Sentences to look in for a dateline: it opens the lede, possibly after a headline or byline line. */
const DATELINE_WINDOW = 3;
/** Share of sentences with attribution at which a text counts as fully "reported" (news stories sit near 0.3–0.5). */
const REPORTING_RATE_FULL = 0.3;
/** A lede is long: words in a first sentence that packs who/what/when (news ledes run 20–35 words). */
const LEDE_WORDS = 18;
/** How much each signal counts toward the news score; they add up to 1. */
const WEIGHT = { dateline: 0.35, reporting: 0.4, lede: 0.25 };

/**
 * How much a text reads like inverted-pyramid news, 0–1, from three independent signals: a dateline opening the
 * lede, the share of attributed sentences, and a first sentence that is long and central (its cosine to the whole
 * text, `leadCentrality`, at least the average sentence's, `meanCentrality`).
 */
export function scoreNewsStyle(sentences: readonly TextSpan[], leadCentrality: number, meanCentrality: number): number {
  if (sentences.length === 0) return 0;
  const dateline = sentences.slice(0, DATELINE_WINDOW).some((sentence) => DATELINE.test(sentence.text)) ? 1 : 0;
  const attributed = sentences.filter((sentence) => REPORTING.test(sentence.text)).length / sentences.length;
  const reporting = Math.min(1, attributed / REPORTING_RATE_FULL);
  const first = sentences[0]?.text ?? '';
  const ledeWords = first.split(/\s+/).length;
  const lede = leadCentrality >= meanCentrality ? Math.min(1, ledeWords / LEDE_WORDS) : 0;
  return WEIGHT.dateline * dateline + WEIGHT.reporting * reporting + WEIGHT.lede * lede;
}
