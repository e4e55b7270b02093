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

/** Maps items one step each: the step-wise `items.map(fn)`. */
export function* mapSteps<T, U>(items: readonly T[], fn: (item: T, index: number) => U): Steps<U[]> {
  const out: U[] = [];
  for (let i = 0; i < items.length; i++) {
    out.push(fn(items[i] as T, i));
    yield;
  }
  return out;
}
