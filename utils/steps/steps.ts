/**
 * A computation that stops at safe points (`yield`) so its caller can spread it over several tasks: the panel runs
 * the parser between the page's own work instead of freezing the tab on a page with thousands of comments. Every
 * step-wise pass also has a plain synchronous form, `runSteps(passSteps(…))`, used by the CLI and the tests.
 */
export type Steps<T> = Generator<undefined, T, undefined>;

/** Runs steps to the end at once and returns the result. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Maps items `perStep` at a time, one step each (by default one item a step): the step-wise `items.map(fn)`. */
export function* mapSteps<T, U>(items: readonly T[], fn: (item: T, index: number) => U, perStep = 1): Steps<U[]> {
  const out: U[] = [];
  for (let i = 0; i < items.length; i++) {
    out.push(fn(items[i] as T, i));
    if ((i + 1) % perStep === 0) yield;
  }
  return out;
}

/**
 * Lines (or other cheap items) per step in the page passes that read every line: the slowest per-line rule (the
 * stamped-author split) costs a few µs a line, so a block stays a few ms, well under the slice budget, while a
 * 30,000-line comment area takes tens of steps, not tens of thousands of pauses.
 */
export const ITEMS_PER_STEP = 500;

/** True after every `ITEMS_PER_STEP`-th item (0-based `index`): where a loop over cheap items takes a step. */
export const endsBlock = (index: number): boolean => (index + 1) % ITEMS_PER_STEP === 0;

/** Maps items a block (`ITEMS_PER_STEP`) per step: `mapSteps` for items too cheap for a step each. */
export const mapBlocksSteps = <T, U>(items: readonly T[], fn: (item: T, index: number) => U): Steps<U[]> =>
  mapSteps(items, fn, ITEMS_PER_STEP);
