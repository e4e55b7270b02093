import type { Line } from './split-lines';

/**
 * A summary written as the story's first paragraphs, led by its label: "In short: …", "Key points: …", "At a glance:
 * …" (the label's text runs on in the same paragraph; a label alone on its line is the DOM adapter's summary box).
 */
const SUMMARY_LEAD = /^(?:in short|key points|key takeaways|at a glance|in brief|tl;?dr)\s*:\s+\S/iu;
/** The paragraph that closes such a summary, led by its own label: "What's next? …", "What happens next? …". */
const SUMMARY_CLOSE = /^what(?:['’]s| happens) next\?\s+\S/iu;
/** A summary takes at most this many paragraphs, its closing one included; past that the label led the story. */
const SUMMARY_MAX_LINES = 5;

/**
 * How many of the article's first lines are a summary printed as paragraphs over the story (an "In short:" paragraph,
 * a line or two more, then a "What's next?" paragraph): the summary repeats the story, so it is no body. 0 without
 * the closing paragraph: a story may open on "In short: …" as its own first sentence.
 */
export function leadSummaryLines(article: readonly Line[]): number {
  const first = article[0];
  if (!first || !SUMMARY_LEAD.test(first.text)) return 0;
  for (let i = 1; i < Math.min(article.length - 1, SUMMARY_MAX_LINES); i++) {
    if (SUMMARY_CLOSE.test(article[i]?.text ?? '')) return i + 1;
  }
  return 0;
}
