import { describe, expect, it } from 'vitest';
import { yieldToPage } from '../../../utils/dom/yield-to-page';

describe('yieldToPage', () => {
  it('should resolve in a new task, after every microtask already running has finished', async () => {
    let microtasks = 0;
    const chain = (left: number): void => {
      if (left === 0) return;
      microtasks++;
      queueMicrotask(() => chain(left - 1));
    };
    chain(100);
    await yieldToPage();
    expect(microtasks).toBe(100);
  });
});
