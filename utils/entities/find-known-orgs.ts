import { KNOWN_ORGS } from './known-orgs';
import { isCapitalised } from './gazetteer-flags';
import { nameKey, type RawMention } from './raw-mention';
import type { Token } from './tokenize';

/** Longest entry of the known-organization list, in words ("the associated press"). */
const MAX_WORDS = Math.max(...[...KNOWN_ORGS].map((name) => name.split(' ').length));
/** Shortest known name matched on its own, in characters: "AP" or "UN" alone match too much by chance. */
const MIN_CHARS = 3;

/**
 * Well-known news organizations the tagger left untagged ("The Associated Press could not confirm", "the White
 * House said"): capitalised word runs that spell an entry of the hand-written list, longest first, where no other
 * mention already stands. Expects and returns mentions in text order.
 */
export function findKnownOrgs(tokens: readonly Token[], mentions: readonly RawMention[]): RawMention[] {
  const covered = new Set<number>();
  for (const mention of mentions) for (const token of mention.tokens) covered.add(token.start);
  const found: RawMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i];
    if (!first || covered.has(first.start) || !isCapitalised(first.text) || first.text.toLowerCase() === 'the')
      continue;
    for (let n = Math.min(MAX_WORDS, tokens.length - i); n >= 1; n--) {
      const span = tokens.slice(i, i + n);
      if (span.some((token) => covered.has(token.start) || !isCapitalised(token.text))) continue;
      const key = nameKey(span);
      if (key.length < MIN_CHARS || !KNOWN_ORGS.has(key)) continue;
      found.push({ tokens: span, type: 'organization' });
      i += n - 1;
      break;
    }
  }
  if (found.length === 0) return [...mentions];
  return [...mentions, ...found].sort((a, b) => (a.tokens[0]?.start ?? 0) - (b.tokens[0]?.start ?? 0));
}
