import { foldWords } from '../text/fold-words';
import { splitSentences } from '../text/split-sentences';

/** A pull quote condensed from a paragraph joins at least this many of its sentences. */
const MIN_SENTENCES = 2;
/** Each sentence must be this long (characters, in word form) to tell where it was said: not "Yes." or "It was." */
const MIN_SENTENCE_CHARS = 12;

/** A text's sentences (as the summary splits them: titles, initials and decimals do not end one), in word form. */
const sentencesOf = (text: string): string[] =>
  splitSentences(text)
    .map((sentence) => foldWords(sentence.text))
    .filter((sentence) => sentence.length > 0);

/** True when every one of `wanted` is among `sentences`, in the same order (others may come between). */
function inOrder(sentences: readonly string[], wanted: readonly string[]): boolean {
  let at = 0;
  for (const sentence of sentences) if (sentence === wanted[at]) at++;
  return at === wanted.length;
}

/**
 * True when `quote` is two or more whole sentences of ONE of the story's `paragraphs` (their texts), in the
 * paragraph's order, with other sentences of that paragraph left out between them: how a pull quote condenses a
 * paragraph ("The apps never said no. The card says no by running out of room." over a paragraph that says both with a
 * sentence between). Whole sentences only: a quoted letter whose clauses the story runs on into other words ("The wall
 * has stood since 1850, and the board says so …") is said once, and so is a quote taking sentences from two paragraphs.
 */
export function isCondensedRepeat(paragraphs: readonly string[], quote: string): boolean {
  const wanted = sentencesOf(quote);
  if (wanted.length < MIN_SENTENCES || wanted.some((sentence) => sentence.length < MIN_SENTENCE_CHARS)) return false;
  const [first] = wanted;
  // Only a paragraph that says the first sentence is split (the splitter is the costly part).
  return paragraphs.some(
    (paragraph) =>
      first !== undefined && foldWords(paragraph).includes(first) && inOrder(sentencesOf(paragraph), wanted),
  );
}
