import { describe, expect, it } from 'vitest';
import { runInSlices } from '../../../utils/steps/run-in-slices';
import type { Steps } from '../../../utils/steps/steps';

/** Steps that each advance a fake clock by `stepMs`, recording the clock at every step. */
function timedSteps(count: number, stepMs: number, clock: { now: number }, log: number[]): Steps<string> {
  return (function* () {
    for (let i = 0; i < count; i++) {
      log.push(clock.now);
      clock.now += stepMs;
      yield;
    }
    return 'done';
  })();
}

describe('runInSlices', () => {
  it('should pause between slices of about the budget and resolve with the result', async () => {
    const clock = { now: 0 };
    let pauses = 0;
    const result = await runInSlices(timedSteps(10, 3, clock, []), {
      budgetMs: 10,
      now: () => clock.now,
      pause: async () => {
        pauses++;
      },
    });
    expect(result).toBe('done');
    // 3 ms steps in 10 ms slices: four steps a slice (the fourth crosses the budget), so 10 steps take two pauses.
    expect(pauses).toBe(2);
  });

  it('should run one step per slice when every step is longer than the budget', async () => {
    const clock = { now: 0 };
    let pauses = 0;
    await runInSlices(timedSteps(5, 50, clock, []), {
      budgetMs: 10,
      now: () => clock.now,
      pause: async () => {
        pauses++;
      },
    });
    expect(pauses).toBe(5);
  });

  it('should stop between steps once aborted and reject with the reason', async () => {
    const clock = { now: 0 };
    const log: number[] = [];
    const controller = new AbortController();
    const run = runInSlices(timedSteps(100, 5, clock, log), {
      budgetMs: 10,
      now: () => clock.now,
      signal: controller.signal,
      pause: async () => {
        controller.abort(new Error('closed'));
      },
    });
    await expect(run).rejects.toThrow('closed');
    expect(log.length).toBeLessThan(100);
  });

  it('should hand control back to the event loop with its default pause', async () => {
    let other = false;
    setTimeout(() => {
      other = true;
    }, 0);
    const seen: boolean[] = [];
    const steps = (function* (): Steps<boolean[]> {
      for (let i = 0; i < 3; i++) {
        seen.push(other);
        yield;
      }
      return seen;
    })();
    expect(await runInSlices(steps, { budgetMs: 0 })).toEqual([false, true, true]);
  });
});
