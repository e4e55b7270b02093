import { ORG_HEAD_WORDS } from './cue-words';
import { wordKey, type RawMention } from './raw-mention';
import type { Token } from './tokenize';

/** Words that join the two halves of one organization's name ("Securities and Exchange Commission"). */
const JOINERS = new Set(['and', '&']);

/** Most characters between the two halves (" and "), so only near mentions are looked up. */
const MAX_GAP = 6;

/** Index of the token ending at `end` (tokens in text order, binary search), or -1. */
function tokenAt(tokens: readonly Token[], end: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = tokens[mid]?.end ?? 0;
    if (at === end) return mid;
    if (at < end) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** Whether a mention ends with an organization word ("... Commission", "... College"). */
const endsWithHead = (mention: RawMention): boolean =>
  ORG_HEAD_WORDS.has(wordKey(mention.tokens[mention.tokens.length - 1]?.text ?? ''));

/**
 * Joins "X and Y Commission" into one organization when the tagger or the cut at "and" split it: the second half
 * ends with an organization word and the first does not, so the first cannot be a name of its own kind ("Apple
 * and Samsung" stay two). Expects and returns mentions in text order; linear.
 */
export function joinCoordinatedOrgs(mentions: readonly RawMention[], tokens: readonly Token[]): RawMention[] {
  if (mentions.length < 2) return [...mentions];
  const joined: RawMention[] = [];
  for (const mention of mentions) {
    const prev = joined[joined.length - 1];
    const prevEnd = prev?.tokens[prev.tokens.length - 1]?.end ?? -1;
    // Only mentions a few characters apart (" and ", " & ") are looked at more closely.
    const near = prev !== undefined && (mention.tokens[0]?.start ?? 0) - prevEnd <= MAX_GAP;
    const at = near ? tokenAt(tokens, prevEnd) : -1;
    const joiner = at >= 0 ? tokens[at + 1] : undefined;
    if (
      prev &&
      joiner &&
      JOINERS.has(joiner.text.toLowerCase()) &&
      tokens[at + 2]?.start === mention.tokens[0]?.start &&
      mention.type === 'organization' &&
      prev.type !== 'person' &&
      prev.commentId === mention.commentId &&
      endsWithHead(mention) &&
      !endsWithHead(prev)
    ) {
      joined[joined.length - 1] = { ...mention, tokens: [...prev.tokens, joiner, ...mention.tokens] };
    } else {
      joined.push(mention);
    }
  }
  return joined;
}
