import { foldForMatch, requiredTexts } from './required-texts';
import { TextFinder } from './text-finder';

/**
 * Each pattern's required texts, read once however many lists hold it: the pitch lines stand both in the line tables
 * and in the pitch-box test, and the reading is start-up work on every page.
 */
const READ_TEXTS = new WeakMap<RegExp, readonly string[] | undefined>();

function textsOf(pattern: RegExp): readonly string[] | undefined {
  if (!READ_TEXTS.has(pattern)) READ_TEXTS.set(pattern, requiredTexts(pattern));
  return READ_TEXTS.get(pattern);
}

/** Each required text once, with the indices of the patterns that require it. */
function ownersOf(entries: readonly [string, number][]): Map<string, number[]> {
  const owners = new Map<string, number[]>();
  for (const [text, index] of entries) {
    const list = owners.get(text);
    if (list) list.push(index);
    else owners.set(text, [index]);
  }
  return owners;
}

/**
 * A test of a text against a list of patterns, true when any matches. Each pattern runs only on texts that hold one
 * of its required texts (`requiredTexts`), which leaves most of a long list unrun on a page: the first runs of a
 * pattern are where V8 compiles it, which cost more than the whole rest of reading a page. The required texts of all
 * the patterns are looked for in one pass over the text (`TextFinder`), so the test costs no more than running every
 * pattern once they are all compiled.
 */
export function patternListTest(patterns: readonly RegExp[]): (text: string) => boolean {
  const ungated: RegExp[] = [];
  // Each required text, as looked for in the folded text (`i` patterns) or the text as it is, and its patterns.
  const foldedEntries: [string, number][] = [];
  const exactEntries: [string, number][] = [];
  patterns.forEach((pattern, index) => {
    const texts = textsOf(pattern);
    if (!texts) ungated.push(pattern);
    else for (const text of texts) (pattern.ignoreCase ? foldedEntries : exactEntries).push([text, index]);
  });
  const folded = ownersOf(foldedEntries);
  const exact = ownersOf(exactEntries);
  const foldedOwners = [...folded.values()];
  const exactOwners = [...exact.values()];
  const foldedFinder = new TextFinder([...folded.keys()]);
  const exactFinder = new TextFinder([...exact.keys()]);
  return (text) => {
    if (ungated.some((pattern) => pattern.test(text))) return true;
    const candidates = new Set<number>();
    foldedFinder.find(foldForMatch(text), (found) => foldedOwners[found]!.forEach((index) => candidates.add(index)));
    exactFinder.find(text, (found) => exactOwners[found]!.forEach((index) => candidates.add(index)));
    for (const index of candidates) if (patterns[index]!.test(text)) return true;
    return false;
  };
}
