import { termSequence } from './extract-terms';

/** Two shared terms this close (words apart) in both comments form a phrase the reply took up. */
const PHRASE_SPAN = 5;
/** Words of each comment scanned (count): bounds the cost when a very long comment is the parent of many. */
const MAX_SCAN_WORDS = 5000;

/** Pairs of the given terms found within `PHRASE_SPAN` words of each other, as "a b" keys (sorted). */
function nearPairs(text: string, terms: ReadonlySet<string>): Set<string> {
  const slots = termSequence(text).slice(0, MAX_SCAN_WORDS);
  const pairs = new Set<string>();
  const recent: { term: string; at: number }[] = [];
  slots.forEach((term, at) => {
    if (!terms.has(term)) return;
    while (recent.length > 0 && at - (recent[0]?.at ?? at) > PHRASE_SPAN) recent.shift();
    for (const other of recent) if (other.term !== term) pairs.add([other.term, term].sort().join(' '));
    recent.push({ term, at });
  });
  return pairs;
}

/**
 * Two distinctive terms that stand close together in both the reply and the earlier comment ("demands for
 * reparations" / "demands for trillions in reparation"): the reply picks up that comment's point, which a chance
 * overlap of single words does not show. Returns the pair, or undefined.
 */
export function findEchoedPhrase(
  reply: string,
  parent: string,
  distinctive: ReadonlySet<string>,
): [string, string] | undefined {
  if (distinctive.size < 2) return undefined;
  const inParent = nearPairs(parent, distinctive);
  for (const pair of nearPairs(reply, distinctive)) {
    if (inParent.has(pair)) {
      const [a = '', b = ''] = pair.split(' ');
      return [a, b];
    }
  }
  return undefined;
}
