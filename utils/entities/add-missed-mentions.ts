import type { EntityType } from '../model';
import { initialsOf } from './find-acronym-definitions';
import { nameKey, wordKey, type RawMention } from './raw-mention';
import type { Token } from './tokenize';
import { endsBlock, runSteps, type Steps } from '../steps/steps';

/** Longest name looked for again, in tokens. */
const MAX_NAME_TOKENS = 6;
/** Shortest name looked for again, in characters: one or two letters match too much by chance. */
const MIN_NAME_CHARS = 3;
const CAPITALISED = /^\p{Lu}/u;
/** An untagged short form that may abbreviate a longer name of the document ("KCNA"). */
const ACRONYM = /^\p{Lu}{3,8}$/u;

/** One segment's tokens and, for comments, the comment they belong to. */
export interface TokenRun {
  tokens: Token[];
  commentId?: string;
}

/**
 * Document-level consistency, step one: a name tagged somewhere is a name everywhere. Finds the untagged,
 * capitalised occurrences of names tagged elsewhere in the same document and adds them with that name's
 * most frequent type. Linear: each token tries at most `MAX_NAME_TOKENS` lookups.
 */
export function addMissedMentions(runs: readonly TokenRun[], mentions: readonly RawMention[]): RawMention[] {
  return runSteps(addMissedMentionsSteps(runs, mentions));
}

/** `addMissedMentions` step by step (see `Steps`): one step per run of tokens. */
export function* addMissedMentionsSteps(
  runs: readonly TokenRun[],
  mentions: readonly RawMention[],
): Steps<RawMention[]> {
  const votes = new Map<string, Map<EntityType, number>>();
  const firstWords = new Set<string>();
  const covered = new Set<number>();
  /** Organizations and places of two or more capitalised words by their initials, for later short forms. */
  const spelled = new Map<string, EntityType>();
  for (const [m, mention] of mentions.entries()) {
    if (endsBlock(m)) yield;
    for (const token of mention.tokens) covered.add(token.start);
    const initials = mention.type === 'person' ? '' : initialsOf(mention.tokens);
    if (initials.length >= 3 && initials.length === mention.tokens.length) spelled.set(initials, mention.type);
    const key = nameKey(mention.tokens);
    if (key.length < MIN_NAME_CHARS || mention.tokens.length > MAX_NAME_TOKENS) continue;
    firstWords.add(nameKey(mention.tokens.slice(0, 1)));
    const counts = votes.get(key) ?? new Map<EntityType, number>();
    counts.set(mention.type, (counts.get(mention.type) ?? 0) + 1);
    votes.set(key, counts);
  }
  const added: RawMention[] = [];
  yield;
  for (const run of runs) {
    yield;
    for (let i = 0; i < run.tokens.length; i++) {
      const token = run.tokens[i];
      if (!token || covered.has(token.start) || !CAPITALISED.test(token.text)) continue;
      const long = ACRONYM.test(token.text) ? spelled.get(token.text) : undefined;
      if (long) {
        added.push({ tokens: [token], type: long, ...(run.commentId ? { commentId: run.commentId } : {}) });
        continue;
      }
      if (!firstWords.has(wordKey(token.text))) continue;
      for (let n = Math.min(MAX_NAME_TOKENS, run.tokens.length - i); n >= 1; n--) {
        const tokens = run.tokens.slice(i, i + n);
        const counts = votes.get(nameKey(tokens));
        if (!counts || tokens.some((token) => covered.has(token.start))) continue;
        // Part of a longer capitalised name ("North" in "North Korean"): not this name.
        if (CAPITALISED.test(run.tokens[i + n]?.text ?? '')) continue;
        const type = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'misc';
        added.push({ tokens, type, ...(run.commentId ? { commentId: run.commentId } : {}) });
        i += n - 1;
        break;
      }
    }
  }
  return added;
}
