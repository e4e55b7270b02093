import type { Steps } from './steps';

/** How `runInSlices` spaces its work. */
export interface SliceOptions {
  /** Longest run of steps before handing control back, in ms. */
  budgetMs?: number;
  /** Hands control back to the host and resolves when work may go on (a new task). */
  pause?: () => Promise<void>;
  /** A clock in ms. */
  now?: () => number;
  /** Stops the work between two steps; the promise then rejects with the signal's reason. */
  signal?: AbortSignal;
}

/**
 * A slice of at most this many ms keeps a page responsive: input waits at most about this long, well under the
 * 50 ms after which browsers call a task "long", while the pauses between slices cost little of the total.
 */
export const SLICE_BUDGET_MS = 12;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Runs steps in slices of about `budgetMs`, pausing between slices so the host can do its own work, and resolves
 * with the result. One step always runs per slice, so a step longer than the budget slows the host but never stalls
 * the work.
 */
export async function runInSlices<T>(steps: Steps<T>, options: SliceOptions = {}): Promise<T> {
  const { budgetMs = SLICE_BUDGET_MS, pause = nextTask, now = () => performance.now(), signal } = options;
  for (;;) {
    signal?.throwIfAborted();
    const started = now();
    do {
      const next = steps.next();
      if (next.done) return next.value;
    } while (now() - started < budgetMs);
    await pause();
  }
}
