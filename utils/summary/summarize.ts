// TEMP baseline (replaced by the summary work): the first sentences' stand-in is the first paragraphs.
import type { Entity, Paragraph, SummarySentence } from '../model';

export interface SummarizeOptions {
  sentences?: number;
  entities?: readonly Entity[];
}

/** Picks an extractive summary of the body, in source order. */
export function summarize(body: readonly Paragraph[], options: SummarizeOptions = {}): SummarySentence[] {
  return body
    .slice(0, options.sentences ?? 3)
    .map((p) => ({ type: 'sentence', paragraph: p.index, text: p.text, start: p.start, end: p.end, score: 1 }));
}
