import type { Gazetteer } from './gazetteer';
import { nameKey, wordKey, type RawMention } from './raw-mention';
import { splitTokenSentences } from './split-token-sentences';
import type { Token } from './tokenize';

/** A match score or set score ("2-1", "6-4", "3–0"). */
const SCORE = /^\d{1,3}[-–]\d{1,3}$/;
/** Words right before a team in match reports ("beat Derby", "drew with Parma", "lost to Leeds"). */
const BEFORE_TEAM = new Set(['beat', 'beats', 'against', 'defeated', 'v', 'vs', 'vs.']);
/** Two-word cues before a team ("drew with", "lost to"): "with" or "to" alone is too common. */
const BEFORE_TEAM_PAIRS = new Set(['drew with', 'draw with', 'lost to', 'losing to', 'win over', 'victory over']);
/** Words right after a team ("Derby striker", "Parma coach", "Leeds won"). */
const AFTER_TEAM = new Set(
  `beat beats drew draw lost won win striker midfielder defender goalkeeper keeper manager coach captain forward
  winger fans side`.split(/\s+/),
);

/**
 * In a match report (a sentence with a score, "beat Derby 2-0"), a town the tagger typed as a place next to a
 * match word is the club, an organization, as newswire tags it; a country stays a place (national sides are).
 * Expects mentions in text order; returns them in the same order.
 */
export function retypeMatchTeams(
  mentions: readonly RawMention[],
  tokens: readonly Token[],
  gaz: Gazetteer,
): RawMention[] {
  if (!mentions.some((mention) => mention.type === 'place') || !tokens.some((token) => SCORE.test(token.text)))
    return [...mentions];
  // Token index and sentence number by offset: the score must be in the team's own sentence.
  const index = new Map<number, number>();
  const sentence = new Int32Array(tokens.length);
  const scored = new Set<number>();
  splitTokenSentences(tokens).forEach(([from, to], n) => {
    for (let i = from; i < to; i++) {
      index.set(tokens[i]?.start ?? -1, i);
      sentence[i] = n;
      if (SCORE.test(tokens[i]?.text ?? '')) scored.add(n);
    }
  });
  return mentions.map((mention) => {
    if (mention.type !== 'place') return mention;
    const key = nameKey(mention.tokens);
    const first = index.get(mention.tokens[0]?.start ?? -1) ?? -1;
    if (first < 0 || !scored.has(sentence[first] ?? -1) || gaz.country.has(key) || gaz.nationality.has(key))
      return mention;
    const last = first + mention.tokens.length - 1;
    const before = wordKey(tokens[first - 1]?.text ?? '');
    const pair = `${wordKey(tokens[first - 2]?.text ?? '')} ${before}`;
    const after = wordKey(tokens[last + 1]?.text ?? '');
    const team = BEFORE_TEAM.has(before) || BEFORE_TEAM_PAIRS.has(pair) || AFTER_TEAM.has(after);
    return team ? { ...mention, type: 'organization' } : mention;
  });
}
