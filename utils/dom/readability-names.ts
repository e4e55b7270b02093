import { Readability } from '@mozilla/readability';

/** The name tests Readability drops and weighs nodes by. */
interface NameTests {
  unlikelyCandidates: RegExp;
  okMaybeItsACandidate: RegExp;
  negative: RegExp;
  positive: RegExp;
}

/** Read off the class Readability ships, so our clearing of names and its tests cannot drift apart. */
const TESTS = (Readability.prototype as unknown as { REGEXPS?: Partial<NameTests> }).REGEXPS ?? {};

/** A class or id Readability drops as unlikely content, with all inside ("sidebar", "comment", "legends"). */
export const UNLIKELY_NAME: RegExp | undefined = TESTS.unlikelyCandidates;
/** A class or id that saves an unlikely-named node ("article", "content", "main"). */
export const MAYBE_NAME: RegExp | undefined = TESTS.okMaybeItsACandidate;
/** A class or id Readability weighs against a block in its cleaning ("com-", "share", "meta"). */
export const NEGATIVE_NAME: RegExp | undefined = TESTS.negative;
/**
 * True for an element Readability drops as unlikely content for its class or id ("sidebar", "replies", "legends"),
 * unless an article-like name ("content", "main") saves it.
 */
export function isUnlikelyNamed(element: Element): boolean {
  const names = `${element.getAttribute('class') ?? ''} ${element.id}`;
  return UNLIKELY_NAME?.test(names) === true && MAYBE_NAME?.test(names) !== true;
}

/** A class or id Readability weighs for a block ("content", "entry", "post", "text"). */
export const POSITIVE_NAME: RegExp | undefined = TESTS.positive;
