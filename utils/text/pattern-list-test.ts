import { mapSteps, runSteps, type Steps } from '../steps/steps';
import { foldForMatch, requiredTexts } from './required-texts';
import { TextFinder } from './text-finder';

/**
 * Each pattern's required texts, read once however many lists hold it: the pitch lines stand both in the line tables
 * and in the pitch-box test, and the reading is start-up work on every page.
 */
const READ_TEXTS = new WeakMap<RegExp, readonly string[] | undefined>();

/**
 * Patterns whose required texts are read in one step of `preparePatternListsSteps`: reading one costs a few tens of
 * µs once the reader is warm but up to a few hundred µs on the panel's first run (cold code, the largest patterns), so
 * a step stays a few ms (well under the panel's 12 ms slice) while a list of hundreds takes a few dozen steps.
 */
const PATTERNS_PER_STEP = 10;

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

/** The test of one list, built: its ungated patterns and the two finders of its required texts. */
function buildTest(patterns: readonly RegExp[]): (text: string) => boolean {
  return runSteps(buildTestSteps(patterns));
}

/** `buildTest` step by step (see `Steps`): the required texts are read already; the two finders are built in steps. */
function* buildTestSteps(patterns: readonly RegExp[]): Steps<(text: string) => boolean> {
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
  const foldedFinder = yield* TextFinder.buildSteps([...folded.keys()]);
  const exactFinder = yield* TextFinder.buildSteps([...exact.keys()]);
  return (text) => {
    if (ungated.some((pattern) => pattern.test(text))) return true;
    const candidates = new Set<number>();
    foldedFinder.find(foldForMatch(text), (found) => foldedOwners[found]!.forEach((index) => candidates.add(index)));
    exactFinder.find(text, (found) => exactOwners[found]!.forEach((index) => candidates.add(index)));
    for (const index of candidates) if (patterns[index]!.test(text)) return true;
    return false;
  };
}

/** A declared list and its test once built. */
interface PatternList {
  patterns: readonly RegExp[];
  test?: (text: string) => boolean;
}

/**
 * Every list declared so far, in the order the modules declared them. Lists are declared at module start (the line
 * tables), but built only when first used or prepared: building all of them was most of the panel script's start-up
 * (hundreds of ms in one task on the host page, before the panel could paint).
 */
const DECLARED: PatternList[] = [];

/** The list's test, built on first use. */
function builtTest(list: PatternList): (text: string) => boolean {
  list.test ??= buildTest(list.patterns);
  return list.test;
}

/**
 * A test of a text against a list of patterns, true when any matches. Each pattern runs only on texts that hold one
 * of its required texts (`requiredTexts`), which leaves most of a long list unrun on a page: the first runs of a
 * pattern are where V8 compiles it, which cost more than the whole rest of reading a page. The required texts of all
 * the patterns are looked for in one pass over the text (`TextFinder`), so the test costs no more than running every
 * pattern once they are all compiled. Nothing is built until the first test (or `preparePatternListsSteps`).
 */
export function patternListTest(patterns: readonly RegExp[]): (text: string) => boolean {
  const list: PatternList = { patterns };
  DECLARED.push(list);
  return (text) => builtTest(list)(text);
}

/**
 * Builds every declared list's test step by step (see `Steps`): the required texts a few dozen patterns a step, then
 * each list's finders a step. The panel runs it in slices before reading the page, so the build never blocks the host
 * page in one long task; without it, each list is built whole on its first test, with the same result.
 */
export function* preparePatternListsSteps(): Steps<void> {
  for (const list of DECLARED) {
    if (list.test) continue;
    yield* mapSteps(list.patterns, textsOf, PATTERNS_PER_STEP);
    const test = yield* buildTestSteps(list.patterns);
    // A test of the list meanwhile (between two steps) built it whole: keep that one, the same function.
    list.test ??= test;
    yield;
  }
}
