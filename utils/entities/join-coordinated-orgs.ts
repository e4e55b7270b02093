import { ORG_HEAD_WORDS } from './cue-words';
import { wordKey, type RawMention } from './raw-mention';
import type { Token } from './tokenize';

/** Words that join the two halves of one organization's name ("Securities and Exchange Commission"). */
const JOINERS = new Set(['and', '&']);

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
  const next = new Map<number, Token | undefined>();
  for (let i = 0; i < tokens.length; i++) next.set(tokens[i]?.end ?? -1, tokens[i + 1]);
  const joined: RawMention[] = [];
  for (const mention of mentions) {
    const prev = joined[joined.length - 1];
    const joiner = prev ? next.get(prev.tokens[prev.tokens.length - 1]?.end ?? -1) : undefined;
    const after = joiner ? next.get(joiner.end) : undefined;
    if (
      prev &&
      joiner &&
      JOINERS.has(joiner.text.toLowerCase()) &&
      after?.start === mention.tokens[0]?.start &&
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
