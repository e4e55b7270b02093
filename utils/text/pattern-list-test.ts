import { foldForMatch, requiredTexts } from './required-texts';
import { TextFinder } from './text-finder';

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
  const folded: string[] = [];
  const exact: string[] = [];
  const foldedOwners: number[][] = [];
  const exactOwners: number[][] = [];
  patterns.forEach((pattern, index) => {
    const texts = requiredTexts(pattern);
    if (!texts) {
      ungated.push(pattern);
      return;
    }
    const [list, owners] = pattern.ignoreCase ? [folded, foldedOwners] : [exact, exactOwners];
    for (const text of texts) {
      const at = list.indexOf(text);
      if (at >= 0) owners[at]!.push(index);
      else owners[list.push(text) - 1] = [index];
    }
  });
  const foldedFinder = new TextFinder(folded);
  const exactFinder = new TextFinder(exact);
  return (text) => {
    if (ungated.some((pattern) => pattern.test(text))) return true;
    const candidates = new Set<number>();
    foldedFinder.find(foldForMatch(text), (found) => foldedOwners[found]!.forEach((index) => candidates.add(index)));
    exactFinder.find(text, (found) => exactOwners[found]!.forEach((index) => candidates.add(index)));
    for (const index of candidates) if (patterns[index]!.test(text)) return true;
    return false;
  };
}
