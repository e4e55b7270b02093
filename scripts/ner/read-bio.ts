import { readFileSync } from 'node:fs';

/** One gold sentence: words and their BIO labels. */
export interface BioSentence {
  words: string[];
  labels: string[];
}

/** Tweet handles and hashtags: BTC tags many @mentions as people, which newswire never has; they are read as O. */
const SOCIAL = /^[@#]/;

/** Reads a `token<TAB>label` file (blank line between sentences); repairs I- labels left orphaned by the cleanup. */
export function readBio(path: string): BioSentence[] {
  const sentences: BioSentence[] = [];
  let current: BioSentence = { words: [], labels: [] };
  const flush = (): void => {
    if (current.words.length > 0) sentences.push(current);
    current = { words: [], labels: [] };
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const [word, label] = line.split('\t');
    if (!word || !label) {
      flush();
      continue;
    }
    let tag = SOCIAL.test(word) ? 'O' : label.trim();
    const prev = current.labels[current.labels.length - 1] ?? 'O';
    if (tag.startsWith('I-') && prev.slice(2) !== tag.slice(2)) tag = `B-${tag.slice(2)}`;
    current.words.push(word);
    current.labels.push(tag);
  }
  flush();
  return sentences;
}
