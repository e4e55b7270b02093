import type { Comment } from '../model';
import { LOOKBACK_COMMENTS, type ReplyCandidate } from './reply-candidate';
import { WORD_PATTERN } from '../text/word-pattern';
import { authorKey } from './author-key';
import { mapSteps, type Steps } from '../steps/steps';

/** Words per shingle (`shingles` is written out for three): rarely shared by chance; a four-word quote has two. */
const SHINGLE_WORDS = 3;
/** A marked quote needs this many words (count) to be worth looking up: shorter ones are stock phrases. */
const QUOTE_MIN_WORDS = 4;
/** Share of a marked quote's shingles (0–1) that must be found in one earlier comment (quotes get trimmed). */
const QUOTE_MIN_SHARE = 0.6;
/** An unmarked shared run counts as quoting from this many shared shingles (≈ 8 words in a row) on. */
const UNMARKED_MIN_SHINGLES = 6;
/** A comment sharing more than this share (0–1) of its shingles with an earlier one is a copy, not a reply. */
const COPY_SHARE = 0.8;
/** A shingle found in more earlier comments of the window than this (count) is a stock phrase: ignored. */
const MAX_SHARERS = 3;
/** Confidence of a marked quote found in an earlier comment, and of an unmarked shared run. */
const MARKED_CONFIDENCE = 0.9;
const UNMARKED_CONFIDENCE = 0.6;
/** Words of the quote shown in the reason (count). */
const REASON_WORDS = 6;

const MARKED = /""([^]*?)""|“([^”]*)”|"([^"\n]*)"|^\s*>\s*(.+)$/gmu;

/**
 * Shingles are small integer ids, not "a b c" strings: words get ids, then each (id, next word) step of a
 * three-level trie gets one, so the index is an array and its sets hold small integers that need no hashing of text
 * or heap numbers. Far faster than fresh strings on 10,000-comment pages.
 */
class Shingler {
  private readonly wordIds = new Map<string, number>();
  /** Per word id, then per pair id: the next word's id → the id of the longer sequence. */
  private readonly pairs: Map<number, number>[] = [];
  private readonly triples: Map<number, number>[] = [];
  /** Shingle ids handed out so far: every id is below this. */
  count = 0;
  private pairCount = 0;

  /** The shingle ids of a text, in reading order (n words give n − 2). */
  read(text: string): number[] {
    const out: number[] = [];
    const found = text.toLowerCase().match(WORD_PATTERN);
    if (!found || found.length < SHINGLE_WORDS) return out;
    let before = this.wordId(found[0] as string);
    let last = this.wordId(found[1] as string);
    for (let k = 2; k < found.length; k++) {
      const next = this.wordId(found[k] as string);
      const pair = this.step(this.pairs, before, last, true);
      out.push(this.step(this.triples, pair, next, false));
      before = last;
      last = next;
    }
    return out;
  }

  private wordId(word: string): number {
    let id = this.wordIds.get(word);
    if (id === undefined) this.wordIds.set(word, (id = this.wordIds.size));
    return id;
  }

  private step(level: Map<number, number>[], from: number, word: number, isPair: boolean): number {
    const children = level[from] ?? (level[from] = new Map());
    let id = children.get(word);
    if (id === undefined) children.set(word, (id = isPair ? this.pairCount++ : this.count++));
    return id;
  }
}

function quoted(quote: string): string {
  const tokens = quote.toLowerCase().match(WORD_PATTERN) ?? [];
  const shown = tokens.slice(0, REASON_WORDS).join(' ');
  return tokens.length > REASON_WORDS ? `${shown}…` : shown;
}

/**
 * Finds quoting: a marked quote (`> line`, `""…""`, “…”, "…") found in an earlier comment, or a long run of words
 * shared with one. Quotes of the article (`article`) are not replies to anyone and are skipped. Shingles go into an
 * index as comments are read, so only earlier comments are ever found, each lookup bounded by the window. Step by
 * step (see `Steps`): one step per comment.
 */
export function findQuotesSteps(comments: readonly Comment[], article = ''): Steps<(ReplyCandidate | undefined)[]> {
  const shingler = new Shingler();
  const shingles = (text: string): number[] => shingler.read(text);
  const articleShingles = new Set(shingles(article));
  // Keyed once: `bestOf` compares every sharer's author on every lookup.
  const authors = comments.map(authorKey);
  /** Shingle id → the latest comments holding it, ascending. */
  const index: (number[] | undefined)[] = [];
  /** Earlier comments in the window sharing each shingle, counted; a stock phrase (too many sharers) counts none. */
  const tally = (distinct: Iterable<number>, i: number): Map<number, number> => {
    const counts = new Map<number, number>();
    for (const shingle of distinct) {
      if (articleShingles.has(shingle)) continue;
      const list = index[shingle];
      if (list === undefined) continue;
      let from = list.length;
      while (from > 0 && list.length - from <= MAX_SHARERS && (list[from - 1] ?? -1) >= i - LOOKBACK_COMMENTS) from--;
      if (list.length - from > MAX_SHARERS) continue;
      for (let k = list.length - 1; k >= from; k--) {
        const j = list[k] ?? -1;
        counts.set(j, (counts.get(j) ?? 0) + 1);
      }
    }
    return counts;
  };
  /** The earlier comment (not by `own`) sharing the most shingles; ties go to the nearer one. */
  const bestOf = (counts: Map<number, number>, own: string): [number, number] | undefined => {
    let best: [number, number] | undefined;
    for (const [j, count] of counts) {
      if (authors[j] === own) continue;
      if (!best || count > best[1] || (count === best[1] && j > best[0])) best = [j, count];
    }
    return best;
  };

  // Reasons are read by the reader: name the author quoted, never the internal comment id.
  const nameOf = (j: number): string => comments[j]?.author.text.trim() || 'an earlier comment';

  return mapSteps(comments, (comment, i) => {
    const own = authors[i] ?? '';
    let candidate: ReplyCandidate | undefined;
    for (const match of comment.text.matchAll(MARKED)) {
      const quote = match[1] ?? match[2] ?? match[3] ?? match[4] ?? '';
      const list = shingles(quote);
      // n words give n − 2 shingles.
      if (list.length + SHINGLE_WORDS - 1 < QUOTE_MIN_WORDS) continue;
      const best = bestOf(tally(new Set(list), i), own);
      if (best && best[1] >= QUOTE_MIN_SHARE * list.length) {
        const reason = `quotes "${quoted(quote)}" from ${nameOf(best[0])}`;
        candidate = { parent: best[0], confidence: MARKED_CONFIDENCE, evidence: 'quote', reason };
        break;
      }
    }
    const own3 = new Set(shingles(comment.text));
    if (!candidate && own3.size >= UNMARKED_MIN_SHINGLES) {
      const best = bestOf(tally(own3, i), own);
      if (best && best[1] >= UNMARKED_MIN_SHINGLES && best[1] < COPY_SHARE * own3.size) {
        const reason = `repeats text of ${nameOf(best[0])}`;
        candidate = { parent: best[0], confidence: UNMARKED_CONFIDENCE, evidence: 'quote', reason };
      }
    }
    for (const shingle of own3) {
      const list = index[shingle];
      if (!list) index[shingle] = [i];
      else {
        list.push(i);
        // Only the latest MAX_SHARERS + 1 sharers are ever read: older ones are dropped to keep the index small.
        if (list.length > MAX_SHARERS + 1) list.shift();
      }
    }
    return candidate;
  });
}
